package org.mizan.contacts.boundary;

import org.mizan.contacts.entity.ConsentDecision;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.contacts.entity.ConsentMethod;
import org.mizan.contacts.entity.ConsentRecord;

import java.io.Serializable;

/** Where one of a contact's three consents stands: its latest decision, or none ("not asked"). */
public final class ConsentState implements Serializable {

    private static final long serialVersionUID = 1L;
    private final ConsentKind kind;
    private final ConsentDecision decision;
    private final String decidedOn;
    private final ConsentMethod method;

    private ConsentState(ConsentKind kind, ConsentRecord latest) {
        this.kind = kind;
        this.decision = latest == null ? null : latest.getDecision();
        this.decidedOn = latest == null ? null : ContactTimes.day(latest.getDecidedOn());
        this.method = latest == null ? null : latest.getMethod();
    }

    static ConsentState of(ConsentKind kind, ConsentRecord latest) {
        return new ConsentState(kind, latest);
    }

    public ConsentKind getKind() { return kind; }
    public ConsentDecision getDecision() { return decision; }
    public String getDecidedOn() { return decidedOn; }
    public ConsentMethod getMethod() { return method; }

    public boolean isAsked() {
        return decision != null;
    }
}
