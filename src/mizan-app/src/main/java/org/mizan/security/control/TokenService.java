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
import org.mizan.security.entity.ApiToken;
import org.mizan.security.entity.AppUser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Bearer tokens for the REST API. A token is 256 random bits shown once to its owner; the database
 * keeps only its SHA-256 (see {@link SecretTokens}).
 */
@ApplicationScoped
public class TokenService {

    public static final String ACTION_ISSUE = "TOKEN_ISSUE";
    public static final String ACTION_REVOKE = "TOKEN_REVOKE";

    /** A token as handed to its owner. */
    public record IssuedToken(String token, Instant expiresAt) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    SignInUse use;
    @Inject
    @ConfigProperty(name = "mizan.security.token.lifetime", defaultValue = "PT8H")
    String lifetime;

    @Inject
    Clock clock;

    @Transactional
    public IssuedToken issue(AppUser user, String clientAddress) {
        String token = SecretTokens.generate();
        Instant now = clock.instant();
        ApiToken stored = new ApiToken(em.merge(user), SecretTokens.hash(token), now, now.plus(Duration.parse(lifetime)),
                clientAddress);
        em.persist(stored);
        em.flush();
        audit.record(new AuditEvent(user.getUsername(), clientAddress, ACTION_ISSUE, "token:" + stored.getId(),
                Outcome.SUCCESS, "expires " + stored.getExpiresAt()));
        return new IssuedToken(token, stored.getExpiresAt());
    }

    /** A token that is neither expired nor revoked, whose owner's account is enabled; its use is noted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApiToken> authenticate(String token, String clientAddress) {
        Instant now = clock.instant();
        // Every API request comes through here: a read-only lookup, outside any transaction.
        Optional<ApiToken> usable = find(token, ApiToken.BY_HASH_READ_ONLY).filter(t -> t.isUsableAt(now));
        usable.filter(t -> use.due(t.getLastUsedAt())).ifPresent(t -> use.token(t.getId(), t.getLastUsedAt(), clientAddress));
        return usable;
    }

    @Transactional
    public boolean revoke(String token, String actor, String clientAddress) {
        Optional<ApiToken> found = find(token);
        found.ifPresent(t -> {
            t.revoke(clock.instant());
            audit.record(new AuditEvent(actor, clientAddress, ACTION_REVOKE, "token:" + t.getId(), Outcome.SUCCESS, null));
        });
        return found.isPresent();
    }

    /** Revokes every token of a user: on disabling, on password reset, or on request. */
    @Transactional
    public int revokeAll(AppUser user, String actor, String clientAddress) {
        Instant now = clock.instant();
        var tokens = em.createQuery("SELECT t FROM ApiToken t WHERE t.user.id = :user AND t.revokedAt IS NULL", ApiToken.class)
                .setParameter("user", user.getId()).getResultList();
        tokens.forEach(t -> t.revoke(now));
        if (!tokens.isEmpty()) {
            audit.record(new AuditEvent(actor, clientAddress, ACTION_REVOKE, "user:" + user.getUsername(),
                    Outcome.SUCCESS, tokens.size() + " token(s)"));
        }
        return tokens.size();
    }

    private Optional<ApiToken> find(String token) {
        return find(token, ApiToken.BY_HASH);
    }

    private Optional<ApiToken> find(String token, String query) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(query, ApiToken.class).setParameter("hash", SecretTokens.hash(token)).getResultStream().findFirst();
    }
}
