package org.mizan.contacts.boundary;

import jakarta.ws.rs.core.EntityTag;
import org.mizan.contacts.control.ConsentDraft;
import org.mizan.contacts.control.ContactDraft;
import org.mizan.contacts.control.ContactViews;
import org.mizan.contacts.control.ConversationDraft;
import org.mizan.contacts.entity.ConsentDecision;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.contacts.entity.ConsentMethod;
import org.mizan.contacts.entity.ConsentRecord;
import org.mizan.contacts.entity.ContactDetails;
import org.mizan.contacts.entity.ContactLanguage;
import org.mizan.contacts.entity.ContactReach;
import org.mizan.contacts.entity.FamilyContact;
import org.mizan.contacts.entity.Relationship;
import org.mizan.contacts.entity.RiskLevel;
import org.mizan.contacts.entity.SafeChannel;
import org.mizan.platform.boundary.Unreadable;
import org.mizan.platform.control.Dates;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Contacts on the wire. Details are masked ("•••• 4567") in every answer except a reveal's. */
public final class ContactJson {

    private ContactJson() {
    }

    /** A contact as a client sends it: every field, in clear (a value still masked is refused). */
    public record ContactInput(Long personId, String reaches, String relationship, String riskLevel, String safeChannel,
                               String language, String name, List<String> phones, List<String> messengers, String address,
                               String protectiveMeasures, String notes, Long version) {

        ContactDraft toDraft() {
            Unreadable unreadable = new Unreadable();
            ContactDraft draft = new ContactDraft(personId, unreadable.code(ContactReach.class, "reaches", reaches),
                    unreadable.code(Relationship.class, "relationship", relationship),
                    unreadable.code(RiskLevel.class, "riskLevel", riskLevel),
                    unreadable.code(SafeChannel.class, "safeChannel", safeChannel),
                    unreadable.read(() -> languageOf(language)),
                    new ContactDetails(Text.blankToNull(name), trimAll(phones), trimAll(messengers), Text.blankToNull(address), Text.blankToNull(protectiveMeasures),
                            Text.blankToNull(notes)));
            unreadable.throwIfAny();
            return draft;
        }

        @Override
        public String toString() {
            return "ContactInput[withheld]";
        }
    }

    /** The state of one consent: its latest decision. */
    public record ConsentState(String decision, LocalDate decidedOn, String method) {
        static ConsentState of(ConsentRecord record) {
            return new ConsentState(record.getDecision().name(), record.getDecidedOn(), record.getMethod().name());
        }
    }

    public record ContactView(long id, String caseReference, long personId, String personName, String reaches,
                              String relationship, String riskLevel, String safeChannel, String language, boolean revealed,
                              String name, List<String> phones, List<String> messengers, String address,
                              String protectiveMeasures, String notes, Map<String, ConsentState> consents, long version,
                              Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

        static ContactView of(ContactViews.Card card) {
            FamilyContact c = card.contact();
            ContactDetails d = card.details();
            Map<String, ConsentState> consents = new java.util.LinkedHashMap<>();
            new EnumMap<>(card.consents()).forEach((kind, record) -> consents.put(kind.name(), ConsentState.of(record)));
            return new ContactView(c.getId(), card.caseReference(), c.getPersonId(), card.personName(), c.getReaches().name(),
                    c.getRelationship().name(), c.getRiskLevel().name(), nameOf(c.getSafeChannel()), c.getLanguage() == null ? null : c.getLanguage().code(),
                    card.revealed(), d.name(), d.phones(), d.messengers(), d.address(), d.protectiveMeasures(), d.notes(), consents,
                    c.getVersion(), c.getCreatedAt(), c.getCreatedBy(), c.getUpdatedAt(), c.getUpdatedBy());
        }
    }

    public record RevealInput(String reason) {
    }

    public record RevealedView(ContactView contact, List<ConsentView> consents, List<CommunicationView> communications) {
        static RevealedView of(ContactViews.Revealed revealed) {
            return new RevealedView(ContactView.of(revealed.card()), revealed.consents().stream().map(ConsentView::of).toList(),
                    revealed.conversations().stream().map(CommunicationView::of).toList());
        }
    }

    public record ConsentInput(String consent, String decision, String decidedOn, String method, String givenBy) {
        ConsentDraft toDraft() {
            Unreadable unreadable = new Unreadable();
            ConsentDraft draft = new ConsentDraft(unreadable.code(ConsentKind.class, "consent", consent),
                    unreadable.code(ConsentDecision.class, "decision", decision),
                    unreadable.read(() -> Dates.parse("decidedOn", decidedOn)),
                    unreadable.code(ConsentMethod.class, "method", method), Text.blankToNull(givenBy));
            unreadable.throwIfAny();
            return draft;
        }

        @Override
        public String toString() {
            return "ConsentInput[" + consent + " " + decision + "]";
        }
    }

    public record ConsentView(long id, String consent, String decision, LocalDate decidedOn, String method, String givenBy,
                              String recordedBy, Instant recordedAt) {
        static ConsentView of(ContactViews.Consent consent) {
            ConsentRecord r = consent.record();
            return new ConsentView(r.getId(), r.getConsent().name(), r.getDecision().name(), r.getDecidedOn(), r.getMethod().name(),
                    consent.givenBy(), r.getRecordedBy(), r.getRecordedAt());
        }
    }

    public record CommunicationInput(String occurredOn, String channel, String participants, String summary,
                                     Boolean followUpNeeded, String followUpBy) {
        ConversationDraft toDraft() {
            Unreadable unreadable = new Unreadable();
            ConversationDraft draft = new ConversationDraft(unreadable.read(() -> Dates.parse("occurredOn", occurredOn)),
                    unreadable.code(SafeChannel.class, "channel", channel), Text.blankToNull(participants), Text.blankToNull(summary),
                    Boolean.TRUE.equals(followUpNeeded), unreadable.read(() -> Dates.parse("followUpBy", followUpBy)));
            unreadable.throwIfAny();
            return draft;
        }

        @Override
        public String toString() {
            return "CommunicationInput[withheld]";
        }
    }

    public record CommunicationView(long id, LocalDate occurredOn, String channel, String participants, String summary,
                                    boolean followUpNeeded, LocalDate followUpBy, String recordedBy, Instant recordedAt) {
        static CommunicationView of(ContactViews.Conversation conversation) {
            var e = conversation.entry();
            return new CommunicationView(e.getId(), e.getOccurredOn(), e.getChannel().name(), conversation.participants(),
                    conversation.summary(), e.isFollowUpNeeded(), e.getFollowUpBy(), e.getRecordedBy(), e.getRecordedAt());
        }
    }

    static EntityTag etag(FamilyContact contact) {
        return new EntityTag(Long.toString(contact.getVersion()));
    }

    /** A language by its code or, as older clients send it, by its constant's name; 400 with the codes otherwise. */
    private static ContactLanguage languageOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return ContactLanguage.of(value).orElseThrow(() -> new InvalidInput("language", "validation.oneOf",
                Arrays.stream(ContactLanguage.values()).map(ContactLanguage::code).collect(Collectors.joining(", "))));
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static List<String> trimAll(List<String> values) {
        return values == null ? List.of() : values.stream().map(v -> v == null ? null : v.strip()).toList();
    }
}
