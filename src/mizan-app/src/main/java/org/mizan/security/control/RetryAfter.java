package org.mizan.security.control;

import java.time.Duration;

/** A wait told to a client, always rounded up: told to come back too early, it would find the door still shut. */
final class RetryAfter {

    private RetryAfter() {
    }

    /** Whole seconds, at least one, for a Retry-After header. */
    static long seconds(Duration wait) {
        return wait == null ? 0 : Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** Whole minutes, for messages. */
    static long minutes(Duration wait) {
        return wait == null ? 0 : (seconds(wait) + 59) / 60;
    }
}
