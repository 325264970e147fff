package org.mizan.imports.control;

import org.junit.jupiter.api.Test;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.ManualJobs;
import org.mizan.platform.control.NotFound;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dry runs and imports on the job service: one at a time per user, states as the import page and API know them. */
class ImportJobsTest {

    private static final ImportReport REPORT = new ImportReport(null, 3, 3, 3, 0, 0, 0, List.of(), List.of(), List.of(),
            List.of());

    private final ManualJobs manual = new ManualJobs(2);
    private final ImportJobs jobs = new ImportJobs();

    {
        jobs.jobs = manual.jobs;
    }

    @Test
    void aDryRunWaitingForAWorkerShowsAsRunningThenDone() {
        ImportJobs.Status queued = jobs.submit("amina", true, progress -> REPORT);
        assertTrue(queued.dryRun());
        assertEquals(ImportJobs.State.RUNNING, queued.state());
        manual.runAll();
        ImportJobs.Status done = jobs.status(queued.id(), "amina");
        assertEquals(ImportJobs.State.DONE, done.state());
        assertSame(REPORT, done.report());
        assertTrue(done.dryRun());
    }

    @Test
    void oneDryRunOrImportAtATimePerUser() {
        jobs.submit("amina", true, progress -> REPORT);
        Conflict running = assertThrows(Conflict.class, () -> jobs.submit("amina", false, progress -> REPORT));
        assertEquals("import.job.running", running.messageKey());
        jobs.submit("bilal", false, progress -> REPORT);
        manual.runAll();
        assertFalse(jobs.submit("amina", false, progress -> REPORT).dryRun());
    }

    @Test
    void anUploadGoneMeanwhileIsSaidSo() {
        String id = jobs.submit("amina", false, progress -> {
            throw new NotFound("import upload");
        }).id();
        manual.runAll();
        ImportJobs.Status failed = jobs.status(id, "amina");
        assertEquals(ImportJobs.State.FAILED, failed.state());
        assertEquals("import.upload.gone", failed.errorKey());
        assertThrows(NotFound.class, () -> jobs.status(id, "bilal"));
    }
}
