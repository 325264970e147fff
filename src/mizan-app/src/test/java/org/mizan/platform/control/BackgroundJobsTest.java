package org.mizan.platform.control;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one policy of background jobs: owner only, per-user limits, rejection, failure, expiry. */
class BackgroundJobsTest {

    private static final Duration KEPT = Duration.ofHours(1);
    private static final JobKind SUM = JobKind.of("sum", KEPT, 3, "sum.failed", "sum.gone");
    private static final JobKind CHECK = JobKind.of("check", KEPT, 3, "check.failed", "check.gone")
            .limited("import", 1, "check.running");
    private static final JobKind LOAD = CHECK.named("load");

    private final ManualJobs manual = new ManualJobs(2);
    private final BackgroundJobs jobs = manual.jobs;
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(BackgroundJobs.class.getName());
    private final Handler capture = new Handler() {
        @Override public void publish(LogRecord record) { logged.add(record); }
        @Override public void flush() { }
        @Override public void close() { }
    };

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    private String finished(JobKind kind, String owner, BackgroundJobs.Work<Integer> work) {
        String id = jobs.submit(kind, owner, work, ManualJobs.NUMBERS).id();
        manual.runAll();
        return id;
    }

    @Test
    void aJobWaitsThenRunsThenItsOwnerFetchesTheResult() {
        JobStatus<Integer> queued = jobs.submit(SUM, "amina", progress -> 42, ManualJobs.NUMBERS);
        assertEquals(JobState.QUEUED, queued.state());
        assertEquals(manual.now(), queued.submittedAt());
        assertNull(queued.expiresAt(), "nothing expires before it finishes");
        manual.runAll();
        JobStatus<Integer> done = jobs.status(SUM, queued.id(), "amina", ManualJobs.NUMBERS);
        assertEquals(JobState.DONE, done.state());
        assertEquals(42, done.result());
        assertEquals(1.0, done.progress());
        assertEquals(manual.now().plus(KEPT), done.expiresAt());
        assertTrue(logged.isEmpty(), "a job that went well says nothing");
    }

    @Test
    void onlyTheOwnerFindsAJobAndOnlyThroughItsGroup() {
        String id = finished(SUM, "amina", progress -> 1);
        assertThrows(NotFound.class, () -> jobs.status(SUM, id, "bilal", ManualJobs.NUMBERS));
        assertThrows(NotFound.class, () -> jobs.status(SUM, id, null, ManualJobs.NUMBERS));
        assertThrows(NotFound.class, () -> jobs.status(CHECK, id, "amina", ManualJobs.NUMBERS), "a sum asked for as an import does not exist");
        assertThrows(NotFound.class, () -> jobs.status(SUM, "no-such-job", "amina", ManualJobs.NUMBERS));
        assertThrows(NotFound.class, () -> jobs.status(SUM, null, "amina", ManualJobs.NUMBERS));
        assertThrows(Forbidden.class, () -> jobs.submit(SUM, null, progress -> 1, ManualJobs.NUMBERS));
        String load = finished(LOAD, "amina", progress -> 1);
        assertEquals(LOAD.name(), jobs.status(CHECK, load, "amina", ManualJobs.NUMBERS).kind(), "any kind of the group finds it, and learns which");
    }

    @Test
    void progressOnlyMovesForward() {
        AtomicReference<String> id = new AtomicReference<>();
        List<JobStatus<Integer>> seen = new ArrayList<>();
        id.set(jobs.submit(SUM, "amina", progress -> {
            progress.at(0.5);
            progress.at(0.3);
            seen.add(jobs.status(SUM, id.get(), "amina", ManualJobs.NUMBERS));
            return 1;
        }, ManualJobs.NUMBERS).id());
        manual.runAll();
        assertEquals(JobState.RUNNING, seen.get(0).state());
        assertEquals(0.5, seen.get(0).progress(), "a later step reporting less never moves the bar back");
    }

