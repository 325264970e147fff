package org.mizan.contacts.control;

import org.mizan.audit.entity.AuditDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.cases.control.PersonService;
import org.mizan.cases.entity.Person;
import org.mizan.contacts.entity.ContactDetails;
import org.mizan.contacts.entity.ContactReach;
import org.mizan.contacts.entity.FamilyContact;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Text;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A case's contacts: recorded and changed by its assigned investigators, listed masked, revealed
 * on request for a reason. Every read, reveal and change is written to the audit trail — with the
 * names of the fields that changed, never their values.
 */
@ApplicationScoped
public class ContactService {

    @PersistenceContext
    EntityManager em;
    @Inject
    ContactAccess access;
    @Inject
    ContactSealing sealing;
    @Inject
    ConsentRegister consents;
    @Inject
    CommunicationLog log;
    @Inject
    PersonService persons;

    @Inject
    Clock clock;

    @Transactional
    public List<ContactViews.Card> ofCase(String reference, CaseReader reader, Actor actor) {
        long caseId = access.caseOf(reference, reader, actor);
        List<FamilyContact> contacts = em.createQuery("SELECT c FROM FamilyContact c WHERE c.caseId = :case ORDER BY c.id",
                FamilyContact.class).setParameter("case", caseId).getResultList();
        access.audited(actor, "CONTACT_LIST", "case:" + reference, contacts.size() + " contacts, masked");
        return contacts.stream().map(contact -> masked(contact, reference)).toList();
    }

    @Transactional
    public ContactViews.Card card(long id, CaseReader reader, Actor actor) {
        FamilyContact contact = access.contact(id, reader, actor);
        access.audited(actor, "CONTACT_READ", "contact:" + id, "masked");
        return masked(contact, access.referenceOf(contact.getCaseId(), reader));
    }

