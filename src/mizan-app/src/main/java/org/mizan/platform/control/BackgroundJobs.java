package org.mizan.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
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
 * <li><b>Shared and durable:</b> jobs are stored ({@link JobStore}) and their files kept in the data folder
 * ({@link JobFolders}), so any node answers for any job and a restart forgets nothing. A job runs on the node that
 * accepted it; one its node stopped running — the node restarted ({@link NodeName} names it) or has not
 * vouched for it for {@code mizan.jobs.silent} (two minutes) — ends FAILED with {@link #INTERRUPTED}, never "running" for ever.</li>
 * <li><b>Expiry:</b> a finished job is kept {@link JobKind#kept}, and only the newest {@link JobKind#keptPerUser} of a
 * kind per user; expired jobs are swept on every use. What a job wrote stays in the database and the audit trail.</li>
 * </ul>
 */
@ApplicationScoped
public class BackgroundJobs {

    /** Jobs queued or running per user, of all kinds, unless {@code mizan.jobs.per-user} says otherwise. */
    public static final String DEFAULT_PER_USER = "2";
    /**
     * How long a node may go without vouching for its unfinished jobs before another declares them interrupted, unless
     * {@code mizan.jobs.silent} says otherwise.
     */
    public static final String DEFAULT_SILENT = "PT2M";
    /** How long the owner is shown that a job was interrupted. */
    static final Duration INTERRUPTED_KEPT = Duration.ofHours(1);
    static final String TOO_MANY = "job.tooMany";
    static final String SERVER_BUSY = "job.serverBusy";
    static final String INTERRUPTED = "job.interrupted";
    private static final Duration PROGRESS_WRITES = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Jsonb JSON = JsonbBuilder.create();
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
    @Inject
    @ConfigProperty(name = "mizan.jobs.silent", defaultValue = DEFAULT_SILENT)
    String silent;
    @Inject
    NodeName nodeName;
    @Inject
    JobStore store;
    @Inject
    JobFolders folders;

    /** The progress of the jobs queued or running on this node, fresher than the stored one. */
    private final Map<String, Double> here = new ConcurrentHashMap<>();

    /**
     * Queues {@code work} for {@code owner} and returns at once: 409 ({@link Conflict}) beyond the owner's limits, 503
     * ({@link Unavailable}) when the executor refuses it. {@code results} keeps what it returns for any node to read.
     */
    public <R, S> JobStatus<S> submit(JobKind kind, String owner, Work<R> work, JobResults<R, S> results) {
        if (owner == null) {
            throw new Forbidden("a background job needs a signed-in owner");
        }
        sweep();
        String id = newId();
        Instant now = clock.instant();
        store.insert(kind, id, owner, node(), perUser, now);
        here.put(id, 0.0);
        try {
            executor.execute(() -> run(id, kind, owner, work, results));
        } catch (RejectedExecutionException e) {
            here.remove(id);
            store.delete(id);
            LOG.warning(() -> "The executor refused a " + kind.name() + " job (answered 503): " + e.getClass().getName());
            throw new Unavailable(false, SERVER_BUSY, e);
        }
        return new JobStatus<>(id, kind.name(), JobState.QUEUED, 0, null, null, new Object[0], now, null);
    }

    /**
     * The job's state, progress and outcome; 404 ({@link NotFound}) unless it exists, is still kept, is the owner's and
     * belongs to the group of {@code kind}.
     */
    public <S> JobStatus<S> status(JobKind kind, String id, String owner, JobResults<?, S> results) {
        sweep();
        JobStore.Row row = id == null ? null : store.find(id).orElse(null);
        if (row == null || owner == null || !row.owner().equals(owner) || !row.group().equals(kind.group())) {
            throw new NotFound(kind.name() + " job");
        }
        S result = row.state() == JobState.DONE ? read(results, row) : null;
        double progress = row.state() == JobState.DONE ? 1 : Math.max(row.progress(), here.getOrDefault(id, 0.0));
        return new JobStatus<>(row.id(), row.kind(), row.state(), progress, result, row.errorKey(),
                arguments(row.errorArguments()), row.submittedAt(), row.expiresAt());
    }

    /** After a start: what this node was running before is over, and files no job owns are deleted. */
    public void recover() {
        Instant now = clock.instant();
        int interrupted = store.interrupt(node(), now.minus(silent()), INTERRUPTED, now, INTERRUPTED_KEPT);
        if (interrupted > 0) {
            LOG.warning(() -> interrupted + " background jobs were interrupted by a restart or a lost node and are marked failed");
        }
        sweep();
        folders.deleteAllBut(new HashSet<>(store.ids()));
    }

    /**
     * Vouches for this node's unfinished jobs, ends those whose node has stopped vouching for them, and deletes what is no
     * longer kept — a report names victims, and must not outlive its hour on the disk because nobody asked since.
     */
    public void keepAlive() {
        sweep();
        Instant now = clock.instant();
        store.heartbeat(here.keySet(), now);
        int interrupted = store.interrupt(null, now.minus(silent()), INTERRUPTED, now, INTERRUPTED_KEPT);
        if (interrupted > 0) {
            LOG.warning(() -> interrupted + " background jobs of a node that stopped answering are marked failed");
        }
    }

    private <R, S> void run(String id, JobKind kind, String owner, Work<R> work, JobResults<R, S> results) {
        try {
            store.running(id, clock.instant());
            R result = work.run(progressOf(id));
            boolean kept = store.done(id, results.write(result, folders.create(id)), clock.instant(), kind.kept());
            if (!kept) {
                folders.delete(List.of(id));
            }
        } catch (IOException e) {
            fail(id, kind, new UncheckedIOException(e));
        } catch (RuntimeException | Error e) {
            fail(id, kind, e);
        } finally {
            here.remove(id);
            try {
                folders.delete(store.keepNewest(kind, owner, kind.keptPerUser()));
            } catch (RuntimeException e) {
                LOG.warning(() -> "Finished jobs could not be trimmed: " + causes(e)); // the next finish or sweep will
            }
        }
    }

    private void fail(String id, JobKind kind, Throwable e) {
        Reason reason = reason(id, kind, e);
        try {
            store.failed(id, reason.key(), JSON.toJson(reason.arguments()), clock.instant(), kind.kept());
        } catch (RuntimeException stored) {
            // The job's row stays unfinished and unvouched for: keepAlive ends it as interrupted.
            LOG.warning(() -> kind.name() + " job " + id + ": its failure could not be stored: " + causes(stored));
        }
    }

    /**
     * What the owner's bar shows at once, and, at most every {@link #PROGRESS_WRITES}, what other nodes see. A failed
     * write of progress is not the job's failure: the next one, or the outcome, follows.
     */
    private JobProgress progressOf(String id) {
        Instant[] written = {Instant.MIN};
        return fraction -> {
            double at = Math.min(1, Math.max(0, fraction));
            here.merge(id, at, Math::max);
            Instant now = clock.instant();
            if (!now.isBefore(written[0].plus(PROGRESS_WRITES))) {
                written[0] = now;
                try {
                    store.progress(id, here.getOrDefault(id, at));
                } catch (RuntimeException e) {
                    written[0] = Instant.MIN;
                }
            }
        };
    }

    private <S> S read(JobResults<?, S> results, JobStore.Row row) {
        try {
            return results.read(row.result(), folders.folder(row.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object[] arguments(String json) {
        return json == null ? new Object[0] : JSON.fromJson(json, Object[].class);
    }

    /** What the owner is told, and for what is not theirs to fix the one line the log gets. */
    private static Reason reason(String id, JobKind kind, Throwable thrown) {
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
            return new Reason(kind.goneKey());
        }
        LOG.warning(() -> kind.name() + " job " + id + " failed: " + causes(thrown));
        return e instanceof Unavailable unavailable ? new Reason(unavailable.messageKey()) : new Reason(kind.failedKey());
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
        folders.delete(store.deleteExpired(clock.instant()));
    }

    /** How long a node may be silent about its jobs; {@link JobWatch} vouches four times as often. */
    Duration silent() {
        return Duration.parse(silent.strip());
    }

    private String node() {
        return nodeName.get();
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
