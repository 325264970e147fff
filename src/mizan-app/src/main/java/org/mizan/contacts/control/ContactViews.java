package org.mizan.contacts.control;

import org.mizan.contacts.entity.CommunicationEntry;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.contacts.entity.ConsentRecord;
import org.mizan.contacts.entity.ContactDetails;
import org.mizan.contacts.entity.FamilyContact;

import java.util.List;
import java.util.Map;

/** What the contact services hand to the boundaries: masked unless {@code revealed}. */
public final class ContactViews {

    private ContactViews() {
    }

    /** A contact with its details (masked, or in clear after a reveal) and its current consents. */
    public record Card(FamilyContact contact, String caseReference, String personName, ContactDetails details, boolean revealed,
                       Map<ConsentKind, ConsentRecord> consents) {
    }

    /** A consent decision with who gave or withdrew it (masked unless revealed). */
    public record Consent(ConsentRecord record, String givenBy) {
    }

    /** A logged conversation with who spoke and what was said (masked unless revealed). */
    public record Conversation(CommunicationEntry entry, String participants, String summary) {
    }

    /** Everything about one contact in clear, as a reveal returns it. */
    public record Revealed(Card card, List<Consent> consents, List<Conversation> conversations) {
    }
}
