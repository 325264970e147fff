package org.mizan.security.control;

import org.mizan.audit.entity.AuditDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.security.entity.AppUser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a username and password and, for an account with an authenticator, its code; with throttling,
 * recording every attempt in the audit trail. A wrong code counts as a failed attempt, as a wrong password does.
 */
@ApplicationScoped
public class Authenticator {

    public static final String ACTION_LOGIN = "LOGIN";
    /** The pages, where a user who must set up an authenticator is let in only to do that. */
    public static final String CHANNEL_PAGES = "ui";

    @PersistenceContext
    EntityManager em;
    @Inject
    PasswordHasher hasher;
    @Inject
    LoginThrottle throttle;
    @Inject
    UserDirectory users;
    @Inject
    AuditTrail audit;
    @Inject
    SecondFactors secondFactors;

    @Inject
    Clock clock;

    /**
     * What is kept of an attempted name (the audit's and the throttle's columns): no account has a longer
     * one, so a longer attempt fails like any unknown name — counted and audited under its first characters.
     */
    static final int ATTEMPTED_NAME_MAX = 200;

    /** {@code otp}: a code from the authenticator app or a recovery code; null when the form has not asked yet. */
    @Transactional
    public SignInResult signIn(String rawUsername, char[] password, String otp, String clientAddress, String channel) {
        String username = attempted(UserDirectory.normalise(rawUsername));
        Instant now = clock.instant();
        Optional<SignInResult> throttled = throttled(username, clientAddress, channel, now);
        if (throttled.isPresent()) {
            return throttled.get();
        }
        Optional<AppUser> user = users.find(username);
        boolean passwordMatches;
        if (user.isPresent()) {
            passwordMatches = hasher.verify(password, user.get().getPasswordHash());
        } else {
            hasher.verifyDecoy(password);
            passwordMatches = false;
        }
        if (!passwordMatches || !user.get().isEnabled()) {
            throttle.recordFailure(username, clientAddress, now);
            String reason = user.isEmpty() ? "unknown_user" : passwordMatches ? "account_disabled" : "wrong_password";
            audit.record(new AuditEvent(username, clientAddress, ACTION_LOGIN, channel, Outcome.FAILURE, AuditDetails.of("reason", reason)));
            return SignInResult.refused();
        }
        AppUser signedIn = user.get();
        if (hasher.needsRehash(signedIn.getPasswordHash())) {
            signedIn.rehash(hasher.hash(password));
        }
        return secondStep(signedIn, otp, clientAddress, channel, now);
    }

    /** The code step of the sign-in form, for a user whose password this session verified moments ago. */
    @Transactional
    public SignInResult completeSignIn(String username, String otp, String clientAddress, String channel) {
        Instant now = clock.instant();
        Optional<SignInResult> throttled = throttled(username, clientAddress, channel, now);
        if (throttled.isPresent()) {
            return throttled.get();
        }
        Optional<AppUser> user = users.findEnabled(username);
        if (user.isEmpty()) {
            audit.record(new AuditEvent(username, clientAddress, ACTION_LOGIN, channel, Outcome.FAILURE, AuditDetails.of("reason", "account_disabled")));
            return SignInResult.refused();
        }
        return secondStep(user.get(), otp, clientAddress, channel, now);
    }

    private Optional<SignInResult> throttled(String username, String clientAddress, String channel, Instant now) {
        Optional<Duration> wait = throttle.retryAfter(username, clientAddress, now);
        wait.ifPresent(w -> audit.record(new AuditEvent(username, clientAddress, ACTION_LOGIN, channel, Outcome.DENIED,
                AuditDetails.of("reason", "throttled", "wait", w.toSeconds()))));
        return wait.map(SignInResult::throttled);
    }

    private SignInResult secondStep(AppUser user, String otp, String clientAddress, String channel, Instant now) {
        String username = user.getUsername();
        SecondFactors.Check check = secondFactors.check(user, otp);
        String detail = null;
        switch (check) {
            case MISSING -> {
                // Not a failure (the form asks for the code next), and not a success: nothing is forgiven.
                audit.record(new AuditEvent(username, clientAddress, ACTION_LOGIN, channel, Outcome.DENIED,
                        AuditDetails.of("reason", "code_required")));
                return SignInResult.secondFactorRequired(user);
            }
            case WRONG -> {
                throttle.recordFailure(username, clientAddress, now);
                audit.record(new AuditEvent(username, clientAddress, ACTION_LOGIN, channel, Outcome.FAILURE,
                        AuditDetails.of("reason", "wrong_code")));
                return SignInResult.of(SignInResult.Status.SECOND_FACTOR_WRONG);
            }
            case NOT_ENROLLED -> {
                if (!CHANNEL_PAGES.equals(channel) && secondFactors.mustEnrol(user)) {
                    audit.record(new AuditEvent(username, clientAddress, ACTION_LOGIN, channel, Outcome.DENIED,
                            AuditDetails.of("reason", "not_enrolled")));
                    return SignInResult.of(SignInResult.Status.ENROLMENT_REQUIRED);
                }
            }
            case RECOVERY_CODE_USED -> detail = AuditDetails.of("factor", "recovery_code");
            case PASSED -> detail = AuditDetails.of("factor", "code");
        }
        throttle.recordSuccess(username, clientAddress, now);
        audit.record(new AuditEvent(username, clientAddress, ACTION_LOGIN, channel, Outcome.SUCCESS, detail));
        return SignInResult.signedIn(user);
    }

    private static String attempted(String username) {
        return username.codePointCount(0, username.length()) <= ATTEMPTED_NAME_MAX ? username
                : username.substring(0, username.offsetByCodePoints(0, ATTEMPTED_NAME_MAX));
    }
}
