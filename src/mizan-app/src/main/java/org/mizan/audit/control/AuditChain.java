package org.mizan.audit.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * The chainer: moves committed pending events into the trail ({@link ChainLinks}, a batch per transaction) and tells
 * the seal of each new end. It runs {@value #GATHER_MILLIS} ms after an audited transaction commits, every second (events another server wrote,
 * a wake-up lost), at start-up (events left by a crash) and at shutdown; whoever reads the trail calls
 * {@link #flush()} first, so that every event committed before the read is in it.
 */
@Startup
@Singleton
@DependsOn("AuditSeal")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditChain {

    private static final Logger LOG = Logger.getLogger(AuditChain.class.getName());
    static final int BATCH = 500;
    private static final long TIMER_SECONDS = 1;
    /**
     * How long a wake-up waits before chaining, so that the events of many requests are chained in one transaction
     * rather than one each (a transaction per event is the cost this replaced). Readers never wait for it: they flush.
     */
    private static final long GATHER_MILLIS = 200;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ScheduledExecutorService executor;
    @Inject
    ChainLinks links;
    @Inject
    AuditSeal seal;

    /** One chainer per server at a time: the others would only wait for the database's chain lock. */
    private final ReentrantLock chaining = new ReentrantLock();
    private final AtomicBoolean woken = new AtomicBoolean();
    private ScheduledFuture<?> timer;
    /** Set once the shutdown chaining is done; guarded by {@link #chaining}. */
    private boolean stopped;

    @PostConstruct
    void start() {
        flush();
        timer = executor.scheduleWithFixedDelay(this::chainQuietly, TIMER_SECONDS, TIMER_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Chains what is pending one last time, then never again: the seal writes its shutdown checkpoint right after, and
     * an entry chained behind that checkpoint (a wake-up still scheduled, a late reader) would look, after a restart,
     * like the end of the trail, so that removing it while Mizan is stopped would go unnoticed. What is still pending
     * is chained by the next start.
     */
    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.cancel(false);
        }
        chaining.lock();
        try {
            chainQuietly();
        } finally {
            stopped = true;
            chaining.unlock();
        }
    }

    /** Chains every event committed so far, and returns when they are in the trail. */
    public void flush() {
        chaining.lock();
        try {
            if (stopped) {
                return;
            }
            ChainLinks.Chained chained;
            do {
                chained = links.next(BATCH);
                chained.last().ifPresent(end -> seal.sealed(end.seq(), end.hash()));
            } while (chained.count() == BATCH);
        } finally {
            chaining.unlock();
        }
    }

    /** Asks for a chaining shortly, without waiting for it; wake-ups that come while one is due are one. */
    public void wake() {
        if (woken.compareAndSet(false, true)) {
            try {
                executor.schedule(this::chainWoken, GATHER_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                woken.set(false); // the timer chains the events instead
            }
        }
    }

    private void chainWoken() {
        // Reset before chaining: an event committed from here on wakes a chaining of its own.
        woken.set(false);
        chainQuietly();
    }

    private void chainQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            // The events stay pending and the next run chains them; the cause's message may quote a row, so only its kind.
            LOG.warning(() -> "Chaining the audit trail failed, retried within " + TIMER_SECONDS + " s: " + e.getClass().getName());
        }
    }
}
