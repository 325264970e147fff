package org.mizan.security.control;

import org.mizan.security.entity.AppUser;

import java.time.Duration;

/**
 * How a sign-in attempt ended. An unknown user, a wrong password and a disabled account are all
 * {@link Status#REFUSED}: telling them apart would tell an attacker which accounts exist. The second-factor
 * outcomes come only after the right password, so they tell nothing to someone who does not know it.
 */
public record SignInResult(Status status, AppUser user, Duration retryAfter) {

    public enum Status {
        SIGNED_IN, REFUSED, THROTTLED,
        /** Right password; the account has an authenticator and no code was given ({@link #user()} is set). */
        SECOND_FACTOR_REQUIRED,
        /** Right password, wrong code: counted as a failed attempt. */
        SECOND_FACTOR_WRONG,
        /** Right password, but the account must set up an authenticator first, which only the pages offer. */
        ENROLMENT_REQUIRED
    }

    static SignInResult signedIn(AppUser user) {
        return new SignInResult(Status.SIGNED_IN, user, null);
    }

    static SignInResult refused() {
        return new SignInResult(Status.REFUSED, null, null);
    }

    static SignInResult secondFactorRequired(AppUser user) {
        return new SignInResult(Status.SECOND_FACTOR_REQUIRED, user, null);
    }

    static SignInResult of(Status status) {
        return new SignInResult(status, null, null);
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
