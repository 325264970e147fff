package org.mizan.legal.entity;

/** How far a prosecution (or one suspect's part of it) has got; {@link Stage} adds the verdict. */
public enum Phase {
    NOT_STARTED,
    COMPLAINT,
    INVESTIGATION,
    PARKED_AGAINST_UNKNOWN,
    WARRANT,
    CUSTODY,
    REFERRED,
    TRIAL,
    VERDICT,
    CASSATION,
    RETRIAL,
    CLOSED;

    /** A court has the case: referred, on trial, decided, before cassation or retried. */
    public boolean reachedCourt() {
        return compareTo(REFERRED) >= 0 && this != CLOSED;
    }
}