    @Test
    void aUserCannotFillTheQueueButOthersAreNotHeldUp() {
        jobs.submit(SUM, "amina", progress -> 1, ManualJobs.NUMBERS);
        jobs.submit(SUM, "amina", progress -> 1, ManualJobs.NUMBERS);
        Conflict tooMany = assertThrows(Conflict.class, () -> jobs.submit(SUM, "amina", progress -> 1, ManualJobs.NUMBERS));
        assertEquals(BackgroundJobs.TOO_MANY, tooMany.messageKey());
        assertArrayEquals(new Object[]{2}, tooMany.arguments());
        assertThrows(Conflict.class, () -> jobs.submit(CHECK, "amina", progress -> 1, ManualJobs.NUMBERS), "the limit counts every kind");
        jobs.submit(SUM, "bilal", progress -> 1, ManualJobs.NUMBERS);
        manual.runAll();
        jobs.submit(SUM, "amina", progress -> 1, ManualJobs.NUMBERS);
    }

    @Test
    void aGroupMayAllowFewerAtATimeThanTheServiceDoes() {
        jobs.submit(CHECK, "amina", progress -> 1, ManualJobs.NUMBERS);
        Conflict running = assertThrows(Conflict.class, () -> jobs.submit(LOAD, "amina", progress -> 1, ManualJobs.NUMBERS));
        assertEquals("check.running", running.messageKey(), "a load waits for the check of the same group");
        jobs.submit(SUM, "amina", progress -> 1, ManualJobs.NUMBERS);
        jobs.submit(LOAD, "bilal", progress -> 1, ManualJobs.NUMBERS);
        manual.runAll();
        jobs.submit(LOAD, "amina", progress -> 1, ManualJobs.NUMBERS);
    }

    @Test
    void aJobTheExecutorRefusesIsForgottenAndTheCallerToldToRetry() {
        manual.refuse(true);
        Unavailable busy = assertThrows(Unavailable.class, () -> jobs.submit(SUM, "amina", progress -> 1, ManualJobs.NUMBERS));
        assertEquals(BackgroundJobs.SERVER_BUSY, busy.messageKey());
        assertFalse(busy.storageFull(), "503 with Retry-After, not 507");
        assertThrows(Unavailable.class, () -> jobs.submit(CHECK, "amina", progress -> 1, ManualJobs.NUMBERS));
        assertEquals(2, logged.size(), "one line per refusal");
        manual.refuse(false);
        jobs.submit(CHECK, "amina", progress -> 1, ManualJobs.NUMBERS); // the refused check does not bar the next one
        jobs.submit(SUM, "amina", progress -> 1, ManualJobs.NUMBERS); // nor do the refused jobs count against the limit
    }

    @Test
    void aFailureEndsFailedAndTheLogGetsOneLineWithoutWhatTheErrorSaid() {
        String id = finished(SUM, "amina", progress -> {
            throw new IllegalStateException("row 7: عباس فاضل",
                    new SQLException("duplicate key value violates unique constraint: (name)=(Abbas Fadel)"));
        });
        JobStatus<Integer> failed = jobs.status(SUM, id, "amina", ManualJobs.NUMBERS);
        assertEquals(JobState.FAILED, failed.state());
        assertEquals("sum.failed", failed.errorKey());
        assertNull(failed.result());
        assertEquals(manual.now().plus(KEPT), failed.expiresAt(), "a failed job expires like any finished one");
        assertEquals(1, logged.size());
        LogRecord line = logged.get(0);
        assertEquals(Level.WARNING, line.getLevel());
        assertNull(line.getThrown(), "no stack trace");
        String text = line.getMessage();
        assertTrue(text.contains("sum job " + id) && text.contains(IllegalStateException.class.getName())
                && text.contains(SQLException.class.getName()) && text.contains("BackgroundJobsTest"), text);
        assertFalse(text.contains("عباس") || text.contains("Abbas") || text.contains("row 7") || text.contains("\n"), text);
    }

