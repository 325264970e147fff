package org.mizan.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A bearer token for the REST API; only its SHA-256 is stored. */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash",
        hints = @QueryHint(name = "eclipselink.left-join-fetch", value = "t.user.roles"))
@NamedQuery(name = ApiToken.BY_HASH_READ_ONLY, query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash",
        hints = {@QueryHint(name = "eclipselink.left-join-fetch", value = "t.user.roles"),
                @QueryHint(name = "eclipselink.read-only", value = "true")})
public class ApiToken {

    /** The token, its user and the roles in one query (a named query is prepared once, not per request). */
    public static final String BY_HASH = "ApiToken.byHash";
    /** The same, for checking a token on every API request: nothing read is registered for change tracking. */
    public static final String BY_HASH_READ_ONLY = "ApiToken.byHashReadOnly";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;
    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;
    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;
    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;
    @Column(name = "client_address")
    private String clientAddress;

    protected ApiToken() {
    }

    public ApiToken(AppUser user, String tokenHash, Instant createdAt, Instant expiresAt, String clientAddress) {
        this.user = user;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
        this.lastUsedAt = this.createdAt;
        this.clientAddress = clientAddress;
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt.toInstant()) && user.isEnabled();
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    public Long getId() {
        return id;
    }

    public AppUser getUser() {
        return user;
    }

    public Instant getExpiresAt() {
        return expiresAt.toInstant();
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    /** Tokens issued before last use was recorded show their creation instead. */
    public Instant getLastUsedAt() {
        return lastUsedAt == null ? getCreatedAt() : lastUsedAt.toInstant();
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
