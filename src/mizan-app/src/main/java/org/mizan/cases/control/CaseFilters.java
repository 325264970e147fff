package org.mizan.cases.control;

import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PerpetratorKind;
import org.mizan.cases.entity.VerificationStatus;
import org.mizan.platform.control.Dates;
import org.mizan.platform.control.Enums;
import org.mizan.platform.control.Text;

/**
 * The case list's filter query parameters (type, governorate, from, to, status, victimOccupation,
 * perpetratorKind, evidenceStatus, q, and for the list itself locality) read into a {@link CaseFilter}, in one place, so
 * that everything offering "the filtered cases" (the list, the exports) means the same cases; a malformed or unknown
 * value is a 400 naming its parameter and what it may be — a filter that matches nothing because a code was misspelt
 * would pass for "no such cases". Governorates and types are read by code or by name ({@link ReferenceCodes}).
 */
public final class CaseFilters {

    private CaseFilters() {
    }

    public static CaseFilter of(ReferenceCodes codes, String type, String governorate, String from, String to, String status,
                                String occupation, String perpetratorKind, String evidenceStatus, String text) {
        return of(codes, type, governorate, from, to, status, occupation, perpetratorKind, evidenceStatus, text, null);
    }

    public static CaseFilter of(ReferenceCodes codes, String type, String governorate, String from, String to, String status,
                                String occupation, String perpetratorKind, String evidenceStatus, String text, String locality) {
        return new CaseFilter(codes.violationType("type", type), codes.governorate("governorate", governorate),
                Dates.parse("from", from), Dates.parse("to", to),
                Enums.parse(CaseStatus.class, "status", status), Enums.parse(Occupation.class, "victimOccupation", occupation),
                Enums.parse(PerpetratorKind.class, "perpetratorKind", perpetratorKind),
                Enums.parse(VerificationStatus.class, "evidenceStatus", evidenceStatus), Text.blankToNull(text),
                Text.blankToNull(locality));
    }
}
