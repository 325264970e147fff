package org.mizan.contacts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.control.CaseReader;
import org.mizan.contacts.entity.FamilyContact;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.NotFound;
import org.mizan.security.entity.Actor;

import java.util.List;

/**
 * Need-to-know: a case's contacts are for the investigators and lawyers assigned to it, and for
 * nobody else — administrators and advocates included. A refusal is written to the audit trail.
 * A case the reader cannot see answers 404; a visible case whose contacts they may not know, 403;
 * a contact they may not know, 404 (its existence is not confirmed).
 */
@ApplicationScoped
public class ContactAccess {

    static final String ACTION_DENIED = "CONTACT_ACCESS";

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditTrail audit;

    /** The id of the case, when the reader is on its need-to-know list. */
    public long caseOf(String reference, CaseReader reader, Actor actor) {
        List<?> rows = em.createNativeQuery("SELECT c.id, EXISTS (SELECT 1 FROM case_assignee a WHERE a.case_id = c.id AND a.user_id = ?1) "
                + "FROM violation_case c WHERE c.reference = ?2 AND " + reader.visibleSql("c"))
                .setParameter(1, reader.userId()).setParameter(2, reference).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("case " + reference);
        }
        Object[] row = (Object[]) rows.get(0);
        if (!reader.mayJoinTeams() || !Boolean.TRUE.equals(row[1])) {
            deny(actor, "case:" + reference);
            throw new Forbidden(reader.username() + " is not on the need-to-know list of " + reference);
        }
        return ((Number) row[0]).longValue();
    }

    /** The contact, when the reader is on the need-to-know list of its case. */
    public FamilyContact contact(long id, CaseReader reader, Actor actor) {
        FamilyContact contact = em.find(FamilyContact.class, id);
        if (contact == null || !knows(contact.getCaseId(), reader)) {
            if (contact != null) {
                deny(actor, "contact:" + id);
            }
            throw new NotFound("contact " + id);
        }
        return contact;
    }

    /** Changing a contact's details is for investigators; consent and conversations may be recorded by lawyers too. */
    public void requireInvestigator(CaseReader reader) {
        if (!reader.mayEdit()) {
            throw new Forbidden(reader.username() + " may not change contact details");
        }
    }

    public String referenceOf(long caseId) {
        return (String) em.createNativeQuery("SELECT reference FROM violation_case WHERE id = ?1").setParameter(1, caseId)
                .getSingleResult();
    }

    private boolean knows(long caseId, CaseReader reader) {
        return reader.mayJoinTeams() && !em.createNativeQuery("SELECT 1 FROM case_assignee WHERE case_id = ?1 AND user_id = ?2")
                .setParameter(1, caseId).setParameter(2, reader.userId()).getResultList().isEmpty();
    }

    private void deny(Actor actor, String target) {
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_DENIED, target, Outcome.DENIED,
                "not on the case's need-to-know list"));
    }
}
