package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.platform.control.BackgroundJobs;
import org.mizan.platform.control.Conflict;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.mizan.platform.control.JobKind;
import org.mizan.platform.control.JobResults;
import org.mizan.platform.control.NotFound;
import org.mizan.platform.control.Sha256;
import org.mizan.platform.control.JobState;
import org.mizan.platform.control.JobStatus;
import org.mizan.reports.entity.ReportJobState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Reports generated in the background, as {@link BackgroundJobs} of their own kind: any report — a job is a function
 * of its progress that returns the {@link IssuedPdf} — while the page or client polls its state and progress, and only
 * the user who asked may see or download it, from any node. A finished report is kept {@link #KEPT}, at most
 * {@link #KEPT_PER_USER} per user, as a file of its job ({@value #FILE}); the issued report stays registered and audited
 * either way.
 */
@ApplicationScoped
public class ReportJobs {

    /** How long a finished report waits for its download. */
    public static final Duration KEPT = Duration.ofHours(1);
    /** Finished reports kept per user. */
    public static final int KEPT_PER_USER = 5;
    static final String FAILED = "reportJob.failed";
    static final JobKind KIND = JobKind.of("report", KEPT, KEPT_PER_USER, FAILED, "problem.notFound");

    /**
     * What the owner may learn of a job. {@code reportId} and {@code sha256} once READY; {@code errorKey} (with its
     * arguments, a message of the bundles) once FAILED; {@code expiresAt} once finished.
     */
    public record Status(String id, ReportJobState state, double progress, String reportId, String sha256, String errorKey,
                         Object[] errorArguments, Instant submittedAt, Instant expiresAt) {
    }

    static final String FILE = "report.pdf";
    private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());

    /** A finished report as its job keeps it: the registry's facts in the job's row, the file beside it. */
    record ReportFile(String reportId, Instant issuedAt, String sha256, Path pdf) {
    }

    /** The facts of a {@link ReportFile} as its job's row holds them. */
    public record Facts(String reportId, Instant issuedAt, String sha256) {
    }

    static final JobResults<IssuedPdf, ReportFile> RESULTS = new JobResults<>() {
        @Override
        public String write(IssuedPdf report, Path folder) throws IOException {
            Path file = folder.resolve(FILE);
            Files.write(file, report.pdf());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true); // "ready" is said only of a report that is on the disk
            }
            return JSON.toJson(new Facts(report.reportId(), report.issuedAt(), report.sha256()));
        }

        @Override
        public ReportFile read(String json, Path folder) {
            Facts facts = JSON.fromJson(json, Facts.class);
            return new ReportFile(facts.reportId(), facts.issuedAt(), facts.sha256(), folder.resolve(FILE));
        }
    };
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    BackgroundJobs jobs;

    /** Queues {@code work} for {@code owner} and returns at once; refused as {@link BackgroundJobs#submit} refuses. */
    public Status submit(String owner, BackgroundJobs.Work<IssuedPdf> work) {
        return status(jobs.submit(KIND, owner, work, RESULTS));
    }

    /** The job's state and progress; 404 unless it exists, is still kept and is the owner's. */
    public Status status(String id, String owner) {
        return status(jobs.status(KIND, id, owner, RESULTS));
    }

    /**
     * The finished report; 404 as {@link #status}, 409 while it is not ready (or failed). A file that is gone or no
     * longer the one issued is not handed out: 404, and one line in the log.
     */
    public IssuedPdf pdf(String id, String owner) {
        JobStatus<ReportFile> job = jobs.status(KIND, id, owner, RESULTS);
        if (job.state() != JobState.DONE) {
            throw new Conflict("reportJob.notReady");
        }
        ReportFile file = job.result();
        try {
            byte[] pdf = Files.readAllBytes(file.pdf());
            if (Sha256.hex(pdf).equals(file.sha256())) {
                return new IssuedPdf(file.reportId(), file.issuedAt(), file.sha256(), pdf);
            }
            LOG.warning(() -> "The kept file of report " + file.reportId() + " is not the one issued; it is not handed out");
        } catch (NoSuchFileException e) {
            LOG.warning(() -> "The kept file of report " + file.reportId() + " is gone");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new NotFound("report job");
    }

    private static Status status(JobStatus<ReportFile> job) {
        ReportFile pdf = job.result();
        return new Status(job.id(), state(job.state()), job.progress(), pdf == null ? null : pdf.reportId(),
                pdf == null ? null : pdf.sha256(), job.errorKey(), job.errorArguments(), job.submittedAt(), job.expiresAt());
    }

    private static ReportJobState state(JobState state) {
        return switch (state) {
            case QUEUED -> ReportJobState.QUEUED;
            case RUNNING -> ReportJobState.RUNNING;
            case DONE -> ReportJobState.READY;
            case FAILED -> ReportJobState.FAILED;
        };
    }
}
