package org.mizan.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** One sealed line of the audit trail. Rows are only ever inserted (a trigger refuses the rest). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private long seq;
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
    @Column(name = "previous_hash", nullable = false)
    private String previousHash;
    @Column(name = "entry_hash", nullable = false)
    private String entryHash;
    /** The id of the audit key whose HMAC is the seal; null for entries sealed with plain SHA-256 before there was one. */
    @Column(name = "seal_key")
    private String sealKey;
    /** The pending event this entry was chained from (not sealed: it only lets the pending row be deleted). */
    @Column(name = "pending_id")
    private Long pendingId;

    protected AuditEntry() {
    }

    /** A new entry following the one whose sequence number and hash are given. */
    public AuditEntry(long seq, Instant occurredAt, AuditEvent event, String previousHash) {
        this.seq = seq;
        // The database keeps microseconds: hash exactly what will be read back.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        this.username = event.username();
        this.clientAddress = event.clientAddress();
        this.action = event.action();
        this.target = event.target();
        this.outcome = event.outcome();
        this.details = event.details();
        this.previousHash = previousHash;
    }

    /** An entry as stored, for reading a trail outside the server (the offline verifier). */
    public static AuditEntry stored(long seq, Instant occurredAt, AuditEvent event, String previousHash, String sealKey,
                                    String entryHash) {
        AuditEntry entry = new AuditEntry(seq, occurredAt, event, previousHash);
        entry.sealKey = sealKey;
        entry.entryHash = entryHash;
        return entry;
    }

    /** Marks the key the seal will be made with; the key's id is itself sealed. */
    public void sealWith(String keyId) {
        this.sealKey = keyId;
    }

    /** Names the pending event this entry is made of, which may then leave the pending table. */
    public void chainedFrom(long pendingEvent) {
        this.pendingId = pendingEvent;
    }

    public void seal(String hash) {
        this.entryHash = hash;
    }

    public long getSeq() {
        return seq;
    }

    public Instant getOccurredAt() {
        return occurredAt.toInstant();
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetails() {
        return details;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getEntryHash() {
        return entryHash;
    }

    public String getSealKey() {
        return sealKey;
    }
}
