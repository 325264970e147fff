package org.mizan.audit.control;

import org.junit.jupiter.api.Test;
import org.mizan.audit.entity.AuditEntry;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainVerificationTest {

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditHash.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditEntry entry = new AuditEntry(seq, Instant.parse("2026-11-27T10:00:00.123456789Z").plusSeconds(seq),
                    new AuditEvent("admin", "10.0.0.1", "LOGIN", "ui", Outcome.SUCCESS, "entry " + seq), previous);
            entry.seal(AuditHash.of(entry));
            previous = entry.getEntryHash();
            entries.add(entry);
        }
        return entries;
    }

    private static ChainVerification verify(List<AuditEntry> entries) {
        ChainVerification verification = new ChainVerification();
        entries.forEach(verification::accept);
        return verification;
    }

    @Test
    void anIntactChainVerifies() {
        ChainVerification result = verify(chain(5));
        assertTrue(result.valid());
        assertEquals(5, result.entries());
    }

    @Test
    void aChangedEntryIsFound() {
        List<AuditEntry> entries = chain(5);
        AuditEntry original = entries.get(2);
        AuditEntry forged = new AuditEntry(3, original.getOccurredAt(),
                new AuditEvent("admin", "10.0.0.1", "LOGIN", "ui", Outcome.FAILURE, "entry 3"), original.getPreviousHash());
        forged.seal(original.getEntryHash());
        entries.set(2, forged);
        ChainVerification result = verify(entries);
        assertFalse(result.valid());
        assertEquals(3L, result.firstBrokenEntry());
    }

    @Test
    void aMissingEntryIsFound() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        assertEquals(3L, verify(entries).firstBrokenEntry());
    }

    @Test
    void timeIsSealedToTheMicrosecondThatTheDatabaseKeeps() {
        AuditEntry entry = chain(1).get(0);
        assertEquals(Instant.parse("2026-11-27T10:00:01.123456Z"), entry.getOccurredAt());
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        AuditEntry a = new AuditEntry(1, Instant.EPOCH, new AuditEvent("ab", null, "C", "t", Outcome.SUCCESS, null), AuditHash.GENESIS);
        AuditEntry b = new AuditEntry(1, Instant.EPOCH, new AuditEvent("a", null, "bC", "t", Outcome.SUCCESS, null), AuditHash.GENESIS);
        assertNotEquals(AuditHash.of(a), AuditHash.of(b));
    }
}
