package org.mizan.reports.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorKind;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.PersonKind;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.contacts.control.ConsentRegister;
import org.mizan.contacts.entity.ConsentDecision;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.reports.entity.AgeGroup;
import org.mizan.reports.entity.Appearance;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.ConsentState;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.reports.entity.RedactedParty;
import org.mizan.security.control.CaseReader;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audience redaction rules of docs/domain.md, without a database. */
class RedactionRulesTest {

    private static final String ARABIC = "صفاء حسن السراي";
    private static final String LATIN = "Safaa Hassan al-Saray";
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static Person person(String arabic, String latin) {
        Person person = new Person("test", NOW);
        person.setNameArabic(arabic);
        person.setNameLatin(latin);
        return person;
    }

    private static ViolationCase aCase() {
        ViolationCase c = new ViolationCase("MZN-2019-0001", "test", NOW);
        c.setDates(new PartialDate(2019, 10, 25, false), null);
        c.setGovernorate("BG");
        c.setLocality("ساحة التحرير", null);
        c.setCoordinates(new BigDecimal("33.3"), new BigDecimal("44.4"));
        c.setNarrative("صفاء السراي قتل قرب بيته", "x");
        return c;
    }

    private static CaseParty party(PartyRole role, Person person) {
        CaseParty party = new CaseParty(aCase(), 0, person, role);
        if (role == PartyRole.VICTIM) {
            party.setFate(Fate.KILLED);
            party.setAgeAtIncident(26);
        }
        return party;
    }

    /** Every kind of consent at the same decision — or none decided at all. */
    private static ConsentState consent(String decision) {
        ConsentState state = ConsentState.NONE;
        if (!decision.equals("ABSENT")) {
            for (ConsentKind kind : ConsentKind.values()) {
                state = state.with(1, kind, ConsentDecision.valueOf(decision));
            }
        }
        return state;
    }

    @ParameterizedTest(name = "{0} in {1}, consent {2}: {3}")
    @CsvSource({
            "VICTIM, INTERNAL, GIVEN, NAMED", "VICTIM, INTERNAL, WITHDRAWN, NAMED", "VICTIM, INTERNAL, ABSENT, NAMED",
            "VICTIM, LEGAL, GIVEN, NAMED", "VICTIM, LEGAL, WITHDRAWN, NAMED", "VICTIM, LEGAL, ABSENT, NAMED",
            "VICTIM, UN, GIVEN, NAMED", "VICTIM, UN, WITHDRAWN, INITIALS", "VICTIM, UN, ABSENT, INITIALS",
            "VICTIM, PUBLIC, GIVEN, NAMED", "VICTIM, PUBLIC, WITHDRAWN, INITIALS", "VICTIM, PUBLIC, ABSENT, INITIALS",
            "WITNESS, INTERNAL, GIVEN, NAMED", "WITNESS, INTERNAL, WITHDRAWN, NAMED", "WITNESS, INTERNAL, ABSENT, NAMED",
            "WITNESS, LEGAL, GIVEN, NAMED", "WITNESS, LEGAL, WITHDRAWN, NAMED", "WITNESS, LEGAL, ABSENT, NAMED",
            "WITNESS, UN, GIVEN, NAMED", "WITNESS, UN, WITHDRAWN, INITIALS", "WITNESS, UN, ABSENT, INITIALS",
            "WITNESS, PUBLIC, GIVEN, OMITTED", "WITNESS, PUBLIC, WITHDRAWN, OMITTED", "WITNESS, PUBLIC, ABSENT, OMITTED",
            "PERPETRATOR, INTERNAL, GIVEN, NAMED", "PERPETRATOR, INTERNAL, WITHDRAWN, NAMED", "PERPETRATOR, INTERNAL, ABSENT, NAMED",
            "PERPETRATOR, LEGAL, GIVEN, NAMED", "PERPETRATOR, LEGAL, WITHDRAWN, NAMED", "PERPETRATOR, LEGAL, ABSENT, NAMED",
            "PERPETRATOR, UN, GIVEN, NAMED", "PERPETRATOR, UN, WITHDRAWN, NAMED", "PERPETRATOR, UN, ABSENT, NAMED",
            "PERPETRATOR, PUBLIC, GIVEN, UNNAMED", "PERPETRATOR, PUBLIC, WITHDRAWN, UNNAMED", "PERPETRATOR, PUBLIC, ABSENT, UNNAMED",
    })
    void eachAudienceShowsEachPartyAsConsentAllows(PartyRole role, Audience audience, String decision, Appearance expected) {
        RedactedParty shown = RedactionRules.party(party(role, person(ARABIC, LATIN)), audience, consent(decision), 2019);
        assertEquals(expected, shown.appearance());
        boolean named = expected == Appearance.NAMED;
        assertEquals(named ? ARABIC : null, shown.nameArabic());
        assertEquals(named ? LATIN : null, shown.nameLatin());
        boolean initials = expected == Appearance.INITIALS;
        assertEquals(initials ? "ص. س." : null, shown.initialsArabic());
        assertEquals(initials ? "S. S." : null, shown.initialsLatin());
        if (!named) {
            assertFalse(shown.toString().contains("صفاء") || shown.toString().contains("Safaa"), shown.toString());
        }
    }

