package org.mizan.memorial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditDetails;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.memorial.entity.PublicPhoto;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.sql.Timestamp;
import java.util.List;

/**
 * Evidence photos approved for publication, each as the portrait of one victim of its case: an explicit act of the case's
 * lead (or an administrator), with who and when, audited; withdrawing it is one too. Only JPEG and PNG evidence whose bytes
 * are intact, because the site re-encodes the picture (which drops every metadata block) and needs to read it.
 */
@ApplicationScoped
public class PublicPhotos {

    public static final String ACTION_APPROVED = "PUBLIC_PHOTO_APPROVED";
    public static final String ACTION_WITHDRAWN = "PUBLIC_PHOTO_WITHDRAWN";
    private static final String COLUMNS = "p.evidence_id, p.person_id, p.approved_by, p.approved_at";

    @PersistenceContext
    EntityManager em;
    @Inject
    MemorialAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    java.time.Clock clock;

    @Transactional
    public List<PublicPhoto> ofCase(String reference, CaseReader reader) {
        long caseId = access.teamCase(reference, reader);
        return rows(em.createNativeQuery("SELECT " + COLUMNS + " FROM evidence_publication p JOIN evidence_item e ON e.id = p.evidence_id "
                + "WHERE e.case_id = ?1 ORDER BY p.evidence_id").setParameter(1, caseId).getResultList());
    }

    @Transactional
    public PublicPhoto approve(String reference, long evidenceId, Long personId, CaseReader reader, Actor actor) {
        long caseId = access.leadCase(reference, reader);
        requireItem(caseId, evidenceId);
        if (personId == null) {
            throw new InvalidInput("personId", "validation.required");
        }
        access.requireVictim(caseId, personId);
        List<?> type = em.createNativeQuery("SELECT detected_type FROM evidence_item WHERE id = ?1 AND integrity = 'INTACT'")
                .setParameter(1, evidenceId).getResultList();
        if (type.isEmpty() || !PhotoEncoder.readable((String) type.get(0))) {
            throw new InvalidInput("evidenceId", "memorial.photo.notAPhoto");
        }
        em.createNativeQuery("INSERT INTO evidence_publication (evidence_id, person_id, approved_by, approved_at) VALUES (?1, ?2, ?3, ?4) "
                        + "ON CONFLICT (evidence_id) DO UPDATE SET person_id = EXCLUDED.person_id, approved_by = EXCLUDED.approved_by, "
                        + "approved_at = EXCLUDED.approved_at")
                .setParameter(1, evidenceId).setParameter(2, personId).setParameter(3, actor.username())
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        record(actor, ACTION_APPROVED, reference, evidenceId, personId);
        return rows(em.createNativeQuery("SELECT " + COLUMNS + " FROM evidence_publication p WHERE p.evidence_id = ?1")
                .setParameter(1, evidenceId).getResultList()).get(0);
    }

    @Transactional
    public void withdraw(String reference, long evidenceId, CaseReader reader, Actor actor) {
        long caseId = access.leadCase(reference, reader);
        requireItem(caseId, evidenceId);
        if (em.createNativeQuery("DELETE FROM evidence_publication WHERE evidence_id = ?1").setParameter(1, evidenceId).executeUpdate() == 0) {
            throw new NotFound("public photo " + evidenceId);
        }
        record(actor, ACTION_WITHDRAWN, reference, evidenceId, null);
    }

    /** Every approved photo of a case not withdrawn, for the generator: evidence id, person id and the bytes' SHA-256. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Approved> approved() {
        return ((List<?>) em.createNativeQuery("SELECT p.evidence_id, p.person_id, e.case_id, e.sha256 FROM evidence_publication p "
                + "JOIN evidence_item e ON e.id = p.evidence_id WHERE e.integrity = 'INTACT' ORDER BY p.evidence_id").getResultList())
                .stream().map(r -> (Object[]) r).map(r -> new Approved(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(), ((String) r[3]).strip())).toList();
    }

    /** A photo the generator may use: of this case, of this person, these bytes. */
    public record Approved(long evidenceId, long personId, long caseId, String sha256) {
    }

    private void requireItem(long caseId, long evidenceId) {
        if (em.createNativeQuery("SELECT 1 FROM evidence_item WHERE id = ?1 AND case_id = ?2").setParameter(1, evidenceId)
                .setParameter(2, caseId).getResultList().isEmpty()) {
            throw new NotFound("evidence " + evidenceId);
        }
    }

    private void record(Actor actor, String action, String reference, long evidenceId, Long personId) {
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), action, "evidence:" + evidenceId, Outcome.SUCCESS,
                AuditDetails.of("case", reference, "person", personId)));
    }

    private static List<PublicPhoto> rows(List<?> rows) {
        return rows.stream().map(r -> (Object[]) r).map(r -> new PublicPhoto(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], Rows.instant(r[3]))).toList();
    }
}
