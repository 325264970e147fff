package org.mizan.legal.entity;

/** How far a prosecution (or one suspect's part of it) has got; {@link Stage} adds the verdict. */
public enum Phase {
    NOT_STARTED,
    COMPLAINT,
    INVESTIGATION,
    PARKED_AGAINST_UNKNOWN,
    WARRANT,
    /**
     * Held, then let go before the court had the file. Before {@link #CUSTODY} in this order, so that a new arrest
     * moves the suspect on to custody and a suspect still held heads the proceeding before one released.
     */
    RELEASED,
    CUSTODY,
    REFERRED,
    TRIAL,
    VERDICT,
    CASSATION,
    RETRIAL,
    CLOSED
}