    @Test
    void eachAudienceLooksOnlyAtItsOwnConsent() {
        ConsentState publicOnly = ConsentState.NONE.with(1, ConsentKind.PUBLIC_NAMING, ConsentDecision.GIVEN);
        ConsentState unOnly = ConsentState.NONE.with(1, ConsentKind.UN_SUBMISSION, ConsentDecision.GIVEN);
        CaseParty victim = party(PartyRole.VICTIM, person(ARABIC, LATIN));
        assertEquals(Appearance.INITIALS, RedactionRules.party(victim, Audience.UN, publicOnly, 2019).appearance());
        assertEquals(Appearance.NAMED, RedactionRules.party(victim, Audience.UN, unOnly, 2019).appearance());
        assertEquals(Appearance.INITIALS, RedactionRules.party(victim, Audience.PUBLIC, unOnly, 2019).appearance());
        assertEquals(Appearance.NAMED, RedactionRules.party(victim, Audience.PUBLIC, publicOnly, 2019).appearance());
    }

    @Test
    void unitsAndArmedGroupsAreNamedEvenInPublicButNeverGetContactDetails() {
        Person unit = person("قوة الرد السريع", "Rapid Response Force");
        unit.setKind(PersonKind.UNIT);
        CaseParty perpetrator = party(PartyRole.PERPETRATOR, unit);
        perpetrator.setPerpetratorKind(PerpetratorKind.UNIT);
        for (Audience audience : Audience.values()) {
            RedactedParty shown = RedactionRules.party(perpetrator, audience, consent("GIVEN"), 2019);
            assertEquals(Appearance.NAMED, shown.appearance(), audience.name());
            assertFalse(shown.contactDetailsAllowed());
        }
        CaseParty unidentified = party(PartyRole.PERPETRATOR, null);
        assertEquals(Appearance.UNNAMED, RedactionRules.party(unidentified, Audience.INTERNAL, ConsentState.NONE, 2019).appearance());
    }

    @Test
    void contactDetailsOnlyInUnReportsWithConsentToSubmitAndToBeContacted() {
        CaseParty victim = party(PartyRole.VICTIM, person(ARABIC, LATIN));
        ConsentState both = ConsentState.NONE.with(1, ConsentKind.UN_SUBMISSION, ConsentDecision.GIVEN)
                .with(1, ConsentKind.TO_BE_CONTACTED, ConsentDecision.GIVEN);
        assertTrue(RedactionRules.party(victim, Audience.UN, both, 2019).contactDetailsAllowed());
        for (Audience audience : EnumSet.of(Audience.INTERNAL, Audience.LEGAL, Audience.PUBLIC)) {
            assertFalse(RedactionRules.party(victim, audience, consent("GIVEN"), 2019).contactDetailsAllowed(), audience.name());
        }
        assertFalse(RedactionRules.party(victim, Audience.UN, ConsentState.NONE
                .with(1, ConsentKind.UN_SUBMISSION, ConsentDecision.GIVEN), 2019).contactDetailsAllowed(), "submission alone");
        assertFalse(RedactionRules.party(victim, Audience.UN, both
                .with(1, ConsentKind.TO_BE_CONTACTED, ConsentDecision.WITHDRAWN), 2019).contactDetailsAllowed(), "withdrawn");
        assertFalse(RedactionRules.party(victim, Audience.UN, ConsentState.NONE, 2019).contactDetailsAllowed(), "absent");
        assertNull(RedactionRules.party(victim, Audience.LEGAL, both, 2019).personId());
    }

