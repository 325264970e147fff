package org.mizan.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A case a proceeding concerns: one trial of two victims is one proceeding of two cases. Every proceeding has at least
 * its home case here ({@link Proceeding#getCaseId()}); who linked each case, and when, is kept with it.
 */
@Entity
@Table(name = "proceeding_case")
@IdClass(ProceedingCase.Key.class)
public class ProceedingCase {

    @Id
    @Column(name = "proceeding_id")
    private long proceedingId;
    @Id
    @Column(name = "case_id")
    private long caseId;
    @Column(name = "linked_by", nullable = false, updatable = false)
    private String linkedBy;
    @Column(name = "linked_at", nullable = false, updatable = false)
    private OffsetDateTime linkedAt;

    protected ProceedingCase() {
    }

    public ProceedingCase(long proceedingId, long caseId, String by, Instant at) {
        this.proceedingId = proceedingId;
        this.caseId = caseId;
        this.linkedBy = by;
        this.linkedAt = at.atOffset(ZoneOffset.UTC);
    }

    public long getProceedingId() { return proceedingId; }
    public long getCaseId() { return caseId; }
    public String getLinkedBy() { return linkedBy; }
    public Instant getLinkedAt() { return linkedAt.toInstant(); }

    /** The composite key: a proceeding and a case (a class with a no-argument constructor, as JPA builds it). */
    public static class Key implements Serializable {
        private long proceedingId;
        private long caseId;

        public Key() {
        }

        public Key(long proceedingId, long caseId) {
            this.proceedingId = proceedingId;
            this.caseId = caseId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.proceedingId == proceedingId && key.caseId == caseId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(proceedingId, caseId);
        }
    }
}
