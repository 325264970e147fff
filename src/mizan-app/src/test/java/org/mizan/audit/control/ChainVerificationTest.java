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

    private static final AuditKey KEY = AuditKey.generate();

    /** A chain sealed under {@link #KEY}, continuing {@code before}. */
    private static List<AuditEntry> keyed(List<AuditEntry> before, int length) {
        return keyed(before, length, null);
    }

    private static List<AuditEntry> keyed(List<AuditEntry> before, int length, String details) {
        List<AuditEntry> entries = new ArrayList<>(before);
        String previous = before.isEmpty() ? AuditHash.GENESIS : before.get(before.size() - 1).getEntryHash();
        for (int seq = before.size() + 1; seq <= before.size() + length; seq++) {
            AuditEntry entry = new AuditEntry(seq, Instant.parse("2026-12-06T10:00:00Z").plusSeconds(seq),
                    new AuditEvent("admin", "10.0.0.1", "CONTACT_REVEAL", "contact:" + seq, Outcome.SUCCESS, details), previous);
            entry.sealWith(KEY.id());
            entry.seal(AuditHash.of(entry, KEY));
            previous = entry.getEntryHash();
            entries.add(entry);
        }
        return entries;
    }

    private static ChainVerification verify(List<AuditEntry> entries, Checkpoint... checkpoints) {
        ChainVerification verification = new ChainVerification(KEY, List.of(checkpoints));
        entries.forEach(verification::accept);
        return verification.finish();
    }

    private static Checkpoint checkpointOf(AuditEntry entry) {
        return new Checkpoint(entry.getSeq(), entry.getEntryHash(), Instant.now());
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
        ChainVerification result = verify(entries);
        assertEquals(2L, result.firstBrokenEntry(), "the first missing entry is named, not the one after the gap");
        assertEquals(ChainVerification.Break.MISSING, result.broken());
    }

    @Test
    void entriesSealedBeforeTheKeyStillVerifyAndTheKeyedOnesAfterThem() {
        ChainVerification result = verify(keyed(chain(3), 3));
        assertTrue(result.valid());
        assertEquals(6, result.entries());
    }

    @Test
    void aRewrittenLastEntryWithARecomputedPlainHashIsFound() {
        List<AuditEntry> entries = keyed(chain(2), 3);
        AuditEntry last = entries.get(4);
        AuditEntry forged = new AuditEntry(5, last.getOccurredAt(),
                new AuditEvent("admin", "10.0.0.1", "LOGIN", "ui", Outcome.SUCCESS, "nothing to see"), last.getPreviousHash());
        forged.seal(AuditHash.of(forged));
        entries.set(4, forged);
        ChainVerification result = verify(entries);
        assertEquals(5L, result.firstBrokenEntry());
        assertEquals(ChainVerification.Break.ALTERED, result.broken());
    }

    @Test
    void aRewrittenEntrySealedUnderAnotherKeyIsFound() {
        List<AuditEntry> entries = keyed(List.of(), 3);
        AuditEntry last = entries.get(2);
        AuditKey attackers = AuditKey.generate();
        AuditEntry forged = new AuditEntry(3, last.getOccurredAt(),
                new AuditEvent("admin", "10.0.0.1", "LOGIN", "ui", Outcome.SUCCESS, "nothing to see"), last.getPreviousHash());
        forged.sealWith(KEY.id());
        forged.seal(AuditHash.of(forged, attackers));
        entries.set(2, forged);
        assertEquals(3L, verify(entries).firstBrokenEntry());
    }

    @Test
    void aTrailEndingBeforeItsCheckpointIsTruncatedFromTheFirstEntryRemoved() {
        List<AuditEntry> entries = keyed(List.of(), 6);
        Checkpoint end = checkpointOf(entries.get(5));
        assertTrue(verify(entries, end).valid());
        ChainVerification result = verify(entries.subList(0, 4), checkpointOf(entries.get(1)), end);
        assertFalse(result.valid());
        assertEquals(5L, result.firstBrokenEntry());
        assertEquals(ChainVerification.Break.TRUNCATED, result.broken());
        assertEquals(6L, result.latestCheckpoint());
    }

    @Test
    void aWhollyEmptiedTrailIsTruncatedFromItsFirstEntry() {
        List<AuditEntry> entries = keyed(List.of(), 2);
        assertEquals(1L, verify(List.of(), checkpointOf(entries.get(1))).firstBrokenEntry());
    }

    @Test
    void aTrailResealedWithTheKeyDivergesFromItsCheckpoints() {
        List<AuditEntry> original = keyed(List.of(), 6);
        List<AuditEntry> resealed = keyed(original.subList(0, 3), 3, "re-sealed");
        ChainVerification result = verify(resealed, checkpointOf(original.get(1)), checkpointOf(original.get(4)));
        assertEquals(ChainVerification.Break.DIVERGED, result.broken());
        assertEquals(3L, result.firstBrokenEntry(), "everything after the last checkpoint that matched");
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
