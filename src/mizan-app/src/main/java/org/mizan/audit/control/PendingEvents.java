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
import org.mizan.audit.entity.AuditEvent;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Audit events written to the pending table, one INSERT each and no lock, for {@link AuditChain} to seal into the trail
 * once they are committed: in the action's own transaction (they commit or vanish with it), or in one of their own
 * (they are kept whatever becomes of the action).
 */
@ApplicationScoped
public class PendingEvents {

    /** Marks a transaction whose commit already wakes the chainer. */
    private static final Object WAKES_CHAIN = new Object();

    @PersistenceContext
    EntityManager em;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    AuditChain chain;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRED)
    public void withTheAction(AuditEvent event) {
        write(event);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onTheirOwn(AuditEvent event) {
        write(event);
    }

    private void write(AuditEvent event) {
        // Over SQL, not persist(): an action that clears its persistence context before it commits would drop the event.
        em.createNativeQuery("INSERT INTO audit_pending (occurred_at, username, action, target, outcome, client_address, details)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, event.username())
                .setParameter(3, event.action()).setParameter(4, event.target()).setParameter(5, event.outcome().name())
                .setParameter(6, event.clientAddress()).setParameter(7, event.details())
                .executeUpdate();
        if (transactions.getResource(WAKES_CHAIN) == null) {
            transactions.putResource(WAKES_CHAIN, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new WakeWhenCommitted(chain));
        }
    }

    /** Wakes the chainer once the events are committed: before that it could not see them. */
    private record WakeWhenCommitted(AuditChain chain) implements Synchronization {
        @Override
        public void beforeCompletion() {
            // nothing to chain yet
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                chain.wake();
            }
        }
    }
}
