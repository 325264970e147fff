package org.mizan.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.platform.control.BackgroundJobs;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.mizan.platform.control.JobKind;
import org.mizan.platform.control.JobResults;
import org.mizan.platform.control.JobStatus;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Dry runs and imports in the background, as {@link BackgroundJobs} of one group, while the page or client polls
 * {@link #status}. One unfinished job of the group per user: an import and a dry run of the same person must not race
 * over the same file. A finished job is kept {@link #KEPT}, its report with it; the batch itself is in the database and
 * the audit trail either way. A job is the owner's alone.
 */
@ApplicationScoped
public class ImportJobs {

    public static final Duration KEPT = Duration.ofHours(2);
    /** Finished dry runs (and imports) kept per user: each holds its report, up to 500 row errors. */
    static final int KEPT_PER_USER = 5;
    static final JobKind DRY_RUN = JobKind.of("dry run", KEPT, KEPT_PER_USER, "import.failed", "import.upload.gone")
            .limited("import", 1, "import.job.running");
    static final JobKind IMPORT = DRY_RUN.named("import");

    /** Waiting for a worker counts as running: the owner sees one bar either way. */
    public enum State { RUNNING, DONE, FAILED }

    /** What the owner may learn: progress, then the report, or a message key with its arguments. */
    public record Status(String id, boolean dryRun, State state, double progress, ImportReport report, String errorKey,
                         Object[] errorArguments) {
    }

    /** A report is kept as JSON in its job's row: any node shows it, and a restart does not lose it. */
    static final JobResults<ImportReport, ImportReport> RESULTS = new JobResults<>() {
        @Override
        public String write(ImportReport report, Path folder) {
            return JSON.toJson(report);
        }

        @Override
        public ImportReport read(String json, Path folder) {
            return JSON.fromJson(json, ImportReport.class);
        }
    };
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    BackgroundJobs jobs;

    public Status submit(String owner, boolean dryRun, BackgroundJobs.Work<ImportReport> work) {
        return status(jobs.submit(dryRun ? DRY_RUN : IMPORT, owner, work, RESULTS));
    }

    public Status status(String id, String owner) {
        return status(jobs.status(IMPORT, id, owner, RESULTS));
    }

    private static Status status(JobStatus<ImportReport> job) {
        State state = switch (job.state()) {
            case QUEUED, RUNNING -> State.RUNNING;
            case DONE -> State.DONE;
            case FAILED -> State.FAILED;
        };
        return new Status(job.id(), DRY_RUN.name().equals(job.kind()), state, job.progress(), job.result(), job.errorKey(),
                job.errorArguments());
    }
}
