package org.mizan.reports.control;

import org.junit.jupiter.api.Test;
import org.mizan.cases.control.DisclosedCase;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.contacts.entity.ConsentDecision;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.ConsentState;
import org.mizan.security.control.CaseReader;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the screens and REST replies show each reader: the report editions of {@link RedactionRules}, party by party. */
class AudienceDisclosureTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final CaseReader ADVOCATE = new CaseReader(1, "adv", false, false, false);

    private static ViolationCase aCase() {
        ViolationCase c = new ViolationCase("MZN-2019-0001", "recorder", NOW);
        c.setDates(new PartialDate(2019, 10, 25, false), null);
        c.setGovernorate("BG");
        c.setLocality("ساحة التحرير", null);
        c.setNarrative("صفاء السراي قتل قرب بيته", "x");
        Person victim = new Person("recorder", NOW);
        victim.setNameArabic("صفاء حسن السراي");
        victim.setNameLatin("Safaa Hassan al-Saray");
        victim.setBirthYear(1994);
        CaseParty party = new CaseParty(c, 0, victim, PartyRole.VICTIM);
        party.setNotes("أخوه شاهد الحادثة");
        CaseParty unidentified = new CaseParty(c, 1, null, PartyRole.PERPETRATOR);
        c.setParties(List.of(party, unidentified));
        return c;
    }

    @Test
    void advocatesReadTheUnEditionEveryoneElseEverything() {
        assertEquals(Audience.UN, AudienceDisclosure.audienceOf(ADVOCATE));
        for (CaseReader reader : List.of(new CaseReader(2, "law", false, true, false), new CaseReader(3, "inv", false, true, true),
                new CaseReader(4, "adm", true, false, false))) {
            assertEquals(Audience.INTERNAL, AudienceDisclosure.audienceOf(reader), reader.username());
        }
    }

    @Test
    void withoutConsentToSubmitAVictimIsInitialsAndAgeGroupAndTheFreeTextAndTheTeamStayOut() {
        ViolationCase c = aCase();
        DisclosedCase shown = AudienceDisclosure.disclosed(c, Audience.UN, person -> ConsentState.NONE);
        DisclosedCase.DisclosedParty victim = shown.parties().get(0);
        assertFalse(victim.named());
        assertEquals("ص. س.", victim.nameArabic());
        assertEquals("S. S.", victim.nameLatin());
        assertNull(victim.personId(), "an id beside initials would link them across cases");
        assertNull(victim.age(), "no age was recorded for this case");
        assertEquals("20–29", victim.ageGroup(), "worked out from the birth year");
        assertNull(victim.notes());
        assertNull(shown.narrative());
        assertFalse(shown.freeText() || shown.staffDetails() || shown.complete());
        assertEquals("ساحة التحرير", shown.locality(), "the UN edition keeps the place");
        assertEquals(2, shown.parties().size(), "one entry for each party, in the case's order");
        assertNull(shown.parties().get(1).displayName(), "an unidentified perpetrator has no name to show");
    }

    @Test
    void withConsentToSubmitTheVictimIsNamedAndTheFreeTextComesBack() {
        ViolationCase c = aCase();
        ConsentState submit = ConsentState.NONE.with(1, ConsentKind.UN_SUBMISSION, ConsentDecision.GIVEN);
        DisclosedCase shown = AudienceDisclosure.disclosed(c, Audience.UN, person -> submit);
        assertTrue(shown.parties().get(0).named());
        assertEquals("صفاء حسن السراي", shown.parties().get(0).displayName());
        assertEquals(c.getNarrative(), shown.narrative());
        assertEquals("أخوه شاهد الحادثة", shown.parties().get(0).notes());
        assertFalse(shown.staffDetails());
    }

    @Test
    void theInternalEditionIsTheCaseAsRecorded() {
        ViolationCase c = aCase();
        c.getParties().get(0).setAgeAtIncident(25);
        DisclosedCase shown = new AudienceDisclosure().disclose(List.of(c), new CaseReader(3, "inv", false, true, true)).get(0);
        assertTrue(shown.complete() && shown.freeText() && shown.staffDetails());
        DisclosedCase.DisclosedParty victim = shown.parties().get(0);
        assertTrue(victim.named());
        assertEquals("Safaa Hassan al-Saray", victim.nameLatin());
        assertEquals(25, victim.age());
        assertEquals("أخوه شاهد الحادثة", victim.notes());
        assertEquals(c.getNarrative(), shown.narrative());
    }
}
