package org.mizan.platform.control;

import java.time.Instant;

/**
 * One job of {@link BackgroundJobs} for one user, and its outcome: the result, or the message key (and arguments) of
 * why it failed — never an exception's text. Written by the worker, read by the owner's polls.
 */
final class BackgroundJob<R> {

    final String id;
    final JobKind kind;
    final String owner;
    final Instant submittedAt;
    private volatile JobState state = JobState.QUEUED;
    private volatile double progress;
    private volatile R result;
    private volatile String errorKey;
    private volatile Object[] errorArguments = new Object[0];
    private volatile Instant finishedAt;

    BackgroundJob(String id, JobKind kind, String owner, Instant submittedAt) {
        this.id = id;
        this.kind = kind;
        this.owner = owner;
        this.submittedAt = submittedAt;
    }

    void running() {
        state = JobState.RUNNING;
    }

    /** Never backwards: the steps of a job report their own shares, and a bar that shrinks looks broken. */
    synchronized void at(double fraction) {
        progress = Math.max(progress, Math.min(1, Math.max(0, fraction)));
    }

    void done(R outcome, Instant at) {
        result = outcome;
        progress = 1;
        finishedAt = at;
        state = JobState.DONE;
    }

    void failed(String key, Object[] arguments, Instant at) {
        errorKey = key;
        errorArguments = arguments.clone();
        finishedAt = at;
        state = JobState.FAILED;
    }

    JobState state() { return state; }
    Instant finishedAt() { return finishedAt; }

    boolean isOf(String user) {
        return owner.equals(user);
    }

    /** Forgotten: finished at least its kind's {@link JobKind#kept} ago. */
    boolean expired(Instant now) {
        Instant finished = finishedAt;
        return finished != null && !finished.plus(kind.kept()).isAfter(now);
    }

    JobStatus<R> status() {
        Instant finished = finishedAt;
        return new JobStatus<>(id, kind, state, progress, result, errorKey, errorArguments.clone(), submittedAt,
                finished == null ? null : finished.plus(kind.kept()));
    }
}
