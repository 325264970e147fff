package org.mizan.contacts.boundary;

import org.mizan.contacts.control.ContactViews;
import org.mizan.contacts.entity.ConsentDecision;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.contacts.entity.ConsentMethod;
import org.mizan.contacts.entity.ConsentRecord;

import java.io.Serializable;

/** One consent decision in a revealed contact's history, with who gave or withdrew it (in clear) and who recorded it. */
public final class ConsentRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final ConsentKind kind;
    private final ConsentDecision decision;
    private final String decidedOn;
    private final ConsentMethod method;
    private final String givenBy;
    private final String recordedBy;
    private final String recordedAt;

    private ConsentRow(ContactViews.Consent consent) {
        ConsentRecord r = consent.record();
        kind = r.getConsent();
        decision = r.getDecision();
        decidedOn = ContactTimes.day(r.getDecidedOn());
        method = r.getMethod();
        givenBy = consent.givenBy();
        recordedBy = r.getRecordedBy();
        recordedAt = ContactTimes.minute(r.getRecordedAt());
    }

    static ConsentRow of(ContactViews.Consent consent) {
        return new ConsentRow(consent);
    }

    public ConsentKind getKind() { return kind; }
    public ConsentDecision getDecision() { return decision; }
    public String getDecidedOn() { return decidedOn; }
    public ConsentMethod getMethod() { return method; }
    public String getGivenBy() { return givenBy; }
    public String getRecordedBy() { return recordedBy; }
    public String getRecordedAt() { return recordedAt; }

    @Override
    public String toString() {
        return "ConsentRow[" + kind + " " + decision + ", withheld]";
    }
}
