package org.mizan.evidence.entity;

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

/** One link of an item's chain of custody: who did what with it, when, from where, and why. Never changed. */
@Entity
@Table(name = "evidence_custody")
public class CustodyEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;
    @Column(nullable = false, updatable = false)
    private String username;
    @Column(name = "client_address", updatable = false)
    private String clientAddress;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CustodyAction action;
    @Column(updatable = false)
    private String reason;

    protected CustodyEvent() {
    }

    public CustodyEvent(long itemId, Instant occurredAt, String username, String clientAddress, CustodyAction action, String reason) {
        this.itemId = itemId;
        this.occurredAt = occurredAt.atOffset(ZoneOffset.UTC);
        this.username = username;
        this.clientAddress = clientAddress;
        this.action = action;
        this.reason = reason;
    }

    public Long getId() { return id; }
    public long getItemId() { return itemId; }
    public Instant getOccurredAt() { return occurredAt.toInstant(); }
    public String getUsername() { return username; }
    public String getClientAddress() { return clientAddress; }
    public CustodyAction getAction() { return action; }
    public String getReason() { return reason; }
}
