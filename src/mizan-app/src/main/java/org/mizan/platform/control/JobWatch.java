package org.mizan.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Keeps {@link BackgroundJobs} truthful across restarts and nodes: at start, ends what this node was running before; then,
 * four times per {@code mizan.jobs.silent}, vouches for its unfinished jobs and ends those of nodes that stopped
 * vouching — often enough that a live node is never taken for a dead one.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobWatch {

    private static final Logger LOG = Logger.getLogger(JobWatch.class.getName());

    @Resource
    TimerService timers;
    @Inject
    BackgroundJobs jobs;

    @PostConstruct
    void start() {
        try {
            jobs.recover();
        } catch (RuntimeException e) {
            // The database may be away at start; the timer's next rounds end what is left.
            LOG.warning(() -> "Background jobs could not be recovered at start: " + BackgroundJobs.causes(e));
        }
        long every = Math.max(1000, jobs.silent().toMillis() / 4);
        timers.createIntervalTimer(every, every, new TimerConfig("background jobs", false));
    }

    @Timeout
    void watch() {
        try {
            jobs.keepAlive();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Background jobs could not be vouched for: " + BackgroundJobs.causes(e));
        }
    }
}