    @Test
    void aWithdrawalAfterAGrantWinsAndALaterGrantRestoresIt() {
        ConsentState granted = ConsentState.NONE.with(7, ConsentKind.PUBLIC_NAMING, ConsentDecision.GIVEN);
        assertTrue(granted.given(ConsentKind.PUBLIC_NAMING));
        ConsentState withdrawn = granted.with(7, ConsentKind.PUBLIC_NAMING, ConsentDecision.WITHDRAWN);
        assertFalse(withdrawn.given(ConsentKind.PUBLIC_NAMING));
        assertTrue(granted.given(ConsentKind.PUBLIC_NAMING), "states are values: the earlier one is unchanged");
        assertTrue(withdrawn.with(7, ConsentKind.PUBLIC_NAMING, ConsentDecision.GIVEN).given(ConsentKind.PUBLIC_NAMING));
        assertFalse(withdrawn.given(ConsentKind.UN_SUBMISSION), "never decided is not given");
        CaseParty victim = party(PartyRole.VICTIM, person(ARABIC, LATIN));
        assertEquals(Appearance.NAMED, RedactionRules.party(victim, Audience.PUBLIC, granted, 2019).appearance());
        assertEquals(Appearance.INITIALS, RedactionRules.party(victim, Audience.PUBLIC, withdrawn, 2019).appearance());
    }

    @Test
    void whenTwoRelativesDisagreeTheRefusalWins() {
        ConsentState mixed = ConsentState.NONE.with(1, ConsentKind.PUBLIC_NAMING, ConsentDecision.GIVEN)
                .with(2, ConsentKind.PUBLIC_NAMING, ConsentDecision.WITHDRAWN);
        assertFalse(mixed.given(ConsentKind.PUBLIC_NAMING));
        assertTrue(ConsentState.NONE.with(1, ConsentKind.PUBLIC_NAMING, ConsentDecision.GIVEN)
                .with(2, ConsentKind.UN_SUBMISSION, ConsentDecision.WITHDRAWN).given(ConsentKind.PUBLIC_NAMING));
    }

    @Test
    void publicNamingIsAboutThePersonInEveryCaseTheOtherConsentsAboutThisCase() {
        List<ConsentRegister.PartyDecision> decisions = List.of(
                new ConsentRegister.PartyDecision(10, 5, 100, ConsentKind.PUBLIC_NAMING, ConsentDecision.GIVEN),
                new ConsentRegister.PartyDecision(10, 5, 100, ConsentKind.UN_SUBMISSION, ConsentDecision.GIVEN),
                new ConsentRegister.PartyDecision(20, 5, 200, ConsentKind.PUBLIC_NAMING, ConsentDecision.WITHDRAWN),
                new ConsentRegister.PartyDecision(10, 6, 101, ConsentKind.PUBLIC_NAMING, ConsentDecision.GIVEN));
        ConsentState inFirstCase = RedactionRules.consent(decisions, 10, 5);
        assertFalse(inFirstCase.given(ConsentKind.PUBLIC_NAMING), "withdrawn through the family's contact in another case");
        assertTrue(inFirstCase.given(ConsentKind.UN_SUBMISSION));
        assertFalse(RedactionRules.consent(decisions, 20, 5).given(ConsentKind.UN_SUBMISSION), "submission is per case");
        assertTrue(RedactionRules.consent(decisions, 10, 6).given(ConsentKind.PUBLIC_NAMING), "another person's consent");
        assertFalse(RedactionRules.consent(decisions, 10, 7).given(ConsentKind.PUBLIC_NAMING), "no decisions: not given");
        List<ConsentRegister.PartyDecision> regranted = new java.util.ArrayList<>(decisions);
        regranted.add(new ConsentRegister.PartyDecision(20, 5, 200, ConsentKind.PUBLIC_NAMING, ConsentDecision.GIVEN));
        assertTrue(RedactionRules.consent(regranted, 10, 5).given(ConsentKind.PUBLIC_NAMING), "the latest decision wins");
    }

