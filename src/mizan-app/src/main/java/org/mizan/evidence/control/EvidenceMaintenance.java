package org.mizan.evidence.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.mizan.evidence.entity.Integrity;
import org.mizan.platform.control.ScheduledClaims;
import org.mizan.security.entity.Actor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the vault honest on a schedule ({@code mizan.evidence.rehash-interval}, daily unless set;
 * {@code off} stops it): re-hashes every item, and sweeps away bytes no item refers to. An
 * administrator can run the same re-hash on demand. With several nodes, each run is claimed first
 * ({@link ScheduledClaims}), so the vault is re-hashed once per interval, not once per node.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvidenceMaintenance {

    private static final Logger LOG = Logger.getLogger(EvidenceMaintenance.class.getName());
    static final String TASK = "evidence maintenance";

    /** How a run over all items went. */
    public record Summary(int checked, int intact, List<Long> failed) {
    }

    @Resource
    TimerService timers;
    @Inject
    EvidenceSettings settings;
    @Inject
    IntegrityCheck integrity;
    @Inject
    EvidenceStore store;
    @Inject
    EvidenceRecords records;
    @Inject
    ScheduledClaims claims;

    @PostConstruct
    void schedule() {
        settings.rehashInterval().ifPresent(every -> timers.createIntervalTimer(every.toMillis(), every.toMillis(),
                new TimerConfig("evidence maintenance", false)));
    }

    @Timeout
    void onSchedule(Timer timer) {
        try {
            if (!claims.claim(TASK, settings.rehashInterval().orElseThrow())) {
                return; // another node has it this time
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Scheduled re-hash skipped: its run could not be claimed (" + e.getClass().getSimpleName() + ")");
            return;
        }
        Summary summary = rehashAll(Actor.SYSTEM);
        LOG.info(() -> "Scheduled re-hash: " + summary.checked() + " items, " + summary.failed().size() + " failed");
        try {
            int swept = sweep();
            LOG.info(() -> "Evidence sweep removed " + swept + " unreferenced files");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Evidence sweep failed", e);
        }
    }

    /** Every item, each in a transaction of its own, so that one failure does not undo the others' results. */
    public Summary rehashAll(Actor actor) {
        List<Long> ids = integrity.allIds();
        List<Long> failed = new ArrayList<>();
        for (long id : ids) {
            if (integrity.rehash(id, actor) != Integrity.INTACT) {
                failed.add(id);
            }
        }
        return new Summary(ids.size(), ids.size() - failed.size(), failed);
    }

    /** Deletes leftovers older than the grace period now (an administrator's action); returns how many files went. */
    public int sweep() throws IOException {
        return store.sweep(settings.sweepGrace(), records.referencedHashes()::contains);
    }
}
