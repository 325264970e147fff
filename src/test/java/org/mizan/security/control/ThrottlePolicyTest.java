package org.mizan.security.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThrottlePolicyTest {

    private final ThrottlePolicy policy = new ThrottlePolicy(5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-11-27T12:00:00Z");

    private List<Instant> failuresMinutesAgo(int... minutes) {
        return IntStream.of(minutes).mapToObj(m -> now.minus(Duration.ofMinutes(m))).toList();
    }

    @Test
    void fourFailuresAreTolerated() {
        assertTrue(policy.retryAfter(failuresMinutesAgo(1, 2, 3, 4), now).isEmpty());
    }

    @Test
    void theFifthFailureLocksUntilTheOldestOfFiveLeavesTheWindow() {
        assertEquals(Duration.ofMinutes(5), policy.retryAfter(failuresMinutesAgo(0, 1, 2, 3, 10), now).orElseThrow());
    }

    @Test
    void onlyTheNewestFiveCount() {
        assertEquals(Duration.ofMinutes(11), policy.retryAfter(failuresMinutesAgo(0, 1, 2, 4, 4, 14), now).orElseThrow());
    }

    @Test
    void theLockEndsExactlyWhenTheWindowHasPassed() {
        assertTrue(policy.retryAfter(failuresMinutesAgo(11, 12, 13, 14, 15), now).isEmpty());
    }
}
