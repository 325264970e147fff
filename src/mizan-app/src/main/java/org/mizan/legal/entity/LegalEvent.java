package org.mizan.legal.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.mizan.cases.entity.PartialDate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;

/** One dated step of a proceeding: what happened, when (a partial date), to which suspects, with what outcome. */
@Entity
@Table(name = "legal_event")
public class LegalEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "proceeding_id", nullable = false, updatable = false)
    private long proceedingId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LegalEventType type;
    @Column(name = "event_year", nullable = false)
    private int year;
    @Column(name = "event_month")
    private Integer month;
    @Column(name = "event_day")
    private Integer day;
    @Column(nullable = false)
    private boolean approximate;
    @Enumerated(EnumType.STRING)
    private VerdictKind verdict;
    @Column(name = "in_absentia", nullable = false)
    private boolean inAbsentia;
    @Enumerated(EnumType.STRING)
    @Column(name = "returned_to")
    private ReturnedTo returnedTo;
    private String charges;
    private String sentence;
    /** The lawyers' notes: never shown to advocates. */
    private String notes;
    // The stage derivation reads both for every event: eager, and for all the events a query read in one query each.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "legal_event_suspect", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "suspect_id")
    private Set<Long> suspects = new LinkedHashSet<>();
    /** Evidence items of the same case the event rests on. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "legal_event_evidence", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "evidence_id")
    private Set<Long> evidence = new LinkedHashSet<>();
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected LegalEvent() {
    }

    public LegalEvent(long proceedingId, LegalEventType type, PartialDate date, String recordedBy, Instant recordedAt) {
        this.proceedingId = proceedingId;
        happened(type, date);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt.atOffset(ZoneOffset.UTC);
    }

    /** What happened and when; a correction may change both. */
    public void happened(LegalEventType type, PartialDate date) {
        this.type = type;
        this.year = date.year();
        this.month = date.month();
        this.day = date.day();
        this.approximate = date.approximate();
    }

    /** What the stage derivation needs of this event. */
    public LegalEventFact fact() {
        return new LegalEventFact(type, getDate().start(), id, suspects, verdict, inAbsentia, returnedTo);
    }

    public void setOutcome(VerdictKind verdict, boolean inAbsentia, ReturnedTo returnedTo) {
        this.verdict = verdict;
        this.inAbsentia = inAbsentia;
        this.returnedTo = returnedTo;
    }

    public Long getId() { return id; }
    public long getProceedingId() { return proceedingId; }
    public LegalEventType getType() { return type; }
    public PartialDate getDate() { return new PartialDate(year, month, day, approximate); }
    public VerdictKind getVerdict() { return verdict; }
    public boolean isInAbsentia() { return inAbsentia; }
    public ReturnedTo getReturnedTo() { return returnedTo; }
    public String getCharges() { return charges; }
    public void setCharges(String charges) { this.charges = charges; }
    public String getSentence() { return sentence; }
    public void setSentence(String sentence) { this.sentence = sentence; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Set<Long> getSuspects() { return new LinkedHashSet<>(suspects); }
    public void setSuspects(Set<Long> suspects) { this.suspects.clear(); this.suspects.addAll(suspects); }
    public Set<Long> getEvidence() { return new LinkedHashSet<>(evidence); }
    public void setEvidence(Set<Long> evidence) { this.evidence.clear(); this.evidence.addAll(evidence); }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt.toInstant(); }

    /** One line for the revision history: the event without its notes. */
    @Override
    public String toString() {
        return type + " " + getDate() + (verdict == null ? "" : " " + verdict + (inAbsentia ? " in absentia" : ""))
                + (returnedTo == null ? "" : " to " + returnedTo) + (suspects.isEmpty() ? "" : " suspects " + suspects)
                + (charges == null ? "" : "; charges: " + charges) + (sentence == null ? "" : "; sentence: " + sentence)
                + (evidence.isEmpty() ? "" : "; evidence " + evidence) + (notes == null ? "" : "; (notes)");
    }
}
