package org.mizan.platform.control;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * {@link BackgroundJobs} as a test drives it: jobs wait until the test runs them (on the test's own thread, so what
 * happens is decided, not raced), the executor refuses when told to, and time stands still until the test moves it.
 */
public final class ManualJobs {

    public final BackgroundJobs jobs = new BackgroundJobs();
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private boolean refusing;
    private Instant now = Instant.parse("2026-11-27T10:00:00Z");

    public ManualJobs(int perUser) {
        this(perUser, new MemoryJobStore(), JobFoldersForTests.fresh(), "node-a");
    }

    /** Another node on the same store and data folder as {@code other}. */
    public ManualJobs(ManualJobs other, String node) {
        this(other.jobs.perUser, other.jobs.store, other.jobs.folders, node);
    }

    private ManualJobs(int perUser, JobStore store, JobFolders folders, String node) {
        jobs.executor = new Executor();
        jobs.perUser = perUser;
        jobs.silent = BackgroundJobs.DEFAULT_SILENT;
        jobs.clock = Clock.fixed(now, ZoneOffset.UTC);
        jobs.store = store;
        jobs.folders = folders;
        jobs.nodeName = new NodeName();
        jobs.nodeName.configured = Optional.of(node);
    }

    /** Where a job of these nodes keeps its files. */
    public Path jobFolder(String id) {
        return jobs.folders.folder(id);
    }

    /** What the tests' jobs return, kept as a number in the job's row. */
    public static final JobResults<Integer, Integer> NUMBERS = new JobResults<>() {
        @Override
        public String write(Integer result, Path folder) {
            return String.valueOf(result);
        }

        @Override
        public Integer read(String json, Path folder) {
            return Integer.valueOf(json);
        }
    };

    /** Runs the queued jobs, oldest first, including any they queue. */
    public void runAll() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    /** From now on the executor refuses every job ({@code true}), as a full queue does, or takes them again. */
    public void refuse(boolean refuse) {
        refusing = refuse;
    }

    public Instant now() {
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
        jobs.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    /** Sets this node's clock to {@code other}'s. */
    public void sameTimeAs(ManualJobs other) {
        now = other.now;
        jobs.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private final class Executor extends AbstractExecutorService {
        @Override
        public void execute(Runnable command) {
            if (refusing) {
                throw new RejectedExecutionException("queue full");
            }
            queued.add(command);
        }

        @Override public void shutdown() { }
        @Override public List<Runnable> shutdownNow() { return List.of(); }
        @Override public boolean isShutdown() { return false; }
        @Override public boolean isTerminated() { return false; }
        @Override public boolean awaitTermination(long timeout, TimeUnit unit) { return true; }
    }
}
