package org.mizan.reports.control;

/**
 * How far a report has got, from 0 to 1, for the progress bar of a report generated in the background.
 * Called from the generating thread; implementations must be cheap and thread-safe.
 */
@FunctionalInterface
public interface ReportProgress {

    /** Nothing is watching. */
    ReportProgress NONE = fraction -> { };

    void at(double fraction);

    /** This progress squeezed into [from, to] of the receiver's: a step of a longer job. */
    default ReportProgress within(double from, double to) {
        return fraction -> at(from + (to - from) * Math.max(0, Math.min(1, fraction)));
    }
}
