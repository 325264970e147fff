package org.mizan.security.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThrottlePolicyTest {

    private final ThrottlePolicy policy = new ThrottlePolicy(5, 5, 20, Duration.ofHours(1),
            Duration.ofSeconds(30), Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-11-27T12:00:00Z");
    private final Instant justNow = now.minusSeconds(1);

    private Optional<Duration> wait(long pair, long account, long address, boolean known) {
        return policy.retryAfter(new ThrottlePolicy.Attempt(count(pair), account, count(address), known), now);
    }

    private ThrottlePolicy.Count count(long failures) {
        return failures == 0 ? ThrottlePolicy.Count.NONE : new ThrottlePolicy.Count(failures, justNow);
    }

    @Test
    void fourFailuresFromOneAddressAreTolerated() {
        assertTrue(wait(4, 4, 4, false).isEmpty());
    }

    @Test
    void theFifthFailureMakesThatAddressWaitAndEachFurtherFailureDoublesTheWait() {
        assertEquals(Duration.ofSeconds(29), wait(5, 5, 5, false).orElseThrow());
        assertEquals(Duration.ofSeconds(59), wait(6, 6, 6, false).orElseThrow());
        assertEquals(Duration.ofSeconds(119), wait(7, 7, 7, false).orElseThrow());
    }

    @Test
    void theWaitStopsGrowingAtTheMaximum() {
        assertEquals(Duration.ofMinutes(15), policy.delay(40));
        assertEquals(Duration.ofMinutes(15).minusSeconds(1), wait(50, 50, 50, false).orElseThrow());
    }

    @Test
    void theWaitIsCountedFromTheNewestFailure() {
        ThrottlePolicy.Count longAgo = new ThrottlePolicy.Count(5, now.minusSeconds(31));
        assertTrue(policy.retryAfter(new ThrottlePolicy.Attempt(longAgo, 5, longAgo, false), now).isEmpty());
    }

    @Test
    void anAccountUnderAttackFromElsewhereNeverStopsAnAddressThatHasNotFailedForIt() {
        assertTrue(wait(0, 500, 0, false).isEmpty(), "the owner from a clean address");
        assertEquals(Duration.ofSeconds(29), wait(1, 500, 1, false).orElseThrow(), "an attacking address after one failure");
    }

    @Test
    void anAddressSprayingManyAccountsWaitsExceptForAccountsThatSignedInFromThereBefore() {
        assertTrue(wait(0, 0, 19, false).isEmpty());
        assertEquals(Duration.ofSeconds(29), wait(0, 0, 20, false).orElseThrow(), "a stranger at the spraying address");
        assertTrue(wait(0, 0, 20, true).isEmpty(), "a colleague in the same office");
        assertEquals(Duration.ofSeconds(29), wait(5, 5, 25, true).orElseThrow(), "a colleague's own failures still count");
    }
}
