package org.mizan.reports.control;

import org.junit.jupiter.api.Test;
import org.mizan.platform.control.BackgroundJobs;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.ManualJobs;
import org.mizan.platform.control.NotFound;
import org.mizan.platform.control.Sha256;
import org.mizan.reports.entity.ReportJobState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Background report jobs: the report's states and download on top of the job service's policy. */
class ReportJobsTest {

    private static final byte[] BYTES = {1, 2, 3};
    private static final IssuedPdf PDF = new IssuedPdf("R-1", Instant.EPOCH, Sha256.hex(BYTES), BYTES);

    private final ManualJobs manual = new ManualJobs(2);
    private final ReportJobs jobs = new ReportJobs();

    {
        jobs.jobs = manual.jobs;
    }

    private String finished(String owner, BackgroundJobs.Work<IssuedPdf> work) {
        String id = jobs.submit(owner, work).id();
        manual.runAll();
        return id;
    }

    @Test
    void theOwnerFollowsTheProgressAndDownloads() {
        AtomicReference<String> id = new AtomicReference<>();
        List<ReportJobs.Status> seen = new ArrayList<>();
        ReportJobs.Status queued = jobs.submit("amina", progress -> {
            progress.at(0.5);
            seen.add(jobs.status(id.get(), "amina"));
            assertThrows(Conflict.class, () -> jobs.pdf(id.get(), "amina"), "409 while running");
            return PDF;
        });
        id.set(queued.id());
        assertEquals(ReportJobState.QUEUED, queued.state());
        manual.runAll();
        assertEquals(ReportJobState.RUNNING, seen.get(0).state());
        assertEquals(0.5, seen.get(0).progress());
        ReportJobs.Status ready = jobs.status(queued.id(), "amina");
        assertEquals(ReportJobState.READY, ready.state());
        assertEquals(1.0, ready.progress());
        assertEquals("R-1", ready.reportId());
        assertEquals(Sha256.hex(BYTES), ready.sha256());
        assertEquals(manual.now().plus(ReportJobs.KEPT), ready.expiresAt());
        assertArrayEquals(PDF.pdf(), jobs.pdf(queued.id(), "amina").pdf());
    }

    @Test
    void anyoneElseFindsNothing() {
        String id = finished("amina", progress -> PDF);
        assertThrows(NotFound.class, () -> jobs.status(id, "bilal"));
        assertThrows(NotFound.class, () -> jobs.pdf(id, "bilal"));
        assertThrows(NotFound.class, () -> jobs.status("no-such-job", "amina"));
    }

    @Test
    void aFailureKeepsAMessageKeyNotTheException() {
        String broken = finished("amina", progress -> {
            throw new IllegalStateException("secret internals at line 42");
        });
        ReportJobs.Status failed = jobs.status(broken, "amina");
        assertEquals(ReportJobState.FAILED, failed.state());
        assertEquals("reportJob.failed", failed.errorKey());
        assertNull(failed.reportId());
        String invalid = finished("amina", progress -> {
            throw new InvalidInput("governorate", "validation.oneOf", "BG, BA");
        });
        assertEquals("validation.oneOf", jobs.status(invalid, "amina").errorKey());
        assertThrows(Conflict.class, () -> jobs.pdf(broken, "amina"), "nothing to download");
    }

    @Test
    void aFinishedReportIsForgottenAfterAnHour() {
        String id = finished("amina", progress -> PDF);
        manual.advance(ReportJobs.KEPT.minus(Duration.ofSeconds(1)));
        assertEquals(ReportJobState.READY, jobs.status(id, "amina").state());
        manual.advance(Duration.ofSeconds(1));
        assertThrows(NotFound.class, () -> jobs.status(id, "amina"));
    }

    @Test
    void onlyTheNewestFinishedReportsOfAUserAreKept() {
        String first = finished("amina", progress -> PDF);
        for (int i = 0; i < ReportJobs.KEPT_PER_USER; i++) {
            manual.advance(Duration.ofSeconds(1));
            finished("amina", progress -> PDF);
        }
        assertThrows(NotFound.class, () -> jobs.status(first, "amina"), "the oldest made room");
    }

    @Test
    void anotherNodeOnTheSameDataDownloadsTheSameFile() {
        String id = finished("amina", progress -> PDF);
        ManualJobs nodeB = new ManualJobs(manual, "node-b");
        ReportJobs onB = new ReportJobs();
        onB.jobs = nodeB.jobs;
        assertEquals(ReportJobState.READY, onB.status(id, "amina").state());
        assertArrayEquals(BYTES, onB.pdf(id, "amina").pdf(), "the PDF is in the shared data folder, not in A's memory");
        assertThrows(NotFound.class, () -> onB.pdf(id, "bilal"));
    }

    @Test
    void aKeptFileThatWasChangedOrLostIsNotHandedOut() throws Exception {
        String changed = finished("amina", progress -> PDF);
        manual.advance(Duration.ofSeconds(1));
        String lost = finished("amina", progress -> PDF);
        java.nio.file.Files.write(manual.jobFolder(changed).resolve(ReportJobs.FILE), new byte[]{1, 2, 4});
        java.nio.file.Files.delete(manual.jobFolder(lost).resolve(ReportJobs.FILE));
        assertThrows(NotFound.class, () -> jobs.pdf(changed, "amina"), "a changed copy is not the report that was issued");
        assertThrows(NotFound.class, () -> jobs.pdf(lost, "amina"));
    }

    @Test
    void anExpiredReportsFileIsDeletedEvenIfNobodyAsksAgain() {
        String id = finished("amina", progress -> PDF);
        java.nio.file.Path file = manual.jobFolder(id).resolve(ReportJobs.FILE);
        org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.exists(file));
        manual.advance(ReportJobs.KEPT);
        manual.jobs.keepAlive(); // the watch's round, with no request at all
        org.junit.jupiter.api.Assertions.assertFalse(java.nio.file.Files.exists(file), "a report names victims: gone after its hour");
    }
}
