package org.mizan.contacts.boundary;

import org.mizan.contacts.control.ContactViews;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.contacts.entity.ContactDetails;
import org.mizan.contacts.entity.ContactLanguage;
import org.mizan.contacts.entity.ContactReach;
import org.mizan.contacts.entity.FamilyContact;
import org.mizan.contacts.entity.Relationship;
import org.mizan.contacts.entity.RiskLevel;
import org.mizan.contacts.entity.SafeChannel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One contact as the pages show it: masked in the list, in clear inside the reveal dialog (the same
 * shape, so a page can never show a clear value by picking the wrong property — it only ever gets
 * what the service handed out). {@link #toString()} says nothing, so no log line can carry a detail.
 */
public final class ContactRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final long version;
    private final long personId;
    private final String personName;
    private final ContactReach reaches;
    private final Relationship relationship;
    private final RiskLevel riskLevel;
    private final SafeChannel safeChannel;
    private final ContactLanguage language;
    private final boolean revealed;
    private final String name;
    private final List<String> phones;
    private final List<String> messengers;
    private final String address;
    private final String protectiveMeasures;
    private final String notes;
    private final List<ConsentState> consents;
    private final String updatedBy;
    private final String updatedAt;

    private ContactRow(ContactViews.Card card) {
        FamilyContact c = card.contact();
        ContactDetails d = card.details();
        id = c.getId();
        version = c.getVersion();
        personId = c.getPersonId();
        personName = card.personName();
        reaches = c.getReaches();
        relationship = c.getRelationship();
        riskLevel = c.getRiskLevel();
        safeChannel = c.getSafeChannel();
        language = c.getLanguage();
        revealed = card.revealed();
        name = d.name();
        phones = List.copyOf(d.phones());
        messengers = List.copyOf(d.messengers());
        address = d.address();
        protectiveMeasures = d.protectiveMeasures();
        notes = d.notes();
        consents = Arrays.stream(ConsentKind.values()).map(kind -> ConsentState.of(kind, card.consents().get(kind))).toList();
        updatedBy = c.getUpdatedBy();
        updatedAt = ContactTimes.minute(c.getUpdatedAt());
    }

    static ContactRow of(ContactViews.Card card) {
        return new ContactRow(card);
    }

    public long getId() { return id; }
    long version() { return version; }
    public long getPersonId() { return personId; }
    public String getPersonName() { return personName; }
    public ContactReach getReaches() { return reaches; }
    public Relationship getRelationship() { return relationship; }
    public RiskLevel getRiskLevel() { return riskLevel; }
    public SafeChannel getSafeChannel() { return safeChannel; }
    public ContactLanguage getLanguage() { return language; }
    public boolean isRevealed() { return revealed; }
    public String getName() { return name; }
    public List<String> getPhones() { return phones; }
    public List<String> getMessengers() { return messengers; }
    public String getAddress() { return address; }
    public String getProtectiveMeasures() { return protectiveMeasures; }
    public String getNotes() { return notes; }
    public List<ConsentState> getConsents() { return consents; }
    public String getUpdatedBy() { return updatedBy; }
    public String getUpdatedAt() { return updatedAt; }

    /** Whether revealing this contact needs a stated reason (the service insists; the dialog says so beforehand). */
    public boolean isReasonRequired() {
        return riskLevel.revealNeedsReason();
    }

    /** The colour of the risk tag. */
    public String getRiskSeverity() {
        return switch (riskLevel) {
            case LOW -> "success";
            case MEDIUM -> "warning";
            case HIGH, RELOCATED -> "danger";
        };
    }

    @Override
    public String toString() {
        return "ContactRow[" + id + ", withheld]";
    }
}
