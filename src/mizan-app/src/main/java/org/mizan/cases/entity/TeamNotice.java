package org.mizan.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What someone is told on their next visit about a team they were on or asked to join. */
@Entity
@Table(name = "team_notice")
public class TeamNotice {

    public enum Kind { ADDED, REMOVED, JOIN_ACCEPTED, JOIN_DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;
    @Column(updatable = false)
    private String reason;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "seen_at")
    private OffsetDateTime seenAt;

    protected TeamNotice() {
    }

    public TeamNotice(long userId, long caseId, Kind kind, String reason, String createdBy, Instant now) {
        this.userId = userId;
        this.caseId = caseId;
        this.kind = kind;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public void seen(Instant now) {
        seenAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long getId() { return id; }
    public long getUserId() { return userId; }
    public long getCaseId() { return caseId; }
    public Kind getKind() { return kind; }
    public String getReason() { return reason; }
    public Instant getCreatedAt() { return createdAt.toInstant(); }
    public String getCreatedBy() { return createdBy; }
    public boolean isSeen() { return seenAt != null; }
}