    @Test
    void initialsComeFromWhicheverScriptsAreRecorded() {
        RedactedParty arabicOnly = RedactionRules.party(party(PartyRole.VICTIM, person("محمد كاظم", null)), Audience.PUBLIC,
                ConsentState.NONE, 2019);
        assertEquals("م. ك.", arabicOnly.initialsArabic());
        assertNull(arabicOnly.initialsLatin());
        assertEquals("م. ك.", arabicOnly.shownName());
        RedactedParty latinOnly = RedactionRules.party(party(PartyRole.VICTIM, person(null, "Mohammed Kadhim")), Audience.PUBLIC,
                ConsentState.NONE, 2019);
        assertNull(latinOnly.initialsArabic());
        assertEquals("M. K.", latinOnly.initialsLatin());
        RedactedParty both = RedactionRules.party(party(PartyRole.VICTIM, person("محمد كاظم", "Mohammed Kadhim")),
                Audience.PUBLIC, ConsentState.NONE, 2019);
        assertEquals("م. ك. / M. K.", both.shownName());
    }

    @Test
    void initialsTakeTheGivenAndTheLastNameWithoutArticlesOrDiacritics() {
        assertEquals("A. Z.", Initials.of("Ali Hassan Kadhim al-Zubaidi"));
        assertEquals("ع. ز.", Initials.of("علي حسن كاظم الزبيدي"));
        assertEquals("ع. ش.", Initials.of("عَلِيّ بن الشمري"));
        assertEquals("A. S.", Initials.of("'Abbas ash-Shammari"));
        assertEquals("S.", Initials.of("safaa"));
        assertEquals("ع. ا.", Initials.of("عبد الله"));
        assertNull(Initials.of("  "));
        assertNull(Initials.of(null));
    }

    @Test
    void ageGroupsAreDecadesFromTheAgeAtTheTimeOrTheBirthYear() {
        assertEquals("20\u201329", AgeGroup.of(26).label());
        assertEquals("0\u20139", AgeGroup.of(0).label());
        assertEquals("10\u201319", AgeGroup.of(17).label());
        assertEquals("80+", AgeGroup.of(91).label());
        assertEquals("age unknown", AgeGroup.of(null).label());
        assertEquals(26, RedactionRules.ageAtIncident(null, 1993, 2019));
        assertEquals(30, RedactionRules.ageAtIncident(30, 1993, 2019), "the age recorded for the case wins");
        assertNull(RedactionRules.ageAtIncident(null, 2020, 2019));
        assertNull(RedactionRules.ageAtIncident(null, null, 2019));

        Person born = person("محمد كاظم", null);
        born.setBirthYear(1993);
        CaseParty victim = new CaseParty(aCase(), 0, born, PartyRole.VICTIM);
        RedactedParty inPublic = RedactionRules.party(victim, Audience.PUBLIC, ConsentState.NONE, 2019);
        assertEquals("20\u201329", inPublic.ageGroup().label());
        assertNull(inPublic.age(), "no exact age in PUBLIC");
        assertEquals(26, RedactionRules.party(victim, Audience.LEGAL, ConsentState.NONE, 2019).age());
        assertEquals("age unknown", RedactionRules.party(party(PartyRole.PERPETRATOR, person("x", null)), Audience.PUBLIC,
                ConsentState.NONE, 2019).ageGroup().label());
    }

