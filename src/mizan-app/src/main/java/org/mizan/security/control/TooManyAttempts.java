package org.mizan.security.control;

import java.time.Duration;

/** Too many wrong passwords from this address for this account: try again after {@link #retryAfter()}. */
public class TooManyAttempts extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super("retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, for a Retry-After header. */
    public long retryAfterSeconds() {
        return RetryAfter.seconds(retryAfter);
    }

    /** Whole minutes, rounded up, for messages. */
    public long retryAfterMinutes() {
        return RetryAfter.minutes(retryAfter);
    }
}
