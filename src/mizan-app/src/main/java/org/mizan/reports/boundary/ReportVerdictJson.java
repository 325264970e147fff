package org.mizan.reports.boundary;

import org.mizan.reports.control.ReportVerification;
import org.mizan.reports.entity.IssuedReport;

import java.time.Instant;
import java.util.List;

/**
 * What "verify a report" answers. {@code report} is the registry entry: the report the file is (ISSUED) or claims to
 * be (CHANGED); null for UNKNOWN.
 */
public record ReportVerdictJson(String result, String sha256, Report report) implements java.io.Serializable {

    /** A registered report: what was asked for ({@code parameters}, "key=value"), by whom and when. */
    public record Report(String id, String kind, String audience, String language, String caseReference, List<String> parameters,
                         String generatedBy, Instant generatedAt, String sha256, long sizeBytes, int pages) implements java.io.Serializable {

        static Report of(IssuedReport r) {
            return new Report(r.getId(), r.getKind().name(), r.getAudience().name(), r.getLanguage(), r.getSubject(),
                    List.of(r.getParameters().split("\n")), r.getGeneratedBy(), r.getGeneratedAt(), r.getSha256(), r.getSizeBytes(), r.getPages());
        }
    }

    static ReportVerdictJson of(ReportVerification.Verdict verdict) {
        return new ReportVerdictJson(verdict.result().name(), verdict.sha256(), verdict.report().map(Report::of).orElse(null));
    }
}
