package org.mizan.contacts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.contacts.entity.ConsentRecord;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one place consent is read from — by the contact pages and, later, by every report: decisions
 * are only ever added, and the latest decision of each kind (by the day it was made, then by the
 * order recorded) is the state. A withdrawal therefore holds for everything generated after it.
 */
@ApplicationScoped
public class ConsentRegister {

    @PersistenceContext
    EntityManager em;
    @Inject
    ContactAccess access;
    @Inject
    ContactSealing sealing;

    @Inject
    Clock clock;

    @Transactional
    public ContactViews.Consent decide(long contactId, ConsentDraft draft, CaseReader reader, Actor actor) {
        access.contact(contactId, reader, actor);
        ContactRules.check(draft, ContactRules.today(clock));
        ConsentRecord record = new ConsentRecord(contactId, draft.consent(), draft.decision(), draft.decidedOn(), draft.method(),
                actor.username(), clock.instant());
        em.persist(record);
        sealing.sealGivenBy(record, draft.givenBy().strip());
        em.flush();
        access.audited(actor, "CONTACT_CONSENT", "contact:" + contactId,
                draft.consent() + " " + draft.decision() + " on " + draft.decidedOn() + " (" + draft.method() + ")");
        return new ContactViews.Consent(record, Masking.DOTS);
    }

    /** Every decision, oldest first; who gave it in clear only for a reveal. */
    @Transactional
    public List<ContactViews.Consent> history(long contactId, CaseReader reader, Actor actor) {
        access.contact(contactId, reader, actor);
        return history(contactId, false);
    }

    List<ContactViews.Consent> history(long contactId, boolean revealed) {
        return decisions(contactId).stream().map(r -> new ContactViews.Consent(r, revealed ? sealing.givenBy(r) : Masking.DOTS))
                .toList();
    }

    /** The state of each consent of a contact: its latest decision; a kind never decided is absent. */
    @Transactional
    public Map<ConsentKind, ConsentRecord> current(long contactId) {
        Map<ConsentKind, ConsentRecord> state = new EnumMap<>(ConsentKind.class);
        decisions(contactId).forEach(record -> state.put(record.getConsent(), record));
        return state;
    }

    /** One consent decision about a person of a case, for reports: no names, no contact details. */
    public record PartyDecision(long caseId, long personId, long contactId, ConsentKind consent,
                                org.mizan.contacts.entity.ConsentDecision decision) {
    }

    /**
     * Every consent decision of the contacts of these cases and of these persons (in whatever case), oldest
     * first in the same order as {@link #current} folds them, so that a report applying them in turn ends with
     * the same state: one query for a whole page of cases rather than one per contact.
     */
    @Transactional
    public List<PartyDecision> decisionsAbout(java.util.Collection<Long> caseIds, java.util.Collection<Long> personIds) {
        if (caseIds.isEmpty() && personIds.isEmpty()) {
            return List.of();
        }
        // An empty IN list is not valid JPQL; no row has id -1.
        return em.createQuery("SELECT c.caseId, c.personId, r.contactId, r.consent, r.decision FROM ConsentRecord r, "
                        + "FamilyContact c WHERE c.id = r.contactId AND (c.caseId IN :cases OR c.personId IN :persons) "
                        + "ORDER BY r.decidedOn, r.id", Object[].class)
                .setParameter("cases", caseIds.isEmpty() ? List.of(-1L) : caseIds)
                .setParameter("persons", personIds.isEmpty() ? List.of(-1L) : personIds)
                .getResultList().stream()
                .map(row -> new PartyDecision((Long) row[0], (Long) row[1], (Long) row[2], (ConsentKind) row[3],
                        (org.mizan.contacts.entity.ConsentDecision) row[4]))
                .toList();
    }

    /** Oldest decision first: by the day it was made, then by the order it was recorded. */
    private List<ConsentRecord> decisions(long contactId) {
        return em.createQuery("SELECT r FROM ConsentRecord r WHERE r.contactId = :contact ORDER BY r.decidedOn, r.id",
                ConsentRecord.class).setParameter("contact", contactId).getResultList();
    }
}
