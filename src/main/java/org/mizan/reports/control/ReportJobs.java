package org.mizan.reports.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.reports.entity.ReportJobState;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reports generated in the background (issue 7, item 8): any report — a job is a function of its {@link ReportProgress}
 * that returns the {@link IssuedPdf} — runs on the server's managed executor, so that CDI, JTA and JPA work in it as in
 * a request, while the page or client polls its state and progress. Only the user who asked may see a job or download
 * it; for anyone else it does not exist (404). Jobs live in memory only: a finished report is kept {@link #KEPT} and at
 * most {@link #KEPT_PER_USER} per user (the oldest goes first), so a forgotten report does not stay on the server, and
 * a restart forgets them all — the issued report stays registered and audited either way. A failure keeps a message
 * key for the user and the stack trace for the server log only.
 */
@ApplicationScoped
public class ReportJobs {

    /** How long a finished report waits for its download. */
    public static final Duration KEPT = Duration.ofHours(1);
    /** Finished reports kept per user. */
    public static final int KEPT_PER_USER = 5;
    /** Reports queued or running per user: one user cannot occupy every worker. */
    public static final int UNFINISHED_PER_USER = 2;
    static final String FAILED = "reportJob.failed";
    private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A report to generate; it reports its progress from 0 to 1. */
    @FunctionalInterface
    public interface Work {
        IssuedPdf run(ReportProgress progress);
    }

    /**
     * What the owner may learn of a job. {@code reportId} and {@code sha256} once READY; {@code errorKey} (with its
     * arguments, a message of the bundles) once FAILED; {@code expiresAt} once finished.
     */
    public record Status(String id, ReportJobState state, double progress, String reportId, String sha256, String errorKey,
                         Object[] errorArguments, Instant submittedAt, Instant expiresAt) {
    }

    /** The container's default managed executor: the job runs with the application's context (CDI, JTA, JPA). */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService executor;

    private final Map<String, ReportJob> jobs = new ConcurrentHashMap<>();
    @Inject
    Clock clock;

    /**
     * Queues {@code work} for {@code owner} and returns at once. 409 ({@link Conflict}) when the owner already has
     * {@link #UNFINISHED_PER_USER} reports queued or running.
     */
    public Status submit(String owner, Work work) {
        if (owner == null) {
            throw new Forbidden("a report job needs a signed-in owner");
        }
        ReportJob job;
        synchronized (this) {
            sweep();
            long unfinished = jobs.values().stream().filter(j -> j.owner.equals(owner) && !j.state().finished()).count();
            if (unfinished >= UNFINISHED_PER_USER) {
                throw new Conflict("reportJob.tooMany", UNFINISHED_PER_USER);
            }
            job = new ReportJob(newId(), owner, clock.instant());
            jobs.put(job.id, job);
        }
        try {
            executor.execute(() -> run(job, work));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            throw new IllegalStateException("the report executor refused a job", e);
        }
        return job.status(null);
    }

    /** The job's state and progress; 404 ({@link NotFound}) unless it exists, is still kept and is the owner's. */
    public Status status(String id, String owner) {
        ReportJob job = owned(id, owner);
        return job.status(expiry(job));
    }

    /** The finished report; 404 as {@link #status}, 409 while it is not ready (or failed). */
    public IssuedPdf pdf(String id, String owner) {
        ReportJob job = owned(id, owner);
        if (job.state() != ReportJobState.READY) {
            throw new Conflict("reportJob.notReady");
        }
        return job.issued();
    }

    private void run(ReportJob job, Work work) {
        job.running();
        try {
            IssuedPdf issued = work.run(job::at);
            job.ready(issued, clock.instant());
        } catch (InvalidInput e) {
            InvalidInput.FieldError first = e.errors().get(0);
            job.failed(first.messageKey(), first.arguments(), clock.instant());
        } catch (Forbidden e) {
            job.failed("problem.detail.403", new Object[0], clock.instant());
        } catch (NotFound e) {
            job.failed("problem.notFound", new Object[0], clock.instant());
        } catch (RuntimeException | Error e) {
            // The cause for the administrators; the owner learns only that it failed. Jobs carry codes, never names.
            LOG.log(Level.WARNING, "report job " + job.id + " failed", e);
            job.failed(FAILED, new Object[0], clock.instant());
        } finally {
            keepOnlyTheNewest(job.owner);
        }
    }

    private ReportJob owned(String id, String owner) {
        sweep();
        ReportJob job = id == null ? null : jobs.get(id);
        if (job == null || owner == null || !job.owner.equals(owner)) {
            throw new NotFound("report job");
        }
        return job;
    }

    private Instant expiry(ReportJob job) {
        Instant finished = job.finishedAt();
        return finished == null ? null : finished.plus(KEPT);
    }

    /** Forgets finished jobs older than {@link #KEPT}: done on every use, so no timer is needed. */
    private void sweep() {
        Instant now = clock.instant();
        jobs.values().removeIf(job -> job.finishedAt() != null && !job.finishedAt().plus(KEPT).isAfter(now));
    }

    private synchronized void keepOnlyTheNewest(String owner) {
        var finished = jobs.values().stream().filter(j -> j.owner.equals(owner) && j.state().finished())
                .sorted(Comparator.comparing(ReportJob::finishedAt).reversed()).toList();
        finished.stream().skip(KEPT_PER_USER).forEach(j -> jobs.remove(j.id));
    }

    /** 128 random bits: a job id is not guessable, though the owner check would stop a guess anyway. */
    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
