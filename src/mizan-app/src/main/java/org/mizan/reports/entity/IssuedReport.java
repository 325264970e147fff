package org.mizan.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The registry entry of one generated report (V10): never changed once written. */
@Entity
@Table(name = "issued_report")
public class IssuedReport {

    @Id
    private String id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReportKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Audience audience;
    @Column(nullable = false, updatable = false)
    private String language;
    @Column(updatable = false)
    private String subject;
    @Column(nullable = false, updatable = false)
    private String parameters;
    @Column(name = "generated_by", nullable = false, updatable = false)
    private String generatedBy;
    @Column(name = "generated_at", nullable = false, updatable = false)
    private OffsetDateTime generatedAt;
    @Column(nullable = false, updatable = false)
    private String sha256;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;
    @Column(nullable = false, updatable = false)
    private int pages;

    protected IssuedReport() {
    }

    public IssuedReport(String id, ReportKind kind, Audience audience, String language, String subject, String parameters,
                        String generatedBy, Instant generatedAt, String sha256, long sizeBytes, int pages) {
        this.id = id;
        this.kind = kind;
        this.audience = audience;
        this.language = language;
        this.subject = subject;
        this.parameters = parameters;
        this.generatedBy = generatedBy;
        this.generatedAt = generatedAt.atOffset(ZoneOffset.UTC);
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.pages = pages;
    }

    public String getId() { return id; }
    public ReportKind getKind() { return kind; }
    public Audience getAudience() { return audience; }
    public String getLanguage() { return language; }
    public String getSubject() { return subject; }
    public String getParameters() { return parameters; }
    public String getGeneratedBy() { return generatedBy; }
    public Instant getGeneratedAt() { return generatedAt.toInstant(); }
    public String getSha256() { return sha256; }
    public long getSizeBytes() { return sizeBytes; }
    public int getPages() { return pages; }
}
