package org.mizan.legal.entity;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the stage derivation needs to know of one legal event: its type, when (the first day of its
 * partial date, then the order it was recorded), whom it concerns ({@code suspects}: the suspects'
 * ids; empty for the whole proceeding), and for verdicts and annulments their outcome.
 */
public record LegalEventFact(LegalEventType type, LocalDate on, long sequence, Set<Long> suspects, VerdictKind verdict,
                             boolean inAbsentia, ReturnedTo returnedTo) {

    public LegalEventFact {
        suspects = suspects == null ? Set.of() : Set.copyOf(suspects);
    }

    public static LegalEventFact of(LegalEventType type, LocalDate on, long sequence, Long... suspects) {
        return new LegalEventFact(type, on, sequence, Set.of(suspects), null, false, null);
    }

    public boolean concerns(long suspect) {
        return suspects.isEmpty() || suspects.contains(suspect);
    }
}
