package org.mizan.imports.control;

import org.junit.jupiter.api.Test;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.ManualJobs;
import org.mizan.platform.control.NotFound;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertEquals(REPORT, done.report());
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

    @Test
    void aReportComesBackFromItsJobsRowWhole() {
        ImportReport report = new ImportReport(7L, 5, 2, 2, 1, 1, 1,
                List.of(new RowError(4, "governorate", "validation.oneOf", "BG, BA", 3)),
                List.of(new ImportReport.PossibleDuplicate(2, "سجاد الموسوي", 11L, "Sajjad al-Musawi", null, 0.92,
                        List.of("name", "birth year"))),
                List.of(new ImportReport.KnownRow(3, 6, 3, "MZN-2020-0010")),
                List.of(new ImportReport.Sample(1, "عمر فاضل", "2020-03-10", "BG", List.of("ASSASSINATION"), "unknown",
                        "MZN-2020-0011")));
        String id = jobs.submit("amina", false, progress -> report).id();
        manual.runAll();
        ImportReport back = new ImportJobs() {{ jobs = new ManualJobs(manual, "node-b").jobs; }}.status(id, "amina").report();
        assertEquals(report.duplicates(), back.duplicates());
        assertEquals(report.known(), back.known());
        assertEquals(report.sample(), back.sample());
        assertEquals(List.of(report.batchId(), report.rowsRead(), report.casesCreated(), report.personsCreated(),
                        report.rowsKnown(), report.rowsInvalid(), report.duplicateCount()),
                List.of(back.batchId(), back.rowsRead(), back.casesCreated(), back.personsCreated(), back.rowsKnown(),
                        back.rowsInvalid(), back.duplicateCount()));
        RowError error = back.errors().get(0);
        assertEquals(List.of(4L, "governorate", "validation.oneOf"), List.of(error.row(), error.column(), error.messageKey()));
        assertEquals("[BG, BA, 3]", java.util.Arrays.toString(error.arguments()), "the message's arguments, as it shows them");
    }
}
