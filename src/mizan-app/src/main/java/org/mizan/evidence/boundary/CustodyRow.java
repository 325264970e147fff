package org.mizan.evidence.boundary;

import org.mizan.evidence.entity.CustodyEvent;

import java.io.Serializable;

/** One link of an item's chain of custody as the item page lists it; the action is the key of its label. */
public final class CustodyRow implements Serializable {

    private static final long serialVersionUID = 1L;

    // A class with getters, not a record: Jakarta EL 5 reads bean getters, not record accessors.
    private final String when;
    private final String who;
    private final String from;
    private final String action;
    private final String reason;

    private CustodyRow(CustodyEvent event) {
        when = EvidenceTimes.second(event.getOccurredAt());
        who = event.getUsername();
        from = event.getClientAddress();
        action = event.getAction().name();
        reason = event.getReason();
    }

    static CustodyRow of(CustodyEvent event) {
        return new CustodyRow(event);
    }

    public String getWhen() { return when; }
    public String getWho() { return who; }
    public String getFrom() { return from; }
    public String getAction() { return action; }
    public String getReason() { return reason; }
}
