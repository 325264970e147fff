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

/**
 * A signed-in web session. The page session holds only a random key; the database keeps its SHA-256,
 * so that any request — on any server — can end this session by marking it ended.
 */
@Entity
@Table(name = "web_session")
@NamedQuery(name = WebSession.BY_KEY_HASH, query = "SELECT s FROM WebSession s WHERE s.keyHash = :hash",
        hints = @QueryHint(name = "eclipselink.left-join-fetch", value = "s.user.roles"))
public class WebSession {

    /** The session, its user and the roles in one query: it runs on every page request. */
    public static final String BY_KEY_HASH = "WebSession.byKeyHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;
    @Column(name = "key_hash", nullable = false, unique = true)
    private String keyHash;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "last_used_at", nullable = false)
    private OffsetDateTime lastUsedAt;
    @Column(name = "client_address")
    private String clientAddress;
    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    protected WebSession() {
    }

    public WebSession(AppUser user, String keyHash, Instant now, String clientAddress) {
        this.user = user;
        this.keyHash = keyHash;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.lastUsedAt = this.createdAt;
        this.clientAddress = clientAddress;
    }

    public boolean isOpen() {
        return endedAt == null && user.isEnabled();
    }

    public Long getId() {
        return id;
    }

    public AppUser getUser() {
        return user;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Instant getLastUsedAt() {
        return lastUsedAt.toInstant();
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
