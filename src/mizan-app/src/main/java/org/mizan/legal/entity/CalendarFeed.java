package org.mizan.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A user's private calendar feed of their hearings. The feed URL carries a secret token; only its
 * SHA-256 is kept, so a copy of this table subscribes to nothing. Revoked feeds are kept, marked.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;
    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;
    @Column(name = "last_fetched_at")
    private OffsetDateTime lastFetchedAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(long userId, String tokenHash, Instant createdAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    public void fetched(Instant now) {
        lastFetchedAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long getId() { return id; }
    public long getUserId() { return userId; }
    public Instant getCreatedAt() { return createdAt.toInstant(); }
    public boolean isRevoked() { return revokedAt != null; }
    public Optional<Instant> getLastFetchedAt() { return Optional.ofNullable(lastFetchedAt).map(OffsetDateTime::toInstant); }
}
