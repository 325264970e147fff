package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.platform.control.BackgroundJobs;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.JobKind;
import org.mizan.platform.control.JobState;
import org.mizan.platform.control.JobStatus;
import org.mizan.reports.entity.ReportJobState;

import java.time.Duration;
import java.time.Instant;

/**
 * Reports generated in the background, as {@link BackgroundJobs} of their own kind: any report — a job is a function
 * of its progress that returns the {@link IssuedPdf} — while the page or client polls its state and progress, and only
 * the user who asked may see or download it. A finished report is kept {@link #KEPT}, at most {@link #KEPT_PER_USER}
 * per user; the issued report stays registered and audited either way.
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

    @Inject
    BackgroundJobs jobs;

    /** Queues {@code work} for {@code owner} and returns at once; refused as {@link BackgroundJobs#submit} refuses. */
    public Status submit(String owner, BackgroundJobs.Work<IssuedPdf> work) {
        return status(jobs.submit(KIND, owner, work));
    }

    /** The job's state and progress; 404 unless it exists, is still kept and is the owner's. */
    public Status status(String id, String owner) {
        return status(jobs.<IssuedPdf>status(KIND, id, owner));
    }

    /** The finished report; 404 as {@link #status}, 409 while it is not ready (or failed). */
    public IssuedPdf pdf(String id, String owner) {
        JobStatus<IssuedPdf> job = jobs.status(KIND, id, owner);
        if (job.state() != JobState.DONE) {
            throw new Conflict("reportJob.notReady");
        }
        return job.result();
    }

    private static Status status(JobStatus<IssuedPdf> job) {
        IssuedPdf pdf = job.result();
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
