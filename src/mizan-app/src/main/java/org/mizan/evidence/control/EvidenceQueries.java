package org.mizan.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.cases.control.CaseVisibility;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.evidence.entity.VerificationRecord;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CaseReader;

import java.util.List;

/**
 * Evidence as a reader may see it: items of cases they may see, and nothing else — an item of a
 * restricted case answers "not found" to everyone outside its team, exactly as the case does.
 */
@ApplicationScoped
public class EvidenceQueries {

    @PersistenceContext
    EntityManager em;
    @jakarta.inject.Inject
    org.mizan.cases.control.CaseTeams teams;

    /** The id of a case the reader may see. */
    @Transactional
    public long caseId(String reference, CaseReader reader) {
        return teams.membership(reference, reader).caseId();
    }

    /** Evidence is added to and described by the case's team only. */
    public void requireTeam(long caseId, CaseReader reader) {
        teams.requireTeamEditor(caseId, reader);
    }

    @Transactional
    public List<EvidenceItem> ofCase(String reference, CaseReader reader) {
        return em.createQuery("SELECT e FROM EvidenceItem e WHERE e.caseId = :case ORDER BY e.id", EvidenceItem.class)
                .setParameter("case", caseId(reference, reader)).getResultList();
    }

    @Transactional
    public EvidenceItem item(long id, CaseReader reader) {
        List<?> ids = em.createNativeQuery("SELECT e.id FROM evidence_item e JOIN violation_case c ON c.id = e.case_id "
                + "WHERE e.id = ?1 AND " + CaseVisibility.sql("c", reader)).setParameter(1, id).getResultList();
        if (ids.isEmpty()) {
            throw new NotFound("evidence " + id);
        }
        return em.find(EvidenceItem.class, id);
    }

    /** The reference of the case an item belongs to. */
    @Transactional
    public String caseReference(EvidenceItem item) {
        return (String) em.createNativeQuery("SELECT reference FROM violation_case WHERE id = ?1").setParameter(1, item.getCaseId())
                .getSingleResult();
    }

    /** Other cases the reader may see that hold the same bytes: the link between them. */
    @Transactional
    public List<String> sameBytesElsewhere(EvidenceItem item, CaseReader reader) {
        @SuppressWarnings("unchecked")
        List<String> references = em.createNativeQuery("SELECT c.reference FROM evidence_item e JOIN violation_case c ON c.id = e.case_id "
                        + "WHERE e.sha256 = ?1 AND e.case_id <> ?2 AND " + CaseVisibility.sql("c", reader) + " ORDER BY c.reference")
                .setParameter(1, item.getSha256()).setParameter(2, item.getCaseId()).getResultList();
        return references;
    }

    /**
     * For every item of a case, by SHA-256, the other cases the reader may see that hold the same bytes —
     * one query for a whole list, not one per item.
     */
    @Transactional
    public java.util.Map<String, List<String>> sameBytesElsewhere(long caseId, CaseReader reader) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT mine.sha256, c.reference FROM evidence_item mine "
                        + "JOIN evidence_item other ON other.sha256 = mine.sha256 AND other.case_id <> mine.case_id "
                        + "JOIN violation_case c ON c.id = other.case_id WHERE mine.case_id = ?1 AND " + CaseVisibility.sql("c", reader)
                        + " ORDER BY c.reference").setParameter(1, caseId).getResultList();
        java.util.Map<String, List<String>> bySha = new java.util.HashMap<>();
        for (Object[] row : rows) {
            List<String> references = bySha.computeIfAbsent(((String) row[0]).strip(), sha -> new java.util.ArrayList<>());
            if (!references.contains((String) row[1])) {
                references.add((String) row[1]);
            }
        }
        return bySha;
    }

    @Transactional
    public List<VerificationRecord> verifications(long itemId) {
        return em.createQuery("SELECT v FROM VerificationRecord v WHERE v.itemId = :item ORDER BY v.id", VerificationRecord.class)
                .setParameter("item", itemId).getResultList();
    }
}
