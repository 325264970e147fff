package org.mizan.evidence.control;

import org.mizan.audit.entity.AuditDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.evidence.entity.CustodyAction;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Writes the row that makes stored bytes an item of a case, with its intake in the chain of custody. */
@ApplicationScoped
public class EvidenceRecords {

    @PersistenceContext
    EntityManager em;
    @Inject
    Custody custody;

    @Inject
    Clock clock;

    /** A new item, in a transaction of its own: if another upload of the same bytes won the race, this one fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public EvidenceItem create(long caseId, EvidenceStore.Stored stored, Upload upload, String detectedType, Actor actor) {
        EvidenceItem item = new EvidenceItem(caseId, stored.sha256(), stored.size(), upload.declaredName(), upload.declaredType(),
                detectedType, actor.username(), clock.instant(), upload.derivedFrom(), upload.derivation());
        item.describe(upload.provenance());
        em.persist(item);
        em.flush();
        custody.record(item.getId(), CustodyAction.INTAKE, actor, "SHA-256 " + stored.sha256() + ", " + stored.size() + " bytes",
                AuditDetails.of("sha256", stored.sha256(), "size", stored.size()));
        if (upload.derivedFrom() != null) {
            custody.record(upload.derivedFrom(), CustodyAction.DERIVATION, actor, "derived copy: item " + item.getId()
                    + (upload.derivation() == null ? "" : " (" + upload.derivation() + ")"));
        }
        return item;
    }

    /** The item of a case that holds these bytes already. */
    @Transactional
    public Optional<EvidenceItem> existing(long caseId, String sha256) {
        List<EvidenceItem> found = em.createQuery("SELECT e FROM EvidenceItem e WHERE e.caseId = :case AND e.sha256 = :sha",
                EvidenceItem.class).setParameter("case", caseId).setParameter("sha", sha256).getResultList();
        return found.stream().findFirst();
    }

    /** Every hash an item refers to, for the sweep. */
    @Transactional
    public java.util.Set<String> referencedHashes() {
        @SuppressWarnings("unchecked")
        List<String> hashes = em.createNativeQuery("SELECT DISTINCT sha256 FROM evidence_item").getResultList();
        return new java.util.HashSet<>(hashes.stream().map(String::strip).toList());
    }
}
