package org.mizan.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.entity.AuditEntry;
import org.mizan.audit.entity.PendingEvent;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One step of chaining: the oldest pending events numbered, linked and sealed into the trail, and deleted from the
 * pending table, in one transaction. The chain lock serialises this across every server sharing the database, so the
 * chain never forks; only the chainer takes it.
 */
@ApplicationScoped
public class ChainLinks {

    private static final Logger LOG = Logger.getLogger(ChainLinks.class.getName());
    /** Serialises chaining across every server sharing the database. */
    private static final long CHAIN_LOCK = 0x4D495A414EL;

    /** What one step chained: how many events, and the newest entry (when there was one). */
    public record Chained(int count, Optional<Checkpoint> last) {
        static final Chained NOTHING = new Chained(0, Optional.empty());
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditSeal seal;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Chained next(int max) {
        // Nothing waiting, the usual case on a timer: no lock taken.
        if (em.createNativeQuery("SELECT EXISTS (SELECT 1 FROM audit_pending)").getSingleResult() != Boolean.TRUE) {
            return Chained.NOTHING;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        // Read after the lock: what another server chained meanwhile is gone from the pending table by now.
        List<PendingEvent> pending = em.createQuery("SELECT p FROM PendingEvent p ORDER BY p.id", PendingEvent.class)
                .setMaxResults(max).getResultList();
        if (pending.isEmpty()) {
            return Chained.NOTHING;
        }
        Checkpoint tail = tail();
        long seq = tail.seq();
        String previousHash = tail.hash();
        for (PendingEvent event : pending) {
            AuditEntry entry = new AuditEntry(++seq, event.getOccurredAt(), event.event(), previousHash);
            entry.chainedFrom(event.getId());
            entry.sealWith(seal.key().id());
            entry.seal(AuditHash.of(entry, seal.key()));
            em.persist(entry);
            previousHash = entry.getEntryHash();
        }
        em.flush();
        em.createNativeQuery("DELETE FROM audit_pending p USING audit_entry e WHERE e.pending_id = p.id AND e.seq > ?1")
                .setParameter(1, tail.seq()).executeUpdate();
        em.clear();
        return new Chained(pending.size(), Optional.of(new Checkpoint(seq, previousHash, pending.get(pending.size() - 1)
                .getOccurredAt())));
    }

    /** The entry the next one follows: the last stored, or the last known sealed when entries were removed since. */
    private Checkpoint tail() {
        List<AuditEntry> last = em.createQuery("SELECT a FROM AuditEntry a ORDER BY a.seq DESC", AuditEntry.class)
                .setMaxResults(1).getResultList();
        long seq = last.isEmpty() ? 0 : last.get(0).getSeq();
        String hash = last.isEmpty() ? AuditHash.GENESIS : last.get(0).getEntryHash();
        Optional<Checkpoint> known = seal.known();
        if (known.isPresent() && known.get().seq() > seq) {
            // The newest entries were removed behind Mizan's back. Numbering on from the removed ones, and linking to the
            // last of them, leaves the gap in the trail for good instead of hiding it under new entries.
            long end = seq;
            LOG.severe(() -> "AUDIT TRAIL SHORTENED: it ends at entry " + end + " but entry " + known.get().seq()
                    + " was sealed; the next entry is numbered " + (known.get().seq() + 1) + ", leaving the gap visible.");
            return known.get();
        }
        return new Checkpoint(seq, hash, null);
    }
}
