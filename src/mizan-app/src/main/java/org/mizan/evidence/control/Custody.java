package org.mizan.evidence.control;

import org.mizan.audit.entity.AuditDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.evidence.entity.CustodyAction;
import org.mizan.evidence.entity.CustodyEvent;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.util.List;

/** An item's chain of custody: every event is a row of its own and an entry in the audit chain. */
@ApplicationScoped
public class Custody {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public CustodyEvent record(long itemId, CustodyAction action, Actor actor, String reason) {
        return record(itemId, action, actor, reason, reason == null ? null : AuditDetails.of("note", reason));
    }

    /** A custody event whose audit entry holds {@link AuditDetails structured details} rather than the custody note. */
    @Transactional
    public CustodyEvent record(long itemId, CustodyAction action, Actor actor, String reason, String auditDetails) {
        CustodyEvent event = new CustodyEvent(itemId, clock.instant(), actor.username(), actor.clientAddress(), action, reason);
        em.persist(event);
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), "EVIDENCE_" + action, "evidence:" + itemId,
                Outcome.SUCCESS, auditDetails));
        return event;
    }

    @Transactional
    public List<CustodyEvent> of(long itemId) {
        return em.createQuery("SELECT e FROM CustodyEvent e WHERE e.itemId = :item ORDER BY e.id", CustodyEvent.class)
                .setParameter("item", itemId).getResultList();
    }
}
