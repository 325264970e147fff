package org.mizan.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.mizan.security.entity.AppUser;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Someone not on a case's team asking its lead to join it, and the lead's answer. */
@Entity
@Table(name = "case_join_request")
public class JoinRequest {

    public enum State { PENDING, ACCEPTED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id", updatable = false)
    private AppUser user;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.PENDING;
    @Column(name = "asked_at", nullable = false, updatable = false)
    private OffsetDateTime askedAt;
    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;
    @Column(name = "answered_by")
    private String answeredBy;

    protected JoinRequest() {
    }

    public JoinRequest(long caseId, AppUser user, String reason, Instant now) {
        this.caseId = caseId;
        this.user = user;
        this.reason = reason;
        this.askedAt = now.atOffset(ZoneOffset.UTC);
    }

    public void answer(boolean accepted, String by, Instant now) {
        state = accepted ? State.ACCEPTED : State.DECLINED;
        answeredBy = by;
        answeredAt = now.atOffset(ZoneOffset.UTC);
    }

    public boolean isPending() {
        return state == State.PENDING;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public AppUser getUser() { return user; }
    public String getReason() { return reason; }
    public State getState() { return state; }
    public Instant getAskedAt() { return askedAt.toInstant(); }
    public Instant getAnsweredAt() { return answeredAt == null ? null : answeredAt.toInstant(); }
    public String getAnsweredBy() { return answeredBy; }
}
