package org.mizan.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * After {@code maxFailures} failed sign-ins within {@code window}, further attempts wait until the
 * oldest of those failures has left the window.
 */
public record ThrottlePolicy(int maxFailures, Duration window) {

    /** How long to wait, given the failures inside the window, newest first; empty when not throttled. */
    public Optional<Duration> retryAfter(List<Instant> recentFailuresNewestFirst, Instant now) {
        if (recentFailuresNewestFirst.size() < maxFailures) {
            return Optional.empty();
        }
        Instant oldestCounted = recentFailuresNewestFirst.get(maxFailures - 1);
        Duration wait = Duration.between(now, oldestCounted.plus(window));
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public Instant windowStart(Instant now) {
        return now.minus(window);
    }
}
