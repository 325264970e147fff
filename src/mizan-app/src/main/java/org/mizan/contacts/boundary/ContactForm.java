package org.mizan.contacts.boundary;

import org.mizan.contacts.control.ContactDraft;
import org.mizan.contacts.entity.ContactDetails;
import org.mizan.contacts.entity.ContactLanguage;
import org.mizan.contacts.entity.ContactReach;
import org.mizan.contacts.entity.Relationship;
import org.mizan.contacts.entity.RiskLevel;
import org.mizan.contacts.entity.SafeChannel;
import org.mizan.platform.control.Text;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A contact as typed into the add form or the edit form. Phone numbers and messenger accounts are
 * typed one per line. The rules are the service's ({@link org.mizan.contacts.control.ContactRules}),
 * so the page and the REST API refuse the same things, field by field. Holds clear values: the beans
 * that own a form drop it as soon as it is saved or abandoned.
 */
public final class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long personId;
    private ContactReach reaches;
    private Relationship relationship;
    private RiskLevel riskLevel;
    private SafeChannel safeChannel;
    private ContactLanguage language;
    private String name;
    private String phones;
    private String messengers;
    private String address;
    private String protectiveMeasures;
    private String notes;

    /** A new contact: most contacts are a victim's family, so that is where the form starts. */
    static ContactForm blank() {
        ContactForm form = new ContactForm();
        form.reaches = ContactReach.FAMILY;
        return form;
    }

    /** The contact as revealed, to be changed: every field in clear, since a masked value sent back is refused. */
    static ContactForm of(ContactRow revealed) {
        if (!revealed.isRevealed()) {
            throw new IllegalStateException("only a revealed contact can be edited");
        }
        ContactForm form = new ContactForm();
        form.personId = revealed.getPersonId();
        form.reaches = revealed.getReaches();
        form.relationship = revealed.getRelationship();
        form.riskLevel = revealed.getRiskLevel();
        form.safeChannel = revealed.getSafeChannel();
        form.language = revealed.getLanguage();
        form.name = revealed.getName();
        form.phones = String.join("\n", revealed.getPhones());
        form.messengers = String.join("\n", revealed.getMessengers());
        form.address = revealed.getAddress();
        form.protectiveMeasures = revealed.getProtectiveMeasures();
        form.notes = revealed.getNotes();
        return form;
    }

    ContactDraft toDraft() {
        return new ContactDraft(personId, reaches, relationship, riskLevel, safeChannel, language,
                new ContactDetails(Text.blankToNull(name), lines(phones), lines(messengers), Text.blankToNull(address),
                        Text.blankToNull(protectiveMeasures), Text.blankToNull(notes)));
    }

    /** One entry per non-blank line. */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "ContactForm[withheld]";
    }

    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public ContactReach getReaches() { return reaches; }
    public void setReaches(ContactReach reaches) { this.reaches = reaches; }
    public Relationship getRelationship() { return relationship; }
    public void setRelationship(Relationship relationship) { this.relationship = relationship; }
    public RiskLevel getRiskLevel() { return riskLevel; }
    public void setRiskLevel(RiskLevel riskLevel) { this.riskLevel = riskLevel; }
    public SafeChannel getSafeChannel() { return safeChannel; }
    public void setSafeChannel(SafeChannel safeChannel) { this.safeChannel = safeChannel; }
    public ContactLanguage getLanguage() { return language; }
    public void setLanguage(ContactLanguage language) { this.language = language; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhones() { return phones; }
    public void setPhones(String phones) { this.phones = phones; }
    public String getMessengers() { return messengers; }
    public void setMessengers(String messengers) { this.messengers = messengers; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getProtectiveMeasures() { return protectiveMeasures; }
    public void setProtectiveMeasures(String protectiveMeasures) { this.protectiveMeasures = protectiveMeasures; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
