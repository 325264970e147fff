package org.mizan.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.mizan.platform.entity.JsonColumn;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One saved change to a case or person: who, when, and each field's old and new value (JSON). */
@Entity
@Table(name = "revision")
public class Revision {

    public static final String CASE = "CASE";
    public static final String PERSON = "PERSON";
    /** The field of an imported record's first revision; its new value is {@code <batch>:<row>}. */
    public static final String IMPORT_FIELD = "import";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "entity_type", nullable = false)
    private String entityType;
    @Column(name = "entity_id", nullable = false)
    private long entityId;
    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;
    @Column(name = "changed_by", nullable = false)
    private String changedBy;
    @Column(nullable = false)
    @Convert(converter = JsonColumn.class)
    private String changes;

    protected Revision() {
    }

    public Revision(String entityType, long entityId, String changedBy, Instant changedAt, String changesJson) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.changedBy = changedBy;
        this.changedAt = changedAt.atOffset(ZoneOffset.UTC);
        this.changes = changesJson;
    }

    public Long getId() { return id; }
    public String getEntityType() { return entityType; }
    public long getEntityId() { return entityId; }
    public Instant getChangedAt() { return changedAt.toInstant(); }
    public String getChangedBy() { return changedBy; }
    public String getChanges() { return changes; }
}
