package org.mizan.reports.boundary;

import org.mizan.cases.control.CaseFilter;
import org.mizan.cases.control.CaseFilters;
import org.mizan.cases.control.ReferenceCodes;
import org.mizan.platform.control.InvalidInput;
import org.mizan.reports.control.PeriodicOrder;

import java.util.Locale;

/**
 * The body of {@code POST /api/reports/periodic}: the period (incident dates, ISO), the case list's filters with their
 * names and values as the list takes them (reference codes or names, enum names), the audience and the language. Read by
 * {@link CaseFilters} and {@link ExportParameters} as the list and the exports read theirs, so a bad value is a 400
 * naming its field the same way. {@code q} is refused: a report limited by a search text would carry that text, which
 * may be a name, into the registry and the audit trail.
 */
public record PeriodicRequest(String from, String to, String violationType, String governorate, String status,
                              String victimOccupation, String perpetratorKind, String evidenceStatus, String q, String audience,
                              String lang) {

    PeriodicOrder order(ReferenceCodes codes) {
        if (q != null && !q.isBlank()) {
            throw new InvalidInput("q", "periodic.noSearch");
        }
        CaseFilter filter = CaseFilters.of(codes, codes.violationType("violationType", violationType), governorate, from, to, status, victimOccupation,
                perpetratorKind, evidenceStatus, null);
        return new PeriodicOrder(filter, ExportParameters.audience(audience), Locale.forLanguageTag(DossierResource.language(lang)));
    }
}
