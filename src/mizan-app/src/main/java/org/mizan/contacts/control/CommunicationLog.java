package org.mizan.contacts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.contacts.entity.CommunicationEntry;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.util.List;

/** Conversations with a contact, only ever added: when, over what, who spoke, what was said, whether to follow up. */
@ApplicationScoped
public class CommunicationLog {

    @PersistenceContext
    EntityManager em;
    @Inject
    ContactAccess access;
    @Inject
    ContactSealing sealing;

    @Inject
    Clock clock;

    @Transactional
    public ContactViews.Conversation log(long contactId, ConversationDraft draft, CaseReader reader, Actor actor) {
        access.contact(contactId, reader, actor);
        ContactRules.check(draft, ContactRules.today(clock));
        CommunicationEntry entry = new CommunicationEntry(contactId, draft.occurredOn(), draft.channel(), draft.followUpNeeded(),
                draft.followUpBy(), actor.username(), clock.instant());
        em.persist(entry);
        sealing.seal(entry, draft.participants().strip(), draft.summary().strip());
        em.flush();
        access.audited(actor, "CONTACT_COMMUNICATION", "contact:" + contactId, draft.channel() + " on " + draft.occurredOn());
        return new ContactViews.Conversation(entry, Masking.DOTS, Masking.DOTS);
    }

    /** The log, newest first; who spoke and what was said in clear only for a reveal. */
    @Transactional
    public List<ContactViews.Conversation> entries(long contactId, CaseReader reader, Actor actor) {
        access.contact(contactId, reader, actor);
        return entries(contactId, false);
    }

    List<ContactViews.Conversation> entries(long contactId, boolean revealed) {
        return em.createQuery("SELECT e FROM CommunicationEntry e WHERE e.contactId = :contact ORDER BY e.occurredOn DESC, e.id DESC",
                        CommunicationEntry.class).setParameter("contact", contactId).getResultList().stream()
                .map(e -> revealed ? new ContactViews.Conversation(e, sealing.participants(e), sealing.summary(e))
                        : new ContactViews.Conversation(e, Masking.DOTS, Masking.DOTS)).toList();
    }
}
