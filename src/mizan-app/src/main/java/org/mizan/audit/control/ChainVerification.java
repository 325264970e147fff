package org.mizan.audit.control;

import org.mizan.audit.entity.AuditEntry;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Walks the chain in sequence order and remembers the first entry that does not fit: one whose seal
 * or link to its predecessor does not hold, one that is missing, or — compared with the checkpoints
 * kept outside the database — a trail that ends too early or differs from what was checkpointed.
 * Call {@link #finish()} after the last entry.
 */
public final class ChainVerification {

    /** How the chain was found broken. */
    public enum Break {
        /** An entry's fields, seal or link do not hold: it was changed, or written without the key. */
        ALTERED,
        /** Entries are missing from the sequence; the first missing one is named. */
        MISSING,
        /** The trail ends before the latest checkpoint: its newest entries were removed. */
        TRUNCATED,
        /** An entry's seal differs from its checkpoint although the chain holds: it was re-sealed with the key. */
        DIVERGED
    }

    private final AuditKey key;
    private final Iterator<Map.Entry<Long, String>> checkpoints;
    private final long latestCheckpoint;
    private Map.Entry<Long, String> nextCheckpoint;
    private long confirmedSeq;

    private long entries;
    private long lastSeq;
    private String previousHash = AuditHash.GENESIS;
    private long expectedSeq = 1;
    private boolean keyedSeen;
    private Long firstBrokenEntry;
    private Break broken;

    /** A verification against {@code key} and the checkpoints believed (any order; the first seal given per entry counts). */
    public ChainVerification(AuditKey key, Collection<Checkpoint> believed) {
        this.key = key;
        TreeMap<Long, String> bySeq = new TreeMap<>();
        for (Checkpoint checkpoint : believed) {
            bySeq.putIfAbsent(checkpoint.seq(), checkpoint.hash());
        }
        this.latestCheckpoint = bySeq.isEmpty() ? 0 : bySeq.lastKey();
        this.checkpoints = bySeq.entrySet().iterator();
        this.nextCheckpoint = checkpoints.hasNext() ? checkpoints.next() : null;
    }

    public void accept(AuditEntry entry) {
        entries++;
        if (firstBrokenEntry == null) {
            check(entry);
        }
        keyedSeen |= entry.getSealKey() != null;
        previousHash = entry.getEntryHash();
        expectedSeq = entry.getSeq() + 1;
        lastSeq = entry.getSeq();
    }

    /** Compares the end of the chain with the latest checkpoint. */
    public ChainVerification finish() {
        if (firstBrokenEntry == null && latestCheckpoint > lastSeq) {
            breakAt(lastSeq + 1, Break.TRUNCATED);
        }
        return this;
    }

    private void check(AuditEntry entry) {
        if (entry.getSeq() != expectedSeq) {
            breakAt(expectedSeq, Break.MISSING);
        } else if (!previousHash.equals(entry.getPreviousHash()) || !sealHolds(entry)) {
            breakAt(entry.getSeq(), Break.ALTERED);
        } else {
            compareWithCheckpoint(entry);
        }
    }

    /** Once entries are keyed, an unkeyed one can only be a forgery: plain SHA-256 is what anyone can compute. */
    private boolean sealHolds(AuditEntry entry) {
        if (entry.getSealKey() == null && keyedSeen) {
            return false;
        }
        String expected = entry.getSealKey() == null ? AuditHash.of(entry)
                : entry.getSealKey().equals(key.id()) ? AuditHash.of(entry, key) : null;
        return expected != null && expected.equals(entry.getEntryHash());
    }

    private void compareWithCheckpoint(AuditEntry entry) {
        while (nextCheckpoint != null && nextCheckpoint.getKey() < entry.getSeq()) {
            nextCheckpoint = checkpoints.hasNext() ? checkpoints.next() : null;
        }
        if (nextCheckpoint == null || nextCheckpoint.getKey() != entry.getSeq()) {
            return;
        }
        if (nextCheckpoint.getValue().equals(entry.getEntryHash())) {
            confirmedSeq = entry.getSeq();
        } else {
            // Everything after the last entry that matched its checkpoint may have been re-sealed.
            breakAt(confirmedSeq + 1, Break.DIVERGED);
        }
    }

    private void breakAt(long seq, Break kind) {
        firstBrokenEntry = seq;
        broken = kind;
    }

    public boolean valid() {
        return firstBrokenEntry == null;
    }

    public long entries() {
        return entries;
    }

    /** The first entry that was changed, removed or cannot be trusted; null when the chain holds. */
    public Long firstBrokenEntry() {
        return firstBrokenEntry;
    }

    public Break broken() {
        return broken;
    }

    /** The sequence number of the latest checkpoint compared with; 0 when there was none. */
    public long latestCheckpoint() {
        return latestCheckpoint;
    }
}
