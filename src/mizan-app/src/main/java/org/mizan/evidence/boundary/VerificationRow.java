package org.mizan.evidence.boundary;

import org.mizan.evidence.entity.VerificationRecord;

import java.io.Serializable;

/** One verification decision as the item page lists it; status and method are keys of their labels. */
public final class VerificationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String when;
    private final String who;
    private final String status;
    private final String method;
    private final String notes;

    private VerificationRow(VerificationRecord record) {
        when = EvidenceTimes.minute(record.getDecidedAt());
        who = record.getDecidedBy();
        status = record.getStatus().name();
        method = record.getMethod() == null ? null : record.getMethod().name();
        notes = record.getNotes();
    }

    static VerificationRow of(VerificationRecord record) {
        return new VerificationRow(record);
    }

    public String getWhen() { return when; }
    public String getWho() { return who; }
    public String getStatus() { return status; }
    public String getMethod() { return method; }
    public String getNotes() { return notes; }
}
