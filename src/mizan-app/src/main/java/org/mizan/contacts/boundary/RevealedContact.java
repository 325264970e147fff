package org.mizan.contacts.boundary;

import org.mizan.contacts.control.ContactViews;

import java.io.Serializable;
import java.util.List;

/** What a reveal returned: the contact in clear, every consent decision and the communication log. Lives only in the dialog. */
public final class RevealedContact implements Serializable {

    private static final long serialVersionUID = 1L;
    private final ContactRow contact;
    private final List<ConsentRow> consents;
    private final List<ConversationRow> conversations;

    private RevealedContact(ContactViews.Revealed revealed) {
        contact = ContactRow.of(revealed.card());
        consents = revealed.consents().stream().map(ConsentRow::of).toList();
        conversations = revealed.conversations().stream().map(ConversationRow::of).toList();
    }

    static RevealedContact of(ContactViews.Revealed revealed) {
        return new RevealedContact(revealed);
    }

    public ContactRow getContact() { return contact; }
    public List<ConsentRow> getConsents() { return consents; }
    public List<ConversationRow> getConversations() { return conversations; }

    @Override
    public String toString() {
        return "RevealedContact[withheld]";
    }
}
