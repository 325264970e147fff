package org.mizan.security.control;

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

/** Checks a username and password, with throttling, and records every attempt in the audit trail. */
@ApplicationScoped
public class Authenticator {

    public static final String ACTION_LOGIN = "LOGIN";

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

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public SignInResult signIn(String rawUsername, char[] password, String clientAddress, String channel) {
        String username = UserDirectory.normalise(rawUsername);
        Instant now = clock.instant();
        Optional<Duration> wait = throttle.retryAfter(username, clientAddress, now);
        if (wait.isPresent()) {
            audit.record(new AuditEvent(username, clientAddress, ACTION_LOGIN, channel, Outcome.DENIED,
                    "throttled; retry after " + wait.get().toSeconds() + " s"));
            return SignInResult.throttled(wait.get());
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
            String reason = user.isEmpty() ? "unknown user" : passwordMatches ? "account disabled" : "wrong password";
            audit.record(new AuditEvent(username, clientAddress, ACTION_LOGIN, channel, Outcome.FAILURE, reason));
            return SignInResult.refused();
        }
        AppUser signedIn = user.get();
        if (hasher.needsRehash(signedIn.getPasswordHash())) {
            signedIn.rehash(hasher.hash(password));
        }
        throttle.recordSuccess(username, clientAddress, now);
        audit.record(new AuditEvent(username, clientAddress, ACTION_LOGIN, channel, Outcome.SUCCESS, null));
        return SignInResult.signedIn(signedIn);
    }
}
