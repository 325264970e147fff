package org.mizan.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.entity.AuditEntry;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The append-only, hash-chained record of who did what, sealed under the audit key. An action's event is written with
 * the action, so that it is in the trail only if the action committed; a refusal or failure is written on its own, so
 * that it is recorded even though the action rolls back. {@link AuditChain} then numbers, links and seals the events.
 */
@ApplicationScoped
public class AuditTrail {

    private static final int VERIFY_PAGE = 1000;

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditSeal seal;
    @Inject
    PendingEvents pending;
    @Inject
    AuditChain chain;

    public void record(AuditEvent event) {
        if (event.outcome() == Outcome.SUCCESS) {
            pending.withTheAction(event);
        } else {
            pending.onTheirOwn(event);
        }
    }

    /** Recomputes every seal from the stored fields, oldest first, and compares the trail with its checkpoints. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verify() {
        chain.flush();
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
