package org.mizan.contacts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.control.CaseTeams;
import org.mizan.contacts.entity.FamilyContact;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

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
    CaseTeams teams;
    @Inject
    AuditTrail audit;

    /** The id of the case, when the reader is on its need-to-know list. */
    public long caseOf(String reference, CaseReader reader, Actor actor) {
        CaseTeams.Membership membership = teams.membership(reference, reader);
        if (!membership.onTeam()) {
            deny(actor, "case:" + reference);
            throw new Forbidden(reader.username() + " is not on the need-to-know list of " + reference);
        }
        return membership.caseId();
    }

    /** The contact, when the reader is on the need-to-know list of its case. */
    public FamilyContact contact(long id, CaseReader reader, Actor actor) {
        FamilyContact contact = em.find(FamilyContact.class, id);
        if (contact == null || !teams.onTeam(contact.getCaseId(), reader)) {
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

    public String referenceOf(long caseId, CaseReader reader) {
        return teams.reference(caseId, reader);
    }

    /** Writes what was done with a contact, or with a case's contacts, to the audit trail: never a contact's details. */
    void audited(Actor actor, String action, String target, String details) {
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), action, target, Outcome.SUCCESS, details));
    }

    private void deny(Actor actor, String target) {
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_DENIED, target, Outcome.DENIED,
                "not on the case's need-to-know list"));
    }
}
