package org.mizan.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;


/**
 * Gives back, once, the memory that deploying Mizan used and no request will: 20 s after start-up the heap still holds
 * the deployment's garbage (scanned classes, parsed descriptors, compiled templates), which the serial collector clears
 * only at a full collection, and the C library keeps the native memory freed since ({@link NativeHeap}).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupFootprint {

    /** Long enough for the first requests (readiness probes, the first pages) to have loaded what they need. */
    static final long AFTER_MILLIS = 20_000;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        timers.createSingleActionTimer(AFTER_MILLIS, new TimerConfig("start-up footprint", false));
    }

    @Timeout
    void settle() {
        System.gc(); // NOPMD: a single, deliberate collection after start-up, not a habit
        NativeHeap.trim();
    }
}
