package org.mizan.reports.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import org.mizan.platform.control.Messages;
import org.mizan.reports.control.ReportJobs;

import java.util.List;
import java.util.Locale;

/**
 * A background report as its owner sees it over REST: {@code state} QUEUED | RUNNING | READY | FAILED, {@code progress}
 * 0–1, once READY the report id and the SHA-256 of the PDF, once FAILED the reason in the caller's language
 * (Accept-Language), and when a finished report will be forgotten.
 */
public record ReportJobJson(String id, String state, double progress, String reportId, String sha256, String error,
                            String expiresAt) {

    static ReportJobJson of(ReportJobs.Status status, HttpHeaders headers) {
        List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        Messages messages = Messages.in(wanted.isEmpty() ? Locale.ENGLISH : wanted.get(0));
        return new ReportJobJson(status.id(), status.state().name(), Math.round(status.progress() * 1000) / 1000.0,
                status.reportId(), status.sha256(),
                status.errorKey() == null ? null : messages.get(status.errorKey(), status.errorArguments()),
                status.expiresAt() == null ? null : status.expiresAt().toString());
    }
}
