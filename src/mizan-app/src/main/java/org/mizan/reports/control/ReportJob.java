package org.mizan.reports.control;

import org.mizan.reports.entity.ReportJobState;

import java.time.Instant;

/**
 * One report being generated in the background for one user, and its outcome: the issued PDF, or the message key
 * (and arguments) of why it failed — never an exception's text. Written by the worker, read by the owner's polls.
 */
final class ReportJob {

    final String id;
    final String owner;
    final Instant submittedAt;
    private volatile ReportJobState state = ReportJobState.QUEUED;
    private volatile double progress;
    private volatile IssuedPdf issued;
    private volatile String errorKey;
    private volatile Object[] errorArguments = new Object[0];
    private volatile Instant finishedAt;

    ReportJob(String id, String owner, Instant submittedAt) {
        this.id = id;
        this.owner = owner;
        this.submittedAt = submittedAt;
    }

    void running() {
        state = ReportJobState.RUNNING;
    }

    /** Never backwards: the steps of a report report their own shares, and a bar that shrinks looks broken. */
    synchronized void at(double fraction) {
        progress = Math.max(progress, Math.min(1, Math.max(0, fraction)));
    }

    void ready(IssuedPdf pdf, Instant at) {
        issued = pdf;
        progress = 1;
        finishedAt = at;
        state = ReportJobState.READY;
    }

    void failed(String key, Object[] arguments, Instant at) {
        errorKey = key;
        errorArguments = arguments.clone();
        finishedAt = at;
        state = ReportJobState.FAILED;
    }

    ReportJobState state() { return state; }
    IssuedPdf issued() { return issued; }
    Instant finishedAt() { return finishedAt; }

    ReportJobs.Status status(Instant expiresAt) {
        IssuedPdf pdf = issued;
        return new ReportJobs.Status(id, state, progress, pdf == null ? null : pdf.reportId(), pdf == null ? null : pdf.sha256(),
                errorKey, errorArguments.clone(), submittedAt, expiresAt);
    }
}
