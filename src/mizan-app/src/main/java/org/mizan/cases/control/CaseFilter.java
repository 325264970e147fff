package org.mizan.cases.control;

import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PerpetratorKind;
import org.mizan.cases.entity.VerificationStatus;

import java.time.LocalDate;

/**
 * Which cases to list; null fields do not filter. {@code from}/{@code to} keep cases whose period
 * overlaps the range, so "October 2019" is found by a search for 2019-10-25. {@code evidenceStatus}
 * keeps cases with at least one evidence item of that verification status; {@code locality} keeps cases whose
 * locality holds each of its words in any spelling search understands ({@link LocalityKeys}).
 */
public record CaseFilter(String violationType, String governorate, LocalDate from, LocalDate to, CaseStatus status,
                         Occupation victimOccupation, PerpetratorKind perpetratorKind, VerificationStatus evidenceStatus,
                         String text, String locality) {

    /** A filter without a locality, as every list but the case list's own is. */
    public CaseFilter(String violationType, String governorate, LocalDate from, LocalDate to, CaseStatus status,
                      Occupation victimOccupation, PerpetratorKind perpetratorKind, VerificationStatus evidenceStatus, String text) {
        this(violationType, governorate, from, to, status, victimOccupation, perpetratorKind, evidenceStatus, text, null);
    }

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, null, null, null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
