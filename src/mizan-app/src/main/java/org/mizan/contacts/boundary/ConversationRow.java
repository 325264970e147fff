package org.mizan.contacts.boundary;

import org.mizan.contacts.control.ContactViews;
import org.mizan.contacts.entity.CommunicationEntry;
import org.mizan.contacts.entity.SafeChannel;

import java.io.Serializable;

/** One logged conversation in a revealed contact's communication log: who spoke and what was said, in clear. */
public final class ConversationRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String occurredOn;
    private final SafeChannel channel;
    private final String participants;
    private final String summary;
    private final boolean followUpNeeded;
    private final String followUpBy;
    private final String recordedBy;

    private ConversationRow(ContactViews.Conversation conversation) {
        CommunicationEntry e = conversation.entry();
        occurredOn = ContactTimes.day(e.getOccurredOn());
        channel = e.getChannel();
        participants = conversation.participants();
        summary = conversation.summary();
        followUpNeeded = e.isFollowUpNeeded();
        followUpBy = ContactTimes.day(e.getFollowUpBy());
        recordedBy = e.getRecordedBy();
    }

    static ConversationRow of(ContactViews.Conversation conversation) {
        return new ConversationRow(conversation);
    }

    public String getOccurredOn() { return occurredOn; }
    public SafeChannel getChannel() { return channel; }
    public String getParticipants() { return participants; }
    public String getSummary() { return summary; }
    public boolean isFollowUpNeeded() { return followUpNeeded; }
    public String getFollowUpBy() { return followUpBy; }
    public String getRecordedBy() { return recordedBy; }

    @Override
    public String toString() {
        return "ConversationRow[" + occurredOn + " " + channel + ", withheld]";
    }
}
