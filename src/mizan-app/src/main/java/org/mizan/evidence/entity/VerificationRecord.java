package org.mizan.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.mizan.cases.entity.VerificationStatus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A judgement of an item's authenticity: the status, the method, who decided, when, and notes. The latest is current. */
@Entity
@Table(name = "evidence_verification")
public class VerificationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private VerificationStatus status;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private VerificationMethod method;
    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;
    @Column(name = "decided_at", nullable = false, updatable = false)
    private OffsetDateTime decidedAt;
    @Column(updatable = false)
    private String notes;

    protected VerificationRecord() {
    }

    public VerificationRecord(long itemId, VerificationStatus status, VerificationMethod method, String decidedBy, Instant decidedAt,
                              String notes) {
        this.itemId = itemId;
        this.status = status;
        this.method = method;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt.atOffset(ZoneOffset.UTC);
        this.notes = notes;
    }

    public Long getId() { return id; }
    public long getItemId() { return itemId; }
    public VerificationStatus getStatus() { return status; }
    public VerificationMethod getMethod() { return method; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt.toInstant(); }
    public String getNotes() { return notes; }
}
