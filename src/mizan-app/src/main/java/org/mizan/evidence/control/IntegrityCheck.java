package org.mizan.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.evidence.entity.CustodyAction;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.evidence.entity.Integrity;
import org.mizan.platform.control.Sha256;
import org.mizan.security.entity.Actor;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

/**
 * Re-hashes stored bytes and compares them with the SHA-256 taken at intake. A mismatch (or missing
 * bytes) marks the item, which every page showing it then flags, and writes a failure to the audit
 * chain; a match is a custody event.
 */
@ApplicationScoped
public class IntegrityCheck {

    public static final String ACTION_MISMATCH = "EVIDENCE_INTEGRITY_MISMATCH";

    @PersistenceContext
    EntityManager em;
    @Inject
    EvidenceStore store;
    @Inject
    Custody custody;
    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public Integrity rehash(long id, Actor actor) {
        EvidenceItem item = em.find(EvidenceItem.class, id);
        if (item == null) {
            throw new org.mizan.platform.control.NotFound("evidence " + id);
        }
        Integrity result = hashOf(item.getSha256());
        item.checked(result, clock.instant());
        if (result == Integrity.INTACT) {
            custody.record(id, CustodyAction.REHASH, actor, "SHA-256 matches");
        } else {
            custody.record(id, CustodyAction.REHASH, actor, result == Integrity.MISSING ? "bytes missing" : "SHA-256 DOES NOT MATCH");
            audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_MISMATCH, "evidence:" + id, Outcome.FAILURE,
                    result + ": stored bytes no longer hash to " + item.getSha256()));
        }
        return result;
    }

    @Transactional
    public List<Long> allIds() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM evidence_item ORDER BY id").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Items whose last check failed: the alert every evidence page shows. */
    @Transactional
    public List<EvidenceItem> failing() {
        return em.createQuery("SELECT e FROM EvidenceItem e WHERE e.integrity <> org.mizan.evidence.entity.Integrity.INTACT "
                + "ORDER BY e.id", EvidenceItem.class).getResultList();
    }

    private Integrity hashOf(String sha256) {
        try (InputStream in = store.open(sha256, 0)) {
            return Sha256.hex(in).equals(sha256) ? Integrity.INTACT : Integrity.MISMATCH;
        } catch (IOException e) {
            return Integrity.MISSING;
        }
    }
}
