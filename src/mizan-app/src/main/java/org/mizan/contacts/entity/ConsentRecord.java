package org.mizan.contacts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One consent decision, never changed: which consent, given or withdrawn, when, how, by whom, recorded by whom. */
@Entity
@Table(name = "contact_consent")
public class ConsentRecord {

    @Id
    @SequenceGenerator(name = "contact_consent_id", sequenceName = "contact_consent_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_consent_id")
    private Long id;
    @Column(name = "contact_id", nullable = false, updatable = false)
    private long contactId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentKind consent;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentDecision decision;
    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentMethod method;
    /** Who gave or withdrew it, sealed: a family member's name. */
    @Column(name = "given_by_enc", nullable = false)
    private String givenBySealed;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected ConsentRecord() {
    }

    public ConsentRecord(long contactId, ConsentKind consent, ConsentDecision decision, LocalDate decidedOn, ConsentMethod method,
                         String recordedBy, Instant recordedAt) {
        this.contactId = contactId;
        this.consent = consent;
        this.decision = decision;
        this.decidedOn = decidedOn;
        this.method = method;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt.atOffset(ZoneOffset.UTC);
    }

    public void sealGivenBy(String sealed) { this.givenBySealed = sealed; }

    public Long getId() { return id; }
    public long getContactId() { return contactId; }
    public ConsentKind getConsent() { return consent; }
    public ConsentDecision getDecision() { return decision; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public ConsentMethod getMethod() { return method; }
    public String getGivenBySealed() { return givenBySealed; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt.toInstant(); }
}
