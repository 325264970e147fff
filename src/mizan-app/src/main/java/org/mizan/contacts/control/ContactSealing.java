package org.mizan.contacts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.contacts.entity.CommunicationEntry;
import org.mizan.contacts.entity.ConsentRecord;
import org.mizan.contacts.entity.ContactDetails;
import org.mizan.contacts.entity.FamilyContact;

import java.util.Arrays;
import java.util.List;

/** Between clear contact details and the ciphertext the entities hold, each value bound to its row and column. */
@ApplicationScoped
public class ContactSealing {

    private static final EncryptedColumns CONTACT = EncryptedColumns.FAMILY_CONTACT;
    private static final EncryptedColumns CONSENT = EncryptedColumns.CONTACT_CONSENT;
    private static final EncryptedColumns TALK = EncryptedColumns.CONTACT_COMMUNICATION;

    @Inject
    DataKeys keys;

    public void seal(FamilyContact contact, ContactDetails details) {
        long id = contact.getId();
        contact.seal(new FamilyContact.Sealed(
                encrypt(details.name(), CONTACT.context("name_enc", id)),
                encrypt(lines(details.phones()), CONTACT.context("phones_enc", id)),
                encrypt(lines(details.messengers()), CONTACT.context("messengers_enc", id)),
                encrypt(details.address(), CONTACT.context("address_enc", id)),
                encrypt(details.protectiveMeasures(), CONTACT.context("protective_measures_enc", id)),
                encrypt(details.notes(), CONTACT.context("notes_enc", id))));
    }

    public ContactDetails open(FamilyContact contact) {
        long id = contact.getId();
        FamilyContact.Sealed sealed = contact.sealed();
        return new ContactDetails(
                decrypt(sealed.name(), CONTACT.context("name_enc", id)),
                split(decrypt(sealed.phones(), CONTACT.context("phones_enc", id))),
                split(decrypt(sealed.messengers(), CONTACT.context("messengers_enc", id))),
                decrypt(sealed.address(), CONTACT.context("address_enc", id)),
                decrypt(sealed.protectiveMeasures(), CONTACT.context("protective_measures_enc", id)),
                decrypt(sealed.notes(), CONTACT.context("notes_enc", id)));
    }

    public void sealGivenBy(ConsentRecord record, String givenBy) {
        record.sealGivenBy(encrypt(givenBy, CONSENT.context("given_by_enc", record.getId())));
    }

    public String givenBy(ConsentRecord record) {
        return decrypt(record.getGivenBySealed(), CONSENT.context("given_by_enc", record.getId()));
    }

    public void seal(CommunicationEntry entry, String participants, String summary) {
        entry.seal(encrypt(participants, TALK.context("participants_enc", entry.getId())),
                encrypt(summary, TALK.context("summary_enc", entry.getId())));
    }

    public String participants(CommunicationEntry entry) {
        return decrypt(entry.getParticipantsSealed(), TALK.context("participants_enc", entry.getId()));
    }

    public String summary(CommunicationEntry entry) {
        return decrypt(entry.getSummarySealed(), TALK.context("summary_enc", entry.getId()));
    }

    private String encrypt(String value, String context) {
        return value == null || value.isEmpty() ? null : keys.cipher().encrypt(value, context);
    }

    private String decrypt(String value, String context) {
        return keys.cipher().decrypt(value, context);
    }

    private static String lines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : Arrays.asList(value.split("\n"));
    }
}
