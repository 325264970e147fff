package org.mizan.contacts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.contacts.control.CommunicationLog;
import org.mizan.contacts.control.ConversationDraft;
import org.mizan.contacts.entity.SafeChannel;

import java.time.LocalDate;

/**
 * The conversation dialog: one entry added to a contact's communication log (when, over what channel,
 * who spoke, what was said, whether to follow up and by when), by an assigned investigator or lawyer.
 */
@Named
@ViewScoped
public class ConversationLogger extends ContactPageForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "conversation";

    @Inject
    CommunicationLog log;

    private ContactRow target;
    private LocalDate occurredOn;
    private SafeChannel channel;
    /** Who spoke and what was said: transient, like every clear value on this page. */
    private transient String participants;
    private transient String summary;
    private boolean followUpNeeded;
    private LocalDate followUpBy;

    public void open(long id) {
        close();
        list.row(id).ifPresentOrElse(row -> {
            target = row;
            occurredOn = ContactTimes.today();
            channel = row.getSafeChannel();
        }, () -> ContactChange.refused("contacts.notFound"));
    }

    public void record() {
        if (target == null) {
            return;
        }
        ConversationDraft draft = new ConversationDraft(occurredOn, channel, participants, summary, followUpNeeded, followUpBy);
        saveChange(FORM, () -> log.log(target.getId(), draft, currentUser.reader(), currentUser.actor()), this::close,
                "contacts.conversation.logged");
    }

    /** Drops what was typed: who spoke and what was said are as sensitive as the contact itself. */
    public void close() {
        target = null;
        occurredOn = null;
        channel = null;
        participants = null;
        summary = null;
        followUpNeeded = false;
        followUpBy = null;
    }

    public boolean isOpen() { return target != null; }
    public ContactRow getTarget() { return target; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public SafeChannel getChannel() { return channel; }
    public void setChannel(SafeChannel channel) { this.channel = channel; }
    public String getParticipants() { return participants; }
    public void setParticipants(String participants) { this.participants = participants; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public boolean isFollowUpNeeded() { return followUpNeeded; }
    public void setFollowUpNeeded(boolean followUpNeeded) { this.followUpNeeded = followUpNeeded; }
    public LocalDate getFollowUpBy() { return followUpBy; }
    public void setFollowUpBy(LocalDate followUpBy) { this.followUpBy = followUpBy; }
}
