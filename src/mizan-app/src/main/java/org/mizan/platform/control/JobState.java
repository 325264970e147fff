package org.mizan.platform.control;

/** Where a background job stands. */
public enum JobState {
    /** Accepted, waiting for a free worker. */
    QUEUED,
    /** At work. */
    RUNNING,
    /** Finished with its result. */
    DONE,
    /** Finished without one, with a message for its owner. */
    FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
