package org.mizan.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.control.ArabicNames;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.evidence.entity.InspectionStatus;
import org.mizan.security.entity.Actor;

import java.util.List;
import java.util.Optional;

/**
 * The inspection state of items: which wait for it, and what it found. The findings are written
 * with one UPDATE that leaves the item's version alone — they are not an edit, and an investigator
 * who read the item before inspection ended must still be able to save provenance without a
 * conflict — and only while the item is PENDING, so an outcome is never written twice.
 */
@ApplicationScoped
public class InspectionRecords {

    /** The bytes of an item waiting for inspection. */
    public record Pending(long id, String sha256, long size) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditTrail audit;

    @Transactional
    public List<Long> pendingIds() {
        return em.createQuery("SELECT e.id FROM EvidenceItem e WHERE e.inspectionStatus = :pending ORDER BY e.id", Long.class)
                .setParameter("pending", InspectionStatus.PENDING).getResultList();
    }

    @Transactional
    public Optional<Pending> pending(long id) {
        EvidenceItem item = em.find(EvidenceItem.class, id);
        return item == null || item.getInspectionStatus() != InspectionStatus.PENDING
                ? Optional.empty() : Optional.of(new Pending(id, item.getSha256(), item.getSizeBytes()));
    }

    /** Saves the outcome, with an audit entry (status and note only: extracted text is never logged); false if no longer PENDING. */
    @Transactional
    public boolean save(long id, InspectionOutcome outcome) {
        EvidenceItem item = em.find(EvidenceItem.class, id);
        if (item == null || item.getInspectionStatus() != InspectionStatus.PENDING) {
            return false;
        }
        boolean inspected = outcome.status() == InspectionStatus.INSPECTED;
        // A file not inspected keeps the type found at intake: a polyglot's inner format must not become what it is served as.
        String type = inspected && outcome.detectedType() != null ? outcome.detectedType() : item.getDetectedType();
        em.createQuery("UPDATE EvidenceItem e SET e.inspectionStatus = :status, e.inspectionNote = :note, e.detectedType = :type, "
                        + "e.extractedText = :text, e.extractedNormalised = :normalised, e.metadata = :metadata, "
                        + "e.capturedAt = :capturedAt, e.latitude = :latitude, e.longitude = :longitude, e.author = :author "
                        + "WHERE e.id = :id AND e.inspectionStatus = :pending")
                .setParameter("status", outcome.status()).setParameter("note", outcome.note()).setParameter("type", type)
                .setParameter("text", outcome.text())
                .setParameter("normalised", outcome.text() == null ? null : ArabicNames.normalise(outcome.text()))
                .setParameter("metadata", outcome.metadata()).setParameter("capturedAt", outcome.capturedAt())
                .setParameter("latitude", outcome.latitude()).setParameter("longitude", outcome.longitude())
                .setParameter("author", outcome.author()).setParameter("id", id).setParameter("pending", InspectionStatus.PENDING)
                .executeUpdate();
        audit.record(new AuditEvent(Actor.SYSTEM.username(), null, "EVIDENCE_INSPECTION", "evidence:" + id,
                inspected ? Outcome.SUCCESS : Outcome.FAILURE, outcome.status() + (outcome.note() == null ? "" : ": " + outcome.note())));
        return true;
    }
}