    /** The details in clear; who, when and why go to the audit trail. High-risk contacts need a reason. */
    @Transactional
    public ContactViews.Revealed reveal(long id, String reason, CaseReader reader, Actor actor) {
        FamilyContact contact = access.contact(id, reader, actor);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() && contact.getRiskLevel().revealNeedsReason()) {
            throw new InvalidInput("reason", "contact.reveal.reasonRequired");
        }
        if (why.length() > 500) {
            throw new InvalidInput("reason", "validation.tooLong", 500);
        }
        access.audited(actor, "CONTACT_REVEAL", "contact:" + id, AuditDetails.of("risk", contact.getRiskLevel(),
                "reason", why.isEmpty() ? null : why));
        ContactViews.Card card = new ContactViews.Card(contact, access.referenceOf(contact.getCaseId(), reader), personName(contact),
                sealing.open(contact), true, consents.current(id));
        return new ContactViews.Revealed(card, consents.history(id, true), log.entries(id, true));
    }

    @Transactional
    public ContactViews.Card create(String reference, ContactDraft draft, CaseReader reader, Actor actor) {
        long caseId = access.caseOf(reference, reader, actor);
        access.requireInvestigator(reader);
        ContactRules.check(draft);
        requirePartyOfCase(caseId, draft, reader);
        FamilyContact contact = new FamilyContact(caseId, actor.username(), clock.instant());
        apply(contact, draft);
        em.persist(contact); // the id, from the sequence, is known now: the ciphertext is bound to it
        sealing.seal(contact, draft.details());
        em.flush();
        access.audited(actor, "CONTACT_CREATE", "contact:" + contact.getId(), "case " + reference + ", risk " + contact.getRiskLevel());
        return masked(contact, reference);
    }

    @Transactional
    public ContactViews.Card update(long id, ContactDraft draft, long expectedVersion, CaseReader reader, Actor actor) {
        FamilyContact contact = access.contact(id, reader, actor);
        access.requireInvestigator(reader);
        if (contact.getVersion() != expectedVersion) {
            throw new Conflict("conflict.stale");
        }
        ContactRules.check(draft);
        requirePartyOfCase(contact.getCaseId(), draft, reader);
        List<String> changed = changedFields(contact, sealing.open(contact), draft);
        apply(contact, draft);
        sealing.seal(contact, draft.details());
        contact.touch(actor.username(), clock.instant());
        em.flush();
        access.audited(actor, "CONTACT_UPDATE", "contact:" + id, changed.isEmpty() ? "nothing changed" : "changed: " + String.join(", ", changed));
        return masked(contact, access.referenceOf(contact.getCaseId(), reader));
    }

    private ContactViews.Card masked(FamilyContact contact, String reference) {
        ContactDetails clear = sealing.open(contact);
        ContactDetails masked = new ContactDetails(Masking.DOTS, Masking.phones(clear.phones()), Masking.texts(clear.messengers()),
                Masking.text(clear.address()), Masking.text(clear.protectiveMeasures()), Masking.text(clear.notes()));
        return new ContactViews.Card(contact, reference, personName(contact), masked, false, consents.current(contact.getId()));
    }

    private String personName(FamilyContact contact) {
        Person person = em.find(Person.class, contact.getPersonId());
        return person == null ? null : person.displayName();
    }

    /**
     * The person a contact is about must be in the case: a victim (for a family or a survivor) or a witness. A
     * person the reader may not see is not found, as everywhere, before the case is asked about them.
     */
    private void requirePartyOfCase(long caseId, ContactDraft draft, CaseReader reader) {
        persons.visible(draft.personId(), reader);
        String role = draft.reaches() == ContactReach.WITNESS ? "WITNESS" : "VICTIM";
        boolean party = !em.createNativeQuery("SELECT 1 FROM case_party WHERE case_id = ?1 AND person_id = ?2 AND role = ?3")
                .setParameter(1, caseId).setParameter(2, draft.personId()).setParameter(3, role).getResultList().isEmpty();
        if (!party) {
            throw new InvalidInput("personId", draft.reaches() == ContactReach.WITNESS ? "contact.person.notWitness"
                    : "contact.person.notVictim");
        }
    }

    private static void apply(FamilyContact contact, ContactDraft draft) {
        contact.setPersonId(draft.personId());
        contact.setReaches(draft.reaches());
        contact.setRelationship(draft.relationship());
        contact.setRiskLevel(draft.riskLevel());
        contact.setSafeChannel(draft.safeChannel());
        contact.setLanguage(draft.language());
    }

    private static List<String> changedFields(FamilyContact contact, ContactDetails before, ContactDraft draft) {
        ContactDetails after = draft.details();
        List<String> changed = new ArrayList<>();
        addIf(changed, "person", !Objects.equals(contact.getPersonId(), draft.personId()));
        addIf(changed, "reaches", contact.getReaches() != draft.reaches());
        addIf(changed, "relationship", contact.getRelationship() != draft.relationship());
        addIf(changed, "riskLevel", contact.getRiskLevel() != draft.riskLevel());
        addIf(changed, "safeChannel", contact.getSafeChannel() != draft.safeChannel());
        addIf(changed, "language", contact.getLanguage() != draft.language());
        addIf(changed, "name", !Objects.equals(before.name(), after.name()));
        addIf(changed, "phones", !before.phones().equals(after.phones()));
        addIf(changed, "messengers", !before.messengers().equals(after.messengers()));
        addIf(changed, "address", !Objects.equals(Text.blankToNull(before.address()), Text.blankToNull(after.address())));
        addIf(changed, "protectiveMeasures", !Objects.equals(Text.blankToNull(before.protectiveMeasures()),
                Text.blankToNull(after.protectiveMeasures())));
        addIf(changed, "notes", !Objects.equals(Text.blankToNull(before.notes()), Text.blankToNull(after.notes())));
        return changed;
    }

    private static void addIf(List<String> changed, String field, boolean condition) {
        if (condition) {
            changed.add(field);
        }
    }
}
