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

    /**
     * For an audit entry: only what filters, as {@code type=ASSASSINATION, from=2020-01-01, q="…"} (the record's own
     * text listed every field, nulls included); the search words as {@code q=(given)} unless {@code withWords}, since
     * they may be a name.
     */
    public String describe(boolean withWords) {
        java.util.StringJoiner shown = new java.util.StringJoiner(", ");
        java.util.function.BiConsumer<String, Object> add = (name, value) -> {
            if (value != null) {
                shown.add(name + "=" + value);
            }
        };
        add.accept("type", violationType);
        add.accept("governorate", governorate);
        add.accept("from", from);
        add.accept("to", to);
        add.accept("status", status);
        add.accept("victimOccupation", victimOccupation);
        add.accept("perpetratorKind", perpetratorKind);
        add.accept("evidenceStatus", evidenceStatus);
        add.accept("locality", locality);
        add.accept("q", hasText() ? (withWords ? "\"" + text + "\"" : "(given)") : null);
        return shown.length() == 0 ? "all cases" : shown.toString();
    }
}
