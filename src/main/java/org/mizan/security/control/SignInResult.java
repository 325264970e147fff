package org.mizan.security.control;

import org.mizan.security.entity.AppUser;

import java.time.Duration;

/**
 * How a sign-in attempt ended. An unknown user, a wrong password and a disabled account are all
 * {@link Status#REFUSED}: telling them apart would tell an attacker which accounts exist.
 */
public record SignInResult(Status status, AppUser user, Duration retryAfter) {

    public enum Status { SIGNED_IN, REFUSED, THROTTLED }

    static SignInResult signedIn(AppUser user) {
        return new SignInResult(Status.SIGNED_IN, user, null);
    }

    static SignInResult refused() {
        return new SignInResult(Status.REFUSED, null, null);
    }

    static SignInResult throttled(Duration retryAfter) {
        return new SignInResult(Status.THROTTLED, null, retryAfter);
    }

    public boolean succeeded() {
        return status == Status.SIGNED_IN;
    }

    /** Whole seconds to wait, rounded up, for a Retry-After header. */
    public long retryAfterSeconds() {
        return RetryAfter.seconds(retryAfter);
    }

    /** Whole minutes to wait, rounded up, for messages. */
    public long retryAfterMinutes() {
        return RetryAfter.minutes(retryAfter);
    }
}
