package org.mizan.platform.control;

/**
 * How far a background job has got, from 0 to 1, for the progress bar its owner watches. Called from the job's
 * thread; implementations must be cheap and thread-safe.
 */
@FunctionalInterface
public interface JobProgress {

    /** Nothing is watching. */
    JobProgress NONE = fraction -> { };

    void at(double fraction);

    /** This progress squeezed into [from, to] of the receiver's: a step of a longer job. */
    default JobProgress within(double from, double to) {
        return fraction -> at(from + (to - from) * Math.max(0, Math.min(1, fraction)));
    }
}
