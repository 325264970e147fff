package org.mizan.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.mizan.cases.entity.Recorded;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A court hearing of a proceeding: when, which court, its purpose, and (afterwards) what came of it. */
@Entity
@Table(name = "hearing")
public class Hearing extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "proceeding_id", nullable = false, updatable = false)
    private long proceedingId;
    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;
    @Column(nullable = false)
    private String court;
    private String purpose;
    /** What came of it: the lawyers' notes, never shown to advocates. */
    @Column(name = "outcome_notes")
    private String outcomeNotes;

    protected Hearing() {
    }

    public Hearing(long proceedingId, String by, Instant at) {
        super(by, at);
        this.proceedingId = proceedingId;
    }

    public Long getId() { return id; }
    public long getProceedingId() { return proceedingId; }
    public Instant getStartsAt() { return startsAt.toInstant(); }
    public void setStartsAt(Instant startsAt) { this.startsAt = startsAt.atOffset(ZoneOffset.UTC); }
    public String getCourt() { return court; }
    public void setCourt(String court) { this.court = court; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getOutcomeNotes() { return outcomeNotes; }
    public void setOutcomeNotes(String outcomeNotes) { this.outcomeNotes = outcomeNotes; }
}
