package org.mizan.reports.control;

import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.ReportKind;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report ready to be filled: what {@link ReportIssuer} needs to render, register and audit it. Everything
 * here has already been redacted for {@code audience}.
 *
 * @param subject        the case reference for a one-case report, null for a periodic one
 * @param order          what was asked for, as the user chose it (period, filters, case): written to the registry
 *                       and the audit trail and shown by "verify a report"; never names or contact details
 * @param template       {@code reports/<template>.jrxml}
 * @param parameters     the template's parameters ({@code $P{…}})
 * @param rows           its detail rows (JavaBeans)
 * @param citedEvidence  SHA-256 (hex) of every evidence item the report cites, for the manifest page
 */
public record ReportDraft(ReportKind kind, Audience audience, Locale locale, String subject, Map<String, String> order,
                          String template, Map<String, ?> parameters, Collection<?> rows, List<String> citedEvidence) {

    public ReportDraft {
        order = Map.copyOf(order);
        citedEvidence = List.copyOf(citedEvidence);
    }
}