    @Test
    void publicDropsTheExactPlaceTheNarrativeAndTheWitnesses() {
        ViolationCase c = aCase();
        Person victim = person(ARABIC, LATIN);
        CaseParty v = new CaseParty(c, 0, victim, PartyRole.VICTIM);
        v.setFate(Fate.KILLED);
        CaseParty w = new CaseParty(c, 1, person("زهراء علي", "Zahraa Ali"), PartyRole.WITNESS);
        c.setParties(List.of(v, w));
        ConsentState withdrawn = ConsentState.NONE.with(1, ConsentKind.PUBLIC_NAMING, ConsentDecision.GIVEN)
                .with(1, ConsentKind.PUBLIC_NAMING, ConsentDecision.WITHDRAWN);

        RedactedCase open = RedactionRules.redact(c, Audience.PUBLIC, id -> withdrawn);
        assertEquals("BG", open.governorate());
        assertNull(open.locality());
        assertNull(open.latitude());
        assertNull(open.longitude());
        assertNull(open.narrative());
        assertTrue(open.witnesses().isEmpty());
        assertEquals("ص. س. / S. S.", open.victims().get(0).shownName());
        for (String secret : List.of("صفاء", "Safaa", "زهراء", "Zahraa", "التحرير", "33.3")) {
            assertFalse(open.toString().contains(secret), secret);
        }

        RedactedCase internal = RedactionRules.redact(c, Audience.INTERNAL, id -> withdrawn);
        assertEquals("ساحة التحرير", internal.locality());
        assertEquals(new BigDecimal("33.3"), internal.latitude());
        assertEquals(1, internal.witnesses().size());
        assertEquals(ARABIC + " / " + LATIN, internal.victims().get(0).shownName());
        assertEquals(Audience.PUBLIC, RedactionRules.redact(c, Audience.PUBLIC, id -> ConsentState.NONE).audience());
    }

    @Test
    void freeTextGoesToTheUnOnlyWhenNobodyHadToBeShownByInitials() {
        ViolationCase c = aCase();
        CaseParty v = new CaseParty(c, 0, person(ARABIC, LATIN), PartyRole.VICTIM);
        v.setNotes("أخوه شاهد الحادثة");
        c.setParties(List.of(v));
        ConsentState submit = ConsentState.NONE.with(1, ConsentKind.UN_SUBMISSION, ConsentDecision.GIVEN);

        RedactedCase consented = RedactionRules.redact(c, Audience.UN, id -> submit);
        assertTrue(consented.freeText());
        assertEquals(c.getNarrative(), consented.narrative());
        assertEquals("أخوه شاهد الحادثة", consented.victims().get(0).notes());

        RedactedCase refused = RedactionRules.redact(c, Audience.UN, id -> ConsentState.NONE);
        assertFalse(refused.freeText());
        assertNull(refused.narrative(), "the narrative names the victim the UN edition shows by initials");
        assertNull(refused.victims().get(0).notes());

        assertNull(RedactionRules.redact(c, Audience.PUBLIC, id -> consent("GIVEN")).narrative(), "never in PUBLIC");
        assertEquals(c.getNarrative(), RedactionRules.redact(c, Audience.LEGAL, id -> ConsentState.NONE).narrative());
    }

    @Test
    void theTeamsTracesStayInTheInternalAndLegalEditions() {
        ViolationCase c = aCase();
        assertTrue(RedactionRules.redact(c, Audience.INTERNAL, id -> ConsentState.NONE).staffDetails());
        assertTrue(RedactionRules.redact(c, Audience.LEGAL, id -> ConsentState.NONE).staffDetails());
        assertFalse(RedactionRules.redact(c, Audience.UN, id -> consent("GIVEN")).staffDetails());
        assertFalse(RedactionRules.redact(c, Audience.PUBLIC, id -> consent("GIVEN")).staffDetails());
    }

    @Test
    void advocatesMayProduceOnlyUnAndPublic() {
        CaseReader advocate = new CaseReader(1, "adv", false, false, false);
        assertEquals(EnumSet.of(Audience.UN, Audience.PUBLIC), RedactionRules.audiences(advocate));
        CaseReader lawyer = new CaseReader(2, "law", false, true, false);
        CaseReader investigator = new CaseReader(3, "inv", false, true, true);
        CaseReader admin = new CaseReader(4, "adm", true, false, false);
        for (CaseReader reader : List.of(lawyer, investigator, admin)) {
            assertEquals(EnumSet.allOf(Audience.class), RedactionRules.audiences(reader), reader.username());
        }
    }
}
