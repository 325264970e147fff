package org.mizan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mizan.security.entity.LoginFailure;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Counts failed sign-ins per account and per client address, in the database so every server agrees. */
@ApplicationScoped
public class LoginThrottle {

    @PersistenceContext
    EntityManager em;

    private ThrottlePolicy policy;

    protected LoginThrottle() {
    }

    @Inject
    public LoginThrottle(@ConfigProperty(name = "mizan.security.login.max-failures", defaultValue = "5") int maxFailures,
                         @ConfigProperty(name = "mizan.security.login.window", defaultValue = "PT15M") String window) {
        this.policy = new ThrottlePolicy(maxFailures, Duration.parse(window));
    }

    /** How long this account or address must wait before trying again; empty when it may try now. */
    @Transactional
    public Optional<Duration> retryAfter(String username, String clientAddress, Instant now) {
        Optional<Duration> account = policy.retryAfter(failures("f.username", username, now), now);
        Optional<Duration> address = policy.retryAfter(failures("f.clientAddress", clientAddress, now), now);
        if (account.isPresent() && address.isPresent()) {
            return account.get().compareTo(address.get()) >= 0 ? account : address;
        }
        return account.isPresent() ? account : address;
    }

    @Transactional
    public void recordFailure(String username, String clientAddress, Instant now) {
        em.persist(new LoginFailure(username, clientAddress, now));
        em.createQuery("DELETE FROM LoginFailure f WHERE f.failedAt < :expired")
                .setParameter("expired", policy.windowStart(now).minus(policy.window()).atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** A successful sign-in forgives the account's earlier mistakes, not the address's. */
    @Transactional
    public void forgiveAccount(String username) {
        em.createQuery("DELETE FROM LoginFailure f WHERE f.username = :username")
                .setParameter("username", username)
                .executeUpdate();
    }

    private List<Instant> failures(String column, String value, Instant now) {
        return em.createQuery("SELECT f.failedAt FROM LoginFailure f WHERE " + column + " = :value"
                        + " AND f.failedAt > :since ORDER BY f.failedAt DESC", OffsetDateTime.class)
                .setParameter("value", value)
                .setParameter("since", policy.windowStart(now).atOffset(ZoneOffset.UTC))
                .setMaxResults(policy.maxFailures())
                .getResultList().stream().map(OffsetDateTime::toInstant).toList();
    }
}
