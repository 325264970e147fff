package org.mizan.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.entity.AuditEntry;
import org.mizan.audit.entity.AuditEvent;

import java.time.Clock;
import java.util.List;

/**
 * The append-only, hash-chained record of who did what. Entries are written in a transaction of
 * their own, so a refused or failed action is recorded even when the action itself rolls back.
 */
@ApplicationScoped
public class AuditTrail {

    /** Serialises writers across every server sharing the database, so the chain never forks. */
    private static final long CHAIN_LOCK = 0x4D495A414EL;
    private static final int VERIFY_PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditEntry record(AuditEvent event) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        List<AuditEntry> last = em.createQuery("SELECT a FROM AuditEntry a ORDER BY a.seq DESC", AuditEntry.class)
                .setMaxResults(1).getResultList();
        long seq = last.isEmpty() ? 1 : last.get(0).getSeq() + 1;
        String previousHash = last.isEmpty() ? AuditHash.GENESIS : last.get(0).getEntryHash();
        AuditEntry entry = new AuditEntry(seq, clock.instant(), event, previousHash);
        entry.seal(AuditHash.of(entry));
        em.persist(entry);
        return entry;
    }

    /** Recomputes every seal from the stored fields, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verify() {
        ChainVerification verification = new ChainVerification();
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
        return verification;
    }
}