    @Test
    void anErrorEndsTheJobToo() {
        String id = finished(SUM, "amina", progress -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertEquals(JobState.FAILED, jobs.status(SUM, id, "amina", ManualJobs.NUMBERS).state());
        jobs.submit(SUM, "amina", progress -> 1, ManualJobs.NUMBERS);
        jobs.submit(SUM, "amina", progress -> 1, ManualJobs.NUMBERS); // the failed one no longer counts against the limit
    }

    @Test
    void ourOwnRefusalsReachTheOwnerAsARequestWouldHaveToldThemAndAreNotLogged() {
        String invalid = finished(SUM, "amina", progress -> {
            throw new InvalidInput("governorate", "validation.oneOf", "BG, BA");
        });
        JobStatus<Integer> status = jobs.status(SUM, invalid, "amina", ManualJobs.NUMBERS);
        assertEquals("validation.oneOf", status.errorKey());
        assertArrayEquals(new Object[]{"BG, BA"}, status.errorArguments());
        String wrapped = finished(SUM, "amina", progress -> {
            throw new RuntimeException("the transaction rolled back", new Conflict("import.failed.concurrent"));
        });
        assertEquals("import.failed.concurrent", jobs.status(SUM, wrapped, "amina", ManualJobs.NUMBERS).errorKey(), "found inside its wrapper");
        String gone = finished(SUM, "amina", progress -> {
            throw new NotFound("upload");
        });
        assertEquals("sum.gone", jobs.status(SUM, gone, "amina", ManualJobs.NUMBERS).errorKey());
        String forbidden = finished(SUM, "bilal", progress -> {
            throw new Forbidden("not on the team any more");
        });
        assertEquals("problem.detail.403", jobs.status(SUM, forbidden, "bilal", ManualJobs.NUMBERS).errorKey());
        assertTrue(logged.isEmpty(), "the owner's refusals are not incidents");
    }

    @Test
    void theServerBeingUnableIsToldAndLogged() {
        String id = finished(SUM, "amina", progress -> {
            throw new Unavailable(false, "problem.databaseUnavailable", new SQLException("connection refused"));
        });
        assertEquals("problem.databaseUnavailable", jobs.status(SUM, id, "amina", ManualJobs.NUMBERS).errorKey());
        assertEquals(1, logged.size());
    }

    @Test
    void aFinishedJobIsForgottenWhenItsTimeIsUpAndAnUnfinishedOneNever() {
        String done = finished(SUM, "amina", progress -> 1);
        String waiting = jobs.submit(SUM, "amina", progress -> 1, ManualJobs.NUMBERS).id();
        manual.advance(KEPT.minusSeconds(1));
        assertEquals(JobState.DONE, jobs.status(SUM, done, "amina", ManualJobs.NUMBERS).state());
        manual.advance(Duration.ofSeconds(1));
        assertThrows(NotFound.class, () -> jobs.status(SUM, done, "amina", ManualJobs.NUMBERS));
        manual.advance(Duration.ofDays(1));
        assertEquals(JobState.QUEUED, jobs.status(SUM, waiting, "amina", ManualJobs.NUMBERS).state(), "still waiting for a worker");
    }

    @Test
    void onlyTheNewestFinishedJobsOfAKindAreKeptPerUser() {
        String oldest = finished(SUM, "amina", progress -> 1);
        List<String> newer = new ArrayList<>();
        for (int i = 0; i < SUM.keptPerUser(); i++) {
            manual.advance(Duration.ofSeconds(1));
            newer.add(finished(SUM, "amina", progress -> 1));
        }
        assertThrows(NotFound.class, () -> jobs.status(SUM, oldest, "amina", ManualJobs.NUMBERS), "the oldest made room");
        newer.forEach(id -> assertEquals(JobState.DONE, jobs.status(SUM, id, "amina", ManualJobs.NUMBERS).state()));
        String check = finished(CHECK, "amina", progress -> 1);
        String others = finished(SUM, "bilal", progress -> 1);
        assertEquals(JobState.DONE, jobs.status(CHECK, check, "amina", ManualJobs.NUMBERS).state(), "other kinds keep their own");
        assertEquals(JobState.DONE, jobs.status(SUM, others, "bilal", ManualJobs.NUMBERS).state(), "other users keep their own");
    }

    @Test
    void anotherNodeAnswersForAJobAndItsOutcome() {
        String done = finished(SUM, "amina", progress -> 42);
        ManualJobs nodeB = new ManualJobs(manual, "node-b");
        assertEquals(42, nodeB.jobs.status(SUM, done, "amina", ManualJobs.NUMBERS).result());
        assertThrows(NotFound.class, () -> nodeB.jobs.status(SUM, done, "bilal", ManualJobs.NUMBERS));
        nodeB.jobs.submit(SUM, "amina", progress -> 1, ManualJobs.NUMBERS);
        jobs.submit(SUM, "amina", progress -> 1, ManualJobs.NUMBERS);
        assertThrows(Conflict.class, () -> nodeB.jobs.submit(SUM, "amina", progress -> 1, ManualJobs.NUMBERS),
                "the limits count the user's jobs on every node");
    }

    @Test
    void aRestartEndsWhatTheNodeWasRunningAndNothingElse() {
        String waiting = jobs.submit(SUM, "amina", progress -> 1, ManualJobs.NUMBERS).id();
        ManualJobs nodeB = new ManualJobs(manual, "node-b");
        String onB = nodeB.jobs.submit(SUM, "bilal", progress -> 1, ManualJobs.NUMBERS).id();
        ManualJobs restartedA = new ManualJobs(manual, "node-a");
        restartedA.jobs.recover();
        JobStatus<Integer> interrupted = restartedA.jobs.status(SUM, waiting, "amina", ManualJobs.NUMBERS);
        assertEquals(JobState.FAILED, interrupted.state(), "never left queued or running for ever");
        assertEquals(BackgroundJobs.INTERRUPTED, interrupted.errorKey());
        assertEquals(restartedA.now().plus(BackgroundJobs.INTERRUPTED_KEPT), interrupted.expiresAt());
        assertEquals(JobState.QUEUED, restartedA.jobs.status(SUM, onB, "bilal", ManualJobs.NUMBERS).state(),
                "a job of another node that still vouches for it goes on");
        manual.runAll(); // the old process's work, had it survived, cannot overwrite the outcome
        assertEquals(BackgroundJobs.INTERRUPTED, restartedA.jobs.status(SUM, waiting, "amina", ManualJobs.NUMBERS).errorKey());
        restartedA.jobs.submit(SUM, "amina", progress -> 1, ManualJobs.NUMBERS); // no longer counts against the limit
    }

    @Test
    void aNodeThatStopsVouchingLosesItsJobsToTheOthers() {
        String onA = jobs.submit(SUM, "amina", progress -> 1, ManualJobs.NUMBERS).id();
        ManualJobs nodeB = new ManualJobs(manual, "node-b");
        String onB = nodeB.jobs.submit(SUM, "bilal", progress -> 1, ManualJobs.NUMBERS).id();
        manual.advance(Duration.parse(BackgroundJobs.DEFAULT_SILENT).minusSeconds(30));
        nodeB.sameTimeAs(manual);
        nodeB.jobs.keepAlive();
        manual.advance(Duration.ofSeconds(31));
        nodeB.sameTimeAs(manual);
        nodeB.jobs.keepAlive(); // A, killed, said nothing for longer than SILENT; B vouched for its own
        assertEquals(BackgroundJobs.INTERRUPTED, nodeB.jobs.status(SUM, onA, "amina", ManualJobs.NUMBERS).errorKey());
        assertEquals(JobState.QUEUED, nodeB.jobs.status(SUM, onB, "bilal", ManualJobs.NUMBERS).state());
    }
}
