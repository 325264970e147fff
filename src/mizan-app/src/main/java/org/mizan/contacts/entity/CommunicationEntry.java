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

/** One conversation with a contact, never changed: when, over what, who spoke, what was said (sealed), follow-up. */
@Entity
@Table(name = "contact_communication")
public class CommunicationEntry {

    @Id
    @SequenceGenerator(name = "contact_communication_id", sequenceName = "contact_communication_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_communication_id")
    private Long id;
    @Column(name = "contact_id", nullable = false, updatable = false)
    private long contactId;
    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SafeChannel channel;
    @Column(name = "participants_enc", nullable = false)
    private String participantsSealed;
    @Column(name = "summary_enc", nullable = false)
    private String summarySealed;
    @Column(name = "follow_up_needed", nullable = false, updatable = false)
    private boolean followUpNeeded;
    @Column(name = "follow_up_by", updatable = false)
    private LocalDate followUpBy;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected CommunicationEntry() {
    }

    public CommunicationEntry(long contactId, LocalDate occurredOn, SafeChannel channel, boolean followUpNeeded, LocalDate followUpBy,
                              String recordedBy, Instant recordedAt) {
        this.contactId = contactId;
        this.occurredOn = occurredOn;
        this.channel = channel;
        this.followUpNeeded = followUpNeeded;
        this.followUpBy = followUpBy;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt.atOffset(ZoneOffset.UTC);
    }

    public void seal(String participants, String summary) {
        this.participantsSealed = participants;
        this.summarySealed = summary;
    }

    public Long getId() { return id; }
    public long getContactId() { return contactId; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public SafeChannel getChannel() { return channel; }
    public String getParticipantsSealed() { return participantsSealed; }
    public String getSummarySealed() { return summarySealed; }
    public boolean isFollowUpNeeded() { return followUpNeeded; }
    public LocalDate getFollowUpBy() { return followUpBy; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt.toInstant(); }
}
