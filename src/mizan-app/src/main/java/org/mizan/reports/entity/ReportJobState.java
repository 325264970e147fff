package org.mizan.reports.entity;

/** Where a report generated in the background stands. */
public enum ReportJobState {
    /** Accepted, waiting for a free worker. */
    QUEUED,
    /** Being gathered or rendered. */
    RUNNING,
    /** Issued: the PDF may be downloaded by the one who asked, until it expires. */
    READY,
    /** Given up, with a message in the reader's language. */
    FAILED;

    public boolean finished() {
        return this == READY || this == FAILED;
    }
}
