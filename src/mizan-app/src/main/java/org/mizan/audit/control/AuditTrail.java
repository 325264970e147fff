package org.mizan.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.mizan.audit.entity.AuditEntry;
import org.mizan.audit.entity.AuditEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The append-only, hash-chained record of who did what, sealed under the audit key. Entries are
 * written in a transaction of their own, so a refused or failed action is recorded even when the
 * action itself rolls back.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
    /** Serialises writers across every server sharing the database, so the chain never forks. */
    private static final long CHAIN_LOCK = 0x4D495A414EL;
    private static final int VERIFY_PAGE = 1000;

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditSeal seal;
    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditEntry record(AuditEvent event) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        List<AuditEntry> last = em.createQuery("SELECT a FROM AuditEntry a ORDER BY a.seq DESC", AuditEntry.class)
                .setMaxResults(1).getResultList();
        long seq = last.isEmpty() ? 1 : last.get(0).getSeq() + 1;
        String previousHash = last.isEmpty() ? AuditHash.GENESIS : last.get(0).getEntryHash();
        Optional<Checkpoint> known = seal.known();
        if (known.isPresent() && known.get().seq() >= seq) {
            // The newest entries were removed behind Mizan's back. Numbering on from the removed ones, and linking to the
            // last of them, leaves the gap in the trail for good instead of hiding it under new entries.
            long end = seq - 1;
            LOG.severe(() -> "AUDIT TRAIL SHORTENED: it ends at entry " + end + " but entry " + known.get().seq()
                    + " was sealed; the next entry is numbered " + (known.get().seq() + 1) + ", leaving the gap visible.");
            seq = known.get().seq() + 1;
            previousHash = known.get().hash();
        }
        AuditEntry entry = new AuditEntry(seq, clock.instant(), event, previousHash);
        entry.sealWith(seal.key().id());
        entry.seal(AuditHash.of(entry, seal.key()));
        em.persist(entry);
        transactions.registerInterposedSynchronization(new WhenCommitted(seal, entry.getSeq(), entry.getEntryHash()));
        return entry;
    }

    /**
     * Tells the seal about an entry once it is committed: an entry rolled back was never in the trail, and must
     * not be expected there.
     */
    private record WhenCommitted(AuditSeal seal, long seq, String hash) implements Synchronization {
        @Override
        public void beforeCompletion() {
            // the entry is not known until the database has it
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                seal.sealed(seq, hash);
            }
        }
    }

    /** Recomputes every seal from the stored fields, oldest first, and compares the trail with its checkpoints. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verify() {
        ChainVerification verification;
        try {
            verification = new ChainVerification(seal.key(), seal.checkpoints());
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoints could not be read", e);
        }
        long after = 0;
        List<AuditEntry> page;
        do {
            page = em.createQuery("SELECT a FROM AuditEntry a WHERE a.seq > :after ORDER BY a.seq", AuditEntry.class)
                    .setParameter("after", after)
                    .setMaxResults(VERIFY_PAGE)
                    .getResultList();
            for (AuditEntry entry : page) {
                verification.accept(entry);
                after = entry.getSeq();
            }
            em.clear();
        } while (page.size() == VERIFY_PAGE);
        return verification.finish();
    }
}
