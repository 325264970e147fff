package org.mizan.contacts.control;

import org.mizan.contacts.entity.ContactDetails;
import org.mizan.contacts.entity.ContactLanguage;
import org.mizan.contacts.entity.ContactReach;
import org.mizan.contacts.entity.Relationship;
import org.mizan.contacts.entity.RiskLevel;
import org.mizan.contacts.entity.SafeChannel;

/** A contact as entered, before the rules are checked. */
public record ContactDraft(Long personId, ContactReach reaches, Relationship relationship, RiskLevel riskLevel,
                           SafeChannel safeChannel, ContactLanguage language, ContactDetails details) {

    @Override
    public String toString() {
        return "ContactDraft[person " + personId + ", " + reaches + ", " + relationship + ", " + riskLevel + "]";
    }
}
