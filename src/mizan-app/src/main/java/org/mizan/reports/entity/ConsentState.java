package org.mizan.reports.entity;

import org.mizan.contacts.entity.ConsentDecision;
import org.mizan.contacts.entity.ConsentKind;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * What the families (contacts) of one person in one case have decided, as it stands now: per contact,
 * the latest decision of each kind ("the latest record wins", docs/domain.md). Feed it decisions oldest
 * first — the order {@code ConsentRegister} reads them in — and a later one replaces an earlier one.
 * Immutable: {@link #with} returns a new state.
 */
public final class ConsentState {

    public static final ConsentState NONE = new ConsentState(Map.of());

    private final Map<Long, Map<ConsentKind, ConsentDecision>> byContact;

    private ConsentState(Map<Long, Map<ConsentKind, ConsentDecision>> byContact) {
        this.byContact = byContact;
    }

    /** This state after one more decision by one contact; it replaces that contact's earlier decision of the kind. */
    public ConsentState with(long contactId, ConsentKind kind, ConsentDecision decision) {
        Map<Long, Map<ConsentKind, ConsentDecision>> next = new HashMap<>();
        byContact.forEach((contact, decisions) -> next.put(contact, new EnumMap<>(decisions)));
        next.computeIfAbsent(contactId, c -> new EnumMap<>(ConsentKind.class)).put(kind, decision);
        return new ConsentState(next);
    }

    /**
     * Whether the consent holds: some contact's latest decision gave it and no contact's latest decision
     * withdrew it. Never decided is not given; when two relatives disagree, the refusal wins — naming
     * someone against a relative's word cannot be undone, leaving a name out can.
     */
    public boolean given(ConsentKind kind) {
        boolean anyGiven = false;
        for (Map<ConsentKind, ConsentDecision> decisions : byContact.values()) {
            ConsentDecision latest = decisions.get(kind);
            if (latest == ConsentDecision.WITHDRAWN) {
                return false;
            }
            anyGiven |= latest == ConsentDecision.GIVEN;
        }
        return anyGiven;
    }
}
