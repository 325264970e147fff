package org.mizan.evidence.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.mizan.evidence.entity.InspectionReason;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Inspects new items after intake, in the background, a few at a time ({@code mizan.inspector.workers}):
 * an upload never waits for it, and a file that defeats the worker costs a worker's slot until its
 * deadline, not the server. The queue is the database — every PENDING item — so what a stopped or
 * killed server left half-done is taken up again at the next start.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InspectionQueue {

    private static final Logger LOG = Logger.getLogger(InspectionQueue.class.getName());
    /** A backlog left by a stopped server waits until start-up is over, rather than compete with it for the CPU. */
    private static final Duration RESUME_AFTER = Duration.ofSeconds(20);

    @Resource
    ManagedThreadFactory threads;
    @Resource
    TimerService timers;
    @Inject
    InspectionSettings settings;
    @Inject
    InspectionRecords records;
    @Inject
    Inspector inspector;

    /** Items queued or being inspected, so that none is inspected twice at once. */
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    /** How often each item's inspection already failed for a passing reason (a full scratch disk, the database away). */
    private final Map<Long, Integer> failures = new ConcurrentHashMap<>();
    private ExecutorService workers;

    @PostConstruct
    void start() {
        inspector.clearScratch(); // before any inspection starts: what a killed server left there
        workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads);
        timers.createSingleActionTimer(RESUME_AFTER.toMillis(), new TimerConfig("inspection backlog", false));
    }

    /** Queues an item for inspection; returns at once. An item that cannot be queued now stays PENDING for the next start. */
    public void enqueue(long id) {
        if (!queued.add(id)) {
            return;
        }
        try {
            workers.execute(() -> inspect(id));
        } catch (RejectedExecutionException stopping) {
            queued.remove(id);
        }
    }

    /** A single-action timer carries an item to try again; without one, it is the start-up backlog. */
    @Timeout
    void timeout(Timer timer) {
        if (timer.getInfo() instanceof Long id) {
            enqueue(id);
        } else {
            resume();
        }
    }

    void resume() {
        var pending = records.pendingIds();
        if (!pending.isEmpty()) {
            LOG.info(() -> pending.size() + " evidence items wait for inspection");
        }
        pending.forEach(this::enqueue);
    }

    private void inspect(long id) {
        boolean again = false;
        try {
            var item = records.pending(id);
            if (item.isPresent()) {
                records.save(id, inspector.inspect(id, item.get().sha256(), item.get().size()));
            }
            failures.remove(id);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt(); // the item stays PENDING and is inspected at the next start
        } catch (Inspector.Postponed | RuntimeException passing) {
            // Our disk or our database, not the file: the item stays PENDING and is tried again, waiting longer each time.
            again = true;
            LOG.warning(() -> "Inspection of evidence " + id + " postponed: " + passing.getMessage());
        } finally {
            queued.remove(id);
        }
        if (again) {
            retryLater(id);
        }
    }

    private void retryLater(long id) {
        int failed = failures.merge(id, 1, Integer::sum);
        if (failed > settings.retries()) {
            failures.remove(id);
            giveUp(id);
            return;
        }
        long wait = settings.retryAfter().toMillis() << Math.min(failed - 1, 20);
        try {
            timers.createSingleActionTimer(wait, new TimerConfig(id, false));
        } catch (RuntimeException stopping) {
            // The server is stopping: the item stays PENDING for the next start.
        }
    }

    private void giveUp(long id) {
        try {
            records.save(id, InspectionOutcome.notInspected(InspectionReason.NOT_SAVED.note()));
        } catch (RuntimeException e) {
            LOG.warning(() -> "Evidence " + id + " stays PENDING: " + e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
