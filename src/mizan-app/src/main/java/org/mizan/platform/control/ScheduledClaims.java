package org.mizan.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Scheduled work done once per interval by whichever node comes first, not once by every node: every node keeps its
 * own timer (a node may die; the others go on), and each run first claims its task in {@code scheduled_run} (V29). A
 * claim succeeds only when the task's last run started at least nine tenths of the interval ago, so timers that drift
 * a little still find their turn, and two nodes whose timers fire together run it once.
 */
@ApplicationScoped
public class ScheduledClaims {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    NodeName node;

    /** Whether this node is to run {@code task} now; it then counts as started now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String task, Duration every) {
        Instant now = clock.instant();
        Instant lastAtLatest = now.minus(every.multipliedBy(9).dividedBy(10));
        return em.createNativeQuery("INSERT INTO scheduled_run (task, node, started_at) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (task) DO UPDATE SET node = EXCLUDED.node, started_at = EXCLUDED.started_at "
                        + "WHERE scheduled_run.started_at <= ?4")
                .setParameter(1, task).setParameter(2, node.get()).setParameter(3, Timestamp.from(now))
                .setParameter(4, Timestamp.from(lastAtLatest)).executeUpdate() == 1;
    }
}
