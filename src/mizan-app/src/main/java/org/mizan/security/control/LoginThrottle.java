package org.mizan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.security.entity.LoginFailure;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Counts failed sign-ins (and wrong current passwords) per account and address, in the database so
 * every server agrees, and applies {@link ThrottlePolicy}. Administrators are told when an account or
 * an address crosses its threshold (audit entry, and a line on the users page).
 */
@ApplicationScoped
public class LoginThrottle {

    public static final String ACTION_SLOWED = "LOGIN_SLOWED";

    /** An account or an address being slowed now, for the administrators' page. */
    public record Slowed(String account, String address, long failures, long spread) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditTrail audit;

    private ThrottlePolicy policy;
    private Duration knownFor;

    protected LoginThrottle() {
    }

    @Inject
    public LoginThrottle(@ConfigProperty(name = "mizan.security.login.max-failures", defaultValue = "5") int maxFailures,
                         @ConfigProperty(name = "mizan.security.login.account-max-failures", defaultValue = "5") int accountMaxFailures,
                         @ConfigProperty(name = "mizan.security.login.address-max-failures", defaultValue = "20") int addressMaxFailures,
                         @ConfigProperty(name = "mizan.security.login.window", defaultValue = "PT1H") String window,
                         @ConfigProperty(name = "mizan.security.login.first-delay", defaultValue = "PT30S") String firstDelay,
                         @ConfigProperty(name = "mizan.security.login.max-delay", defaultValue = "PT15M") String maxDelay,
                         @ConfigProperty(name = "mizan.security.login.known-address-for", defaultValue = "P90D") String knownFor) {
        this.policy = new ThrottlePolicy(maxFailures, accountMaxFailures, addressMaxFailures, Duration.parse(window),
                Duration.parse(firstDelay), Duration.parse(maxDelay));
        this.knownFor = Duration.parse(knownFor);
    }

    /** How long this attempt must wait; empty when it may go ahead now. */
    @Transactional
    public Optional<Duration> retryAfter(String username, String clientAddress, Instant now) {
        OffsetDateTime since = since(now);
        ThrottlePolicy.Count pair = count("f.username = :username AND f.clientAddress = :address", since, username, clientAddress);
        ThrottlePolicy.Count account = count("f.username = :username", since, username, null);
        ThrottlePolicy.Count address = count("f.clientAddress = :address", since, null, clientAddress);
        return policy.retryAfter(new ThrottlePolicy.Attempt(pair, account.failures(), address,
                isKnown(username, clientAddress, now)), now);
    }

    @Transactional
    public void recordFailure(String username, String clientAddress, Instant now) {
        em.persist(new LoginFailure(username, clientAddress, now));
        em.flush();
        em.createQuery("DELETE FROM LoginFailure f WHERE f.failedAt < :expired")
                .setParameter("expired", since(now).minus(policy.window()))
                .executeUpdate();
        OffsetDateTime since = since(now);
        if (count("f.username = :username", since, username, null).failures() == policy.accountAllowance()) {
            audit.record(new AuditEvent(username, clientAddress, ACTION_SLOWED, "user:" + username, Outcome.DENIED,
                    policy.accountAllowance() + " failed sign-ins within " + policy.window() + "; addresses that failed now wait"));
        }
        if (count("f.clientAddress = :address", since, null, clientAddress).failures() == policy.addressAllowance()) {
            audit.record(new AuditEvent(null, clientAddress, ACTION_SLOWED, "address:" + clientAddress, Outcome.DENIED,
                    policy.addressAllowance() + " failed sign-ins from this address within " + policy.window()
                            + "; accounts never used from it now wait there"));
        }
    }

    /** A successful sign-in forgives that address's mistakes for the account, and marks the address as the owner's. */
    @Transactional
    public void recordSuccess(String username, String clientAddress, Instant now) {
        em.createQuery("DELETE FROM LoginFailure f WHERE f.username = :username AND f.clientAddress = :address")
                .setParameter("username", username).setParameter("address", clientAddress)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO known_sign_in_address (username, client_address, last_success_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (username, client_address) DO UPDATE SET last_success_at = EXCLUDED.last_success_at")
                .setParameter(1, username).setParameter(2, clientAddress).setParameter(3, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Accounts and addresses over their thresholds within the window, most failures first. */
    @Transactional
    public List<Slowed> slowedNow(Instant now) {
        OffsetDateTime since = since(now);
        List<Slowed> accounts = em.createQuery("SELECT f.username, COUNT(f), COUNT(DISTINCT f.clientAddress) FROM LoginFailure f"
                        + " WHERE f.failedAt > :since GROUP BY f.username HAVING COUNT(f) >= :allowance ORDER BY COUNT(f) DESC", Object[].class)
                .setParameter("since", since).setParameter("allowance", (long) policy.accountAllowance())
                .setMaxResults(50).getResultList().stream()
                .map(row -> new Slowed((String) row[0], null, (Long) row[1], (Long) row[2])).toList();
        List<Slowed> addresses = em.createQuery("SELECT f.clientAddress, COUNT(f), COUNT(DISTINCT f.username) FROM LoginFailure f"
                        + " WHERE f.failedAt > :since GROUP BY f.clientAddress HAVING COUNT(f) >= :allowance ORDER BY COUNT(f) DESC", Object[].class)
                .setParameter("since", since).setParameter("allowance", (long) policy.addressAllowance())
                .setMaxResults(50).getResultList().stream()
                .map(row -> new Slowed(null, (String) row[0], (Long) row[1], (Long) row[2])).toList();
        return java.util.stream.Stream.concat(accounts.stream(), addresses.stream()).toList();
    }

    private OffsetDateTime since(Instant now) {
        return policy.windowStart(now).atOffset(ZoneOffset.UTC);
    }

    private boolean isKnown(String username, String clientAddress, Instant now) {
        Number known = (Number) em.createNativeQuery("SELECT COUNT(*) FROM known_sign_in_address"
                        + " WHERE username = ? AND client_address = ? AND last_success_at > ?")
                .setParameter(1, username).setParameter(2, clientAddress)
                .setParameter(3, now.minus(knownFor).atOffset(ZoneOffset.UTC))
                .getSingleResult();
        return known.longValue() > 0;
    }

    private ThrottlePolicy.Count count(String where, OffsetDateTime since, String username, String clientAddress) {
        var query = em.createQuery("SELECT COUNT(f), MAX(f.failedAt) FROM LoginFailure f WHERE " + where
                + " AND f.failedAt > :since", Object[].class).setParameter("since", since);
        if (username != null) {
            query.setParameter("username", username);
        }
        if (clientAddress != null) {
            query.setParameter("address", clientAddress);
        }
        Object[] row = query.getSingleResult();
        long failures = ((Number) row[0]).longValue();
        return failures == 0 ? ThrottlePolicy.Count.NONE : new ThrottlePolicy.Count(failures, instant(row[1]));
    }

    /** MAX over a timestamp column comes back as the attribute's type or as JDBC's, depending on the driver path. */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time type " + value.getClass());
    }
}
