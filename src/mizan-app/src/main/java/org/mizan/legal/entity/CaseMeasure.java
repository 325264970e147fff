package org.mizan.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.Recorded;

import java.time.Instant;

/**
 * A legal or administrative measure that is not a court step (an official dismissed, a commission of inquiry,
 * compensation decided, an official statement): it stands on the case's legal timeline but derives no stage.
 */
@Entity
@Table(name = "case_measure")
public class CaseMeasure extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureKind kind;
    @Column(name = "measure_year", nullable = false)
    private int year;
    @Column(name = "measure_month")
    private Integer month;
    @Column(name = "measure_day")
    private Integer day;
    @Column(nullable = false)
    private boolean approximate;
    @Column(nullable = false)
    private String authority;
    private String description;
    @Column(name = "source_url")
    private String sourceUrl;

    protected CaseMeasure() {
    }

    public CaseMeasure(long caseId, String recordedBy, Instant recordedAt) {
        super(recordedBy, recordedAt);
        this.caseId = caseId;
    }

    /** What was decided, when, by whom; a correction may change all of it. */
    public void describe(MeasureKind kind, PartialDate date, String authority, String description, String sourceUrl) {
        this.kind = kind;
        this.year = date.year();
        this.month = date.month();
        this.day = date.day();
        this.approximate = date.approximate();
        this.authority = authority;
        this.description = description;
        this.sourceUrl = sourceUrl;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public MeasureKind getKind() { return kind; }
    public PartialDate getDate() { return new PartialDate(year, month, day, approximate); }
    public String getAuthority() { return authority; }
    public String getDescription() { return description; }
    public String getSourceUrl() { return sourceUrl; }
}
