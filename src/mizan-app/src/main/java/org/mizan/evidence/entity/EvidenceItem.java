package org.mizan.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.mizan.cases.entity.VerificationStatus;
import org.mizan.platform.entity.JsonColumn;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One piece of evidence of a case: which bytes (SHA-256 and size; the bytes themselves are in the
 * evidence store and never change), what they are, where they came from, what inspection found in
 * them, whether they have been judged authentic, and whether they were intact at the last re-hash.
 */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;
    @Column(nullable = false, updatable = false)
    private String sha256;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;
    @Column(name = "declared_name", nullable = false, updatable = false)
    private String declaredName;
    @Column(name = "declared_type", updatable = false)
    private String declaredType;
    @Column(name = "detected_type", nullable = false)
    private String detectedType;
    private String description;
    @Column(name = "provided_by")
    private String providedBy;
    @Column(name = "collected_at")
    private OffsetDateTime collectedAt;
    @Column(name = "collection_method")
    private String collectionMethod;
    @Column(name = "original_url")
    private String originalUrl;
    @Column(name = "capture_device")
    private String captureDevice;
    private String notes;
    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;
    @Column(name = "received_by", nullable = false, updatable = false)
    private String receivedBy;
    @Column(name = "derived_from", updatable = false)
    private Long derivedFrom;
    @Column(updatable = false)
    private String derivation;
    @Enumerated(EnumType.STRING)
    @Column(name = "inspection_status", nullable = false)
    private InspectionStatus inspectionStatus = InspectionStatus.PENDING;
    @Column(name = "inspection_note")
    private String inspectionNote;
    @Column(name = "extracted_text")
    private String extractedText;
    @Column(name = "extracted_normalised")
    private String extractedNormalised;
    @Convert(converter = JsonColumn.class)
    private String metadata;
    @Column(name = "captured_at")
    private String capturedAt;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String author;
    @Enumerated(EnumType.STRING)
    @Column(name = "verification_status", nullable = false)
    private VerificationStatus verificationStatus = VerificationStatus.UNVERIFIED;
    @Column(nullable = false)
    private boolean shareable;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Integrity integrity = Integrity.INTACT;
    @Column(name = "integrity_checked_at")
    private OffsetDateTime integrityCheckedAt;
    @Version
    private long version;

    protected EvidenceItem() {
    }

    public EvidenceItem(long caseId, String sha256, long sizeBytes, String declaredName, String declaredType, String detectedType,
                        String receivedBy, Instant receivedAt, Long derivedFrom, String derivation) {
        this.caseId = caseId;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.declaredName = declaredName;
        this.declaredType = declaredType;
        this.detectedType = detectedType;
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt.atOffset(ZoneOffset.UTC);
        this.derivedFrom = derivedFrom;
        this.derivation = derivation;
    }

    public void describe(Provenance provenance) {
        this.description = provenance.description();
        this.providedBy = provenance.providedBy();
        this.collectedAt = provenance.collectedAt() == null ? null : provenance.collectedAt().atOffset(ZoneOffset.UTC);
        this.collectionMethod = provenance.collectionMethod();
        this.originalUrl = provenance.originalUrl();
        this.captureDevice = provenance.captureDevice();
        this.notes = provenance.notes();
    }

    public Provenance provenance() {
        return new Provenance(description, providedBy, collectedAt == null ? null : collectedAt.toInstant(), collectionMethod,
                originalUrl, captureDevice, notes);
    }

    public void checked(Integrity result, Instant at) {
        this.integrity = result;
        this.integrityCheckedAt = at.atOffset(ZoneOffset.UTC);
    }

    public void setVerificationStatus(VerificationStatus status) {
        this.verificationStatus = status;
    }

    public void setShareable(boolean shareable) {
        this.shareable = shareable;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public String getSha256() { return sha256; }
    public long getSizeBytes() { return sizeBytes; }
    public String getDeclaredName() { return declaredName; }
    public String getDeclaredType() { return declaredType; }
    public String getDetectedType() { return detectedType; }
    public Instant getReceivedAt() { return receivedAt.toInstant(); }
    public String getReceivedBy() { return receivedBy; }
    public Long getDerivedFrom() { return derivedFrom; }
    public String getDerivation() { return derivation; }
    public InspectionStatus getInspectionStatus() { return inspectionStatus; }
    public String getInspectionNote() { return inspectionNote; }
    public String getExtractedText() { return extractedText; }
    public String getMetadata() { return metadata; }
    public String getCapturedAt() { return capturedAt; }
    public BigDecimal getLatitude() { return latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public String getAuthor() { return author; }
    public VerificationStatus getVerificationStatus() { return verificationStatus; }
    public boolean isShareable() { return shareable; }
    public Integrity getIntegrity() { return integrity; }
    public Instant getIntegrityCheckedAt() { return integrityCheckedAt == null ? null : integrityCheckedAt.toInstant(); }
    public long getVersion() { return version; }
}
