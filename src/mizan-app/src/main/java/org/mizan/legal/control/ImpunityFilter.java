package org.mizan.legal.control;

import org.mizan.cases.control.CaseFilter;

import java.time.LocalDate;

/**
 * Which cases the impunity indicators count; null fields do not filter. {@code from}/{@code to} keep
 * the cases whose incident period overlaps the range, as the case list does, so that a dashboard's
 * figures and the list it links to agree. Codes are those of the reference data.
 */
public record ImpunityFilter(LocalDate from, LocalDate to, String governorate, String violationType) {

    public static ImpunityFilter none() {
        return new ImpunityFilter(null, null, null, null);
    }

    CaseFilter cases() {
        return new CaseFilter(violationType, governorate, from, to, null, null, null, null, null);
    }
}
