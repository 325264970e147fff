package org.mizan.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows guessing without letting anyone lock an owner out. Failures count per account and address
 * (the pair) and per address. A pair that failed {@code pairAllowance} times waits, and each further
 * failure doubles the wait, from {@code firstDelay} up to {@code maxDelay}. An account that failed
 * {@code accountAllowance} times from other addresses is under attack: then every address that failed
 * for it waits from its first failure — but an address that has not failed for it never waits because
 * of the attack, so the owner still signs in. An address that failed {@code addressAllowance}
 * times (spraying many accounts) waits likewise, except for accounts that have signed in from there
 * before: the colleagues in an office behind one address go on working.
 */
public record ThrottlePolicy(int pairAllowance, int accountAllowance, int addressAllowance, Duration window,
                             Duration firstDelay, Duration maxDelay) {

    /** How many failures inside the window, and when the newest was. */
    public record Count(long failures, Instant newest) {
        public static final Count NONE = new Count(0, null);
    }

    /** What is known about one attempt: failures of the pair, of the account overall, of the address, and whether the pair ever succeeded. */
    public record Attempt(Count pair, long accountFailures, Count address, boolean knownAddress) {
    }

    /** How long this attempt must wait; empty when it may go ahead now. */
    public Optional<Duration> retryAfter(Attempt attempt, Instant now) {
        boolean accountUnderAttack = attempt.accountFailures() - attempt.pair().failures() >= accountAllowance;
        Optional<Duration> byPair = wait(attempt.pair(), accountUnderAttack ? 1 : pairAllowance, now);
        Optional<Duration> byAddress = attempt.knownAddress() ? Optional.empty() : wait(attempt.address(), addressAllowance, now);
        if (byPair.isPresent() && byAddress.isPresent()) {
            return byPair.get().compareTo(byAddress.get()) >= 0 ? byPair : byAddress;
        }
        return byPair.isPresent() ? byPair : byAddress;
    }

    /** The wait after the {@code beyond}-th failure past an allowance (0 for the failure that used it up). */
    public Duration delay(long beyond) {
        Duration delay = firstDelay;
        for (long i = 0; i < beyond && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    private Optional<Duration> wait(Count count, long allowance, Instant now) {
        if (count.failures() < allowance || count.newest() == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, count.newest().plus(delay(count.failures() - allowance)));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }
}
