package org.mizan.imports.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.reports.control.ReportProgress;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Dry runs and imports in the background, on the server's managed executor (CDI, JTA and JPA work there as in a
 * request), while the page or client polls {@link #status}. One unfinished job per user: an import and a dry run of
 * the same person must not race over the same file. Jobs live in memory and are forgotten {@link #KEPT} after
 * they end; the batch itself is in the database and the audit trail either way. A job is the owner's alone.
 */
@ApplicationScoped
public class ImportJobs {

    public static final Duration KEPT = Duration.ofHours(2);
    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum State { RUNNING, DONE, FAILED }

    /** What the owner may learn: progress, then the report, or a message key with its arguments. */
    public record Status(String id, boolean dryRun, State state, double progress, ImportReport report, String errorKey,
                         Object[] errorArguments) {
    }

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService executor;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    @Inject
    Clock clock;

    public synchronized Status submit(String owner, boolean dryRun, Function<ReportProgress, ImportReport> work) {
        if (owner == null) {
            throw new Forbidden("an import job needs a signed-in owner");
        }
        forgetOld();
        if (jobs.values().stream().anyMatch(j -> j.owner.equals(owner) && j.state == State.RUNNING)) {
            throw new Conflict("import.job.running");
        }
        Job job = new Job(newId(), owner, dryRun);
        jobs.put(job.id, job);
        try {
            executor.execute(() -> job.run(work));
        } catch (RejectedExecutionException e) {
            // Not left RUNNING: that would bar the owner from every later job.
            jobs.remove(job.id);
            throw new IllegalStateException("the import executor refused a job", e);
        }
        return job.status();
    }

    public Status status(String id, String owner) {
        forgetOld();
        Job job = id == null ? null : jobs.get(id);
        if (job == null || !job.owner.equals(owner)) {
            throw new NotFound("import job");
        }
        return job.status();
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(KEPT);
        jobs.values().removeIf(j -> j.endedAt != null && j.endedAt.isBefore(limit));
    }

    private static String causes(Throwable e) {
        StringBuilder causes = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            StackTraceElement[] frames = cause.getStackTrace();
            causes.append(cause.getClass().getName()).append(frames.length > 0 ? " at " + frames[0] : "").append("; ");
        }
        return causes.toString();
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private final class Job {
        final String id;
        final String owner;
        final boolean dryRun;
        volatile State state = State.RUNNING;
        volatile double progress;
        volatile ImportReport report;
        volatile String errorKey;
        volatile Object[] errorArguments = new Object[0];
        volatile Instant endedAt;

        Job(String id, String owner, boolean dryRun) {
            this.id = id;
            this.owner = owner;
            this.dryRun = dryRun;
        }

        void run(Function<ReportProgress, ImportReport> work) {
            try {
                report = work.apply(fraction -> progress = Math.max(progress, Math.min(1, fraction)));
                progress = 1;
                state = State.DONE;
            } catch (InvalidInput e) {
                fail(e.errors().get(0).messageKey(), e.errors().get(0).arguments());
            } catch (Conflict e) {
                fail(e.messageKey(), e.arguments());
            } catch (NotFound e) {
                fail("import.upload.gone", new Object[0]);
            } catch (RuntimeException | Error e) {
                // Kinds and places only: a database error's message can quote the failing row, and rows hold names.
                LOG.log(Level.WARNING, "import job {0} failed: {1}", new Object[]{id, causes(e)});
                fail("import.failed", new Object[0]);
            } finally {
                endedAt = clock.instant();
            }
        }

        void fail(String key, Object[] arguments) {
            errorKey = key;
            errorArguments = arguments;
            state = State.FAILED;
        }

        Status status() {
            return new Status(id, dryRun, state, progress, report, errorKey, errorArguments);
        }
    }
}
