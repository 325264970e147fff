package org.mizan.reports.control;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.reports.entity.ReportJobState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Background report jobs: only the owner sees them, progress, failures as message keys, expiry and the per-user caps. */
class ReportJobsTest {

    private static final IssuedPdf PDF = new IssuedPdf("R-1", Instant.EPOCH, "ab".repeat(32), new byte[]{1, 2, 3});

    /** A clock the test moves. */
    private static final class Movable extends Clock {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private final Movable clock = new Movable();
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final ReportJobs jobs = new ReportJobs();

    {
        jobs.executor = executor;
        jobs.clock = clock;
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private ReportJobs.Status await(String id, String owner) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            ReportJobs.Status status = jobs.status(id, owner);
            if (status.state().finished()) {
                return status;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("job never finished");
    }

    @Test
    void theOwnerFollowsTheProgressAndDownloads() throws InterruptedException {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        ReportJobs.Status queued = jobs.submit("amina", progress -> {
            progress.at(0.5);
            progress.at(0.3); // a later step reporting less never moves the bar back
            halfway.countDown();
            await(go);
            return PDF;
        });
        assertTrue(halfway.await(5, TimeUnit.SECONDS));
        ReportJobs.Status running = jobs.status(queued.id(), "amina");
        assertEquals(ReportJobState.RUNNING, running.state());
        assertEquals(0.5, running.progress());
        assertThrows(Conflict.class, () -> jobs.pdf(queued.id(), "amina"), "409 while running");
        go.countDown();
        ReportJobs.Status ready = await(queued.id(), "amina");
        assertEquals(ReportJobState.READY, ready.state());
        assertEquals(1.0, ready.progress());
        assertEquals("R-1", ready.reportId());
        assertEquals(clock.now.plus(ReportJobs.KEPT), ready.expiresAt());
        assertArrayEquals(PDF.pdf(), jobs.pdf(queued.id(), "amina").pdf());
    }

    @Test
    void anyoneElseFindsNothing() throws InterruptedException {
        String id = jobs.submit("amina", progress -> PDF).id();
        await(id, "amina");
        assertThrows(NotFound.class, () -> jobs.status(id, "bilal"));
        assertThrows(NotFound.class, () -> jobs.pdf(id, "bilal"));
        assertThrows(NotFound.class, () -> jobs.status("no-such-job", "amina"));
    }

    @Test
    void aFailureKeepsAMessageKeyNotTheException() throws InterruptedException {
        String broken = jobs.submit("amina", progress -> {
            throw new IllegalStateException("secret internals at line 42");
        }).id();
        ReportJobs.Status failed = await(broken, "amina");
        assertEquals(ReportJobState.FAILED, failed.state());
        assertEquals("reportJob.failed", failed.errorKey());
        assertNull(failed.reportId());
        String invalid = jobs.submit("amina", progress -> {
            throw new InvalidInput("governorate", "validation.oneOf", "BG, BA");
        }).id();
        assertEquals("validation.oneOf", await(invalid, "amina").errorKey());
        assertThrows(Conflict.class, () -> jobs.pdf(broken, "amina"));
    }

    @Test
    void aFinishedReportIsForgottenAfterAnHour() throws InterruptedException {
        String id = jobs.submit("amina", progress -> PDF).id();
        await(id, "amina");
        clock.now = clock.now.plus(ReportJobs.KEPT).minus(Duration.ofSeconds(1));
        assertEquals(ReportJobState.READY, jobs.status(id, "amina").state());
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertThrows(NotFound.class, () -> jobs.status(id, "amina"));
    }

    @Test
    void onlyTheNewestFinishedReportsOfAUserAreKept() throws InterruptedException {
        String first = jobs.submit("amina", progress -> PDF).id();
        await(first, "amina");
        for (int i = 0; i < ReportJobs.KEPT_PER_USER; i++) {
            clock.now = clock.now.plusSeconds(1);
            await(jobs.submit("amina", progress -> PDF).id(), "amina");
        }
        assertThrows(NotFound.class, () -> jobs.status(first, "amina"), "the oldest made room");
    }

    @Test
    void aUserCannotQueueMoreThanTheCap() {
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < ReportJobs.UNFINISHED_PER_USER; i++) {
            jobs.submit("amina", progress -> {
                await(go);
                return PDF;
            });
        }
        assertThrows(Conflict.class, () -> jobs.submit("amina", progress -> PDF));
        jobs.submit("bilal", progress -> PDF); // someone else is not held up
        go.countDown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
