package org.mizan.contacts.control;

import org.junit.jupiter.api.Test;
import org.mizan.contacts.entity.ConsentDecision;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.contacts.entity.ConsentMethod;
import org.mizan.contacts.entity.ContactDetails;
import org.mizan.contacts.entity.ContactReach;
import org.mizan.contacts.entity.Relationship;
import org.mizan.contacts.entity.RiskLevel;
import org.mizan.contacts.entity.SafeChannel;
import org.mizan.platform.control.InvalidInput;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static ContactDraft draft(ContactReach reaches, Relationship relationship, List<String> phones, String address) {
        return new ContactDraft(5L, reaches, relationship, RiskLevel.HIGH, SafeChannel.SIGNAL, null,
                new ContactDetails("أم علي", phones, List.of("Signal: @umm_ali"), address, null, null));
    }

    private static List<String> fields(Runnable check) {
        return assertThrows(InvalidInput.class, check::run).errors().stream().map(InvalidInput.FieldError::field).toList();
    }

    @Test
    void aCompleteContactPasses() {
        assertDoesNotThrow(() -> ContactRules.check(draft(ContactReach.FAMILY, Relationship.MOTHER, List.of("+964 770 123 4567"),
                "حي الجهاد")));
        assertDoesNotThrow(() -> ContactRules.check(draft(ContactReach.SURVIVOR, Relationship.SELF, List.of(), null)));
    }

    @Test
    void missingFieldsAreNamed() {
        List<String> fields = fields(() -> ContactRules.check(new ContactDraft(null, null, null, null, null, null,
                new ContactDetails(" ", null, null, null, null, null))));
        assertEquals(List.of("personId", "reaches", "relationship", "riskLevel", "name"), fields);
    }

    @Test
    void aFamilyContactIsNotThePersonThemself() {
        assertEquals(List.of("relationship"), fields(() -> ContactRules.check(draft(ContactReach.FAMILY, Relationship.SELF,
                List.of(), null))));
    }

    @Test
    void aBadPhoneIsRefusedWithoutRepeatingIt() {
        InvalidInput error = assertThrows(InvalidInput.class, () -> ContactRules.check(draft(ContactReach.FAMILY, Relationship.MOTHER,
                List.of("call me at 0770"), null)));
        assertEquals("phones", error.errors().get(0).field());
        assertFalse(error.getMessage().contains("0770"), error.getMessage());
        assertEquals(0, error.errors().get(0).arguments().length);
    }

    @Test
    void aMaskedValueSentBackIsRefused() {
        assertEquals(List.of("phones"), fields(() -> ContactRules.check(draft(ContactReach.FAMILY, Relationship.MOTHER,
                List.of("•••• 4567"), null))));
        assertEquals(List.of("address"), fields(() -> ContactRules.check(draft(ContactReach.FAMILY, Relationship.MOTHER,
                List.of(), "••••"))));
    }

    @Test
    void consentNeedsWhoAndWhenNotInTheFuture() {
        assertDoesNotThrow(() -> ContactRules.check(new ConsentDraft(ConsentKind.UN_SUBMISSION, ConsentDecision.GIVEN, TODAY,
                ConsentMethod.WRITTEN, "أم علي"), TODAY));
        assertEquals(List.of("givenBy", "decidedOn"), fields(() -> ContactRules.check(new ConsentDraft(ConsentKind.UN_SUBMISSION,
                ConsentDecision.WITHDRAWN, TODAY.plusDays(1), ConsentMethod.VERBAL, ""), TODAY)));
    }

    @Test
    void aConversationNeedsWhoSpokeAndWhatWasSaid() {
        assertEquals(List.of("participants", "summary", "followUpBy"), fields(() -> ContactRules.check(new ConversationDraft(TODAY,
                SafeChannel.PHONE_CALL, " ", null, false, TODAY), TODAY)));
        assertDoesNotThrow(() -> ContactRules.check(new ConversationDraft(TODAY, SafeChannel.IN_PERSON, "the mother",
                "asked about the trial", true, TODAY.plusDays(7)), TODAY));
    }

    @Test
    void todayIsTheLatestDateAnywhere() {
        Clock lateInBaghdad = Clock.fixed(Instant.parse("2026-11-27T22:30:00Z"), ZoneOffset.UTC);
        assertTrue(ContactRules.today(lateInBaghdad).isAfter(LocalDate.of(2026, 11, 27)),
                "already the 28th in Baghdad and beyond: a date entered there is not in the future");
    }
}
