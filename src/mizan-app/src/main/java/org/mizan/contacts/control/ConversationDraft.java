package org.mizan.contacts.control;

import org.mizan.contacts.entity.SafeChannel;

import java.time.LocalDate;

/** A conversation as entered for the communication log; who spoke and what was said are sealed. */
public record ConversationDraft(LocalDate occurredOn, SafeChannel channel, String participants, String summary,
                                boolean followUpNeeded, LocalDate followUpBy) {

    @Override
    public String toString() {
        return "ConversationDraft[" + occurredOn + " " + channel + "]";
    }
}
