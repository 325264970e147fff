package org.mizan.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Work done in the background for one user — reports, dry runs, imports — on the server's managed executor, so that
 * CDI, JTA and JPA work in it as in a request, while a page or client polls its state and progress. One policy for
 * every kind of job:
 * <ul>
 * <li><b>Owner only:</b> a job is its owner's; for anyone else, and through any other {@link JobKind#group}, it does
 * not exist (404).</li>
 * <li><b>Per-user limits:</b> a user has at most {@code mizan.jobs.per-user} jobs queued or running in all, and at most
 * {@link JobKind#perUser} of one group (409), so that no one user occupies every worker.</li>
 * <li><b>Rejection:</b> when the executor refuses a job (its queue is full) the job is forgotten at once — left QUEUED
 * it would never run yet count against its owner — and the caller learns 503 with Retry-After ({@link Unavailable}).</li>
 * <li><b>Failure:</b> the job ends FAILED with a message for its owner: our own refusals as a request would have told
 * them, anything else only that it failed. The log then gets one line naming the kinds and places of the causes, never
 * their messages or a stack trace: a database error quotes the failing row, and rows hold people's names.</li>
 * <li><b>Expiry:</b> jobs live in memory only; a finished one is kept {@link JobKind#kept}, and only the newest
 * {@link JobKind#keptPerUser} of a kind per user. Expired jobs are swept on every use, so no timer is needed, and a
 * restart forgets them all — what a job wrote stays in the database and the audit trail either way.</li>
 * </ul>
 */
@ApplicationScoped
public class BackgroundJobs {

    /** Jobs queued or running per user, of all kinds, unless {@code mizan.jobs.per-user} says otherwise. */
    public static final String DEFAULT_PER_USER = "2";
    static final String TOO_MANY = "job.tooMany";
    static final String SERVER_BUSY = "job.serverBusy";
    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CAUSES = 8;

    /** A job's work: it reports its progress from 0 to 1 and returns the result its owner fetches. */
    @FunctionalInterface
    public interface Work<R> {
        R run(JobProgress progress);
    }

    /** The container's default managed executor: the job runs with the application's context (CDI, JTA, JPA). */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService executor;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "mizan.jobs.per-user", defaultValue = DEFAULT_PER_USER)
    int perUser;

    private final Map<String, BackgroundJob<?>> jobs = new ConcurrentHashMap<>();

    /**
     * Queues {@code work} for {@code owner} and returns at once: 409 ({@link Conflict}) beyond the owner's limits, 503
     * ({@link Unavailable}) when the executor refuses it.
     */
    public <R> JobStatus<R> submit(JobKind kind, String owner, Work<R> work) {
        if (owner == null) {
            throw new Forbidden("a background job needs a signed-in owner");
        }
        BackgroundJob<R> job;
        synchronized (this) {
            sweep();
            refuseBeyondLimits(kind, owner);
            job = new BackgroundJob<>(newId(), kind, owner, clock.instant());
            jobs.put(job.id, job);
        }
        try {
            executor.execute(() -> run(job, work));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            LOG.warning(() -> "The executor refused a " + kind.name() + " job (answered 503): " + e.getClass().getName());
            throw new Unavailable(false, SERVER_BUSY, e);
        }
        return job.status();
    }

    /**
     * The job's state, progress and outcome; 404 ({@link NotFound}) unless it exists, is still kept, is the owner's and
     * belongs to the group of {@code kind}.
     */
    @SuppressWarnings("unchecked") // the kinds of one group produce one type of result
    public <R> JobStatus<R> status(JobKind kind, String id, String owner) {
        sweep();
        BackgroundJob<?> job = id == null ? null : jobs.get(id);
        if (job == null || owner == null || !job.isOf(owner) || !job.kind.group().equals(kind.group())) {
            throw new NotFound(kind.name() + " job");
        }
        return (JobStatus<R>) job.status();
    }

    private void refuseBeyondLimits(JobKind kind, String owner) {
        List<BackgroundJob<?>> unfinished = jobs.values().stream().filter(j -> j.isOf(owner) && !j.state().finished()).toList();
        if (unfinished.stream().filter(j -> j.kind.group().equals(kind.group())).count() >= kind.perUser()) {
            throw new Conflict(kind.busyKey(), kind.perUser());
        }
        if (unfinished.size() >= perUser) {
            throw new Conflict(TOO_MANY, perUser);
        }
    }

    private <R> void run(BackgroundJob<R> job, Work<R> work) {
        job.running();
        try {
            R result = work.run(job::at);
            job.done(result, clock.instant());
        } catch (RuntimeException | Error e) {
            Reason reason = reason(job, e);
            job.failed(reason.key(), reason.arguments(), clock.instant());
        } finally {
            keepOnlyTheNewest(job.kind, job.owner);
        }
    }

    /** What the owner is told, and for what is not theirs to fix the one line the log gets. */
    private static Reason reason(BackgroundJob<?> job, Throwable thrown) {
        Throwable e = Refusals.ours(thrown);
        if (e instanceof InvalidInput invalid) {
            InvalidInput.FieldError first = invalid.errors().get(0);
            return new Reason(first.messageKey(), first.arguments());
        }
        if (e instanceof Conflict conflict) {
            return new Reason(conflict.messageKey(), conflict.arguments());
        }
        if (e instanceof Forbidden) {
            return new Reason("problem.detail.403");
        }
        if (e instanceof NotFound) {
            return new Reason(job.kind.goneKey());
        }
        LOG.warning(() -> job.kind.name() + " job " + job.id + " failed: " + causes(thrown));
        return e instanceof Unavailable unavailable ? new Reason(unavailable.messageKey()) : new Reason(job.kind.failedKey());
    }

    /**
     * Kinds and places only: {@code IllegalStateException at Foo.bar(Foo.java:42); SQLException at …}, at most
     * {@link #CAUSES} of them (a chain of causes can be long, or even loop).
     */
    static String causes(Throwable e) {
        StringBuilder causes = new StringBuilder();
        Throwable cause = e;
        for (int i = 0; cause != null && i < CAUSES; i++, cause = cause.getCause()) {
            StackTraceElement[] frames = cause.getStackTrace();
            causes.append(causes.length() == 0 ? "" : "; ").append(cause.getClass().getName())
                    .append(frames.length > 0 ? " at " + frames[0] : "");
        }
        return causes.toString();
    }

    private void sweep() {
        var now = clock.instant();
        jobs.values().removeIf(job -> job.expired(now));
    }

    private synchronized void keepOnlyTheNewest(JobKind kind, String owner) {
        jobs.values().stream().filter(j -> j.kind.equals(kind) && j.isOf(owner) && j.state().finished())
                .sorted(Comparator.comparing((BackgroundJob<?> j) -> j.finishedAt()).reversed())
                .skip(kind.keptPerUser()).toList()
                .forEach(j -> jobs.remove(j.id));
    }

    /** 128 random bits: a job id is not guessable, though the owner check would stop a guess anyway. */
    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private record Reason(String key, Object[] arguments) {
        Reason(String key) {
            this(key, new Object[0]);
        }
    }
}
