package org.mizan.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * An event written with its action, waiting to be chained into the trail; read only by the chainer (rows are inserted
 * over SQL in the action's transaction, and a trigger refuses any change or removal before the event is chained).
 */
@Entity
@Table(name = "audit_pending")
public class PendingEvent {

    @Id
    private long id;
    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;
    private String username;
    @Column(nullable = false)
    private String action;
    private String target;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;
    @Column(name = "client_address")
    private String clientAddress;
    private String details;

    protected PendingEvent() {
    }

    public long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt.toInstant();
    }

    public AuditEvent event() {
        return new AuditEvent(username, clientAddress, action, target, outcome, details);
    }
}
