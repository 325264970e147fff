package org.mizan.audit.control;

import org.mizan.audit.entity.AuditEntry;

/**
 * Walks the chain in sequence order and remembers the first entry that does not fit: a changed
 * field, a missing or reordered entry, or a broken link to its predecessor.
 */
public final class ChainVerification {

    private long entries;
    private String previousHash = AuditHash.GENESIS;
    private long expectedSeq = 1;
    private Long firstBrokenEntry;

    public void accept(AuditEntry entry) {
        entries++;
        if (firstBrokenEntry == null && !fits(entry)) {
            firstBrokenEntry = entry.getSeq();
        }
        previousHash = entry.getEntryHash();
        expectedSeq = entry.getSeq() + 1;
    }

    private boolean fits(AuditEntry entry) {
        return entry.getSeq() == expectedSeq
                && previousHash.equals(entry.getPreviousHash())
                && AuditHash.of(entry).equals(entry.getEntryHash());
    }

    public boolean valid() {
        return firstBrokenEntry == null;
    }

    public long entries() {
        return entries;
    }

    public Long firstBrokenEntry() {
        return firstBrokenEntry;
    }
}
