package org.mizan.reports.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.Involvement;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorKind;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.contacts.entity.ConsentDecision;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.platform.control.InvalidInput;
import org.mizan.reports.entity.ConsentState;
import org.mizan.reports.entity.WgeidRequirement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.reports.entity.WgeidRequirement.CONSENT;
import static org.mizan.reports.entity.WgeidRequirement.DATE;
import static org.mizan.reports.entity.WgeidRequirement.DISAPPEARANCE;
import static org.mizan.reports.entity.WgeidRequirement.FAMILY_STEPS;
import static org.mizan.reports.entity.WgeidRequirement.IDENTITY;
import static org.mizan.reports.entity.WgeidRequirement.PERPETRATORS;
import static org.mizan.reports.entity.WgeidRequirement.PLACE;

/** What a case needs before it can go to the UN Working Group (docs/domain.md), without a database. */
class WgeidChecksTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Function<Person, ConsentState> CONSENTED = person -> given(ConsentDecision.GIVEN);

    private static ConsentState given(ConsentDecision decision) {
        return ConsentState.NONE.with(1, ConsentKind.UN_SUBMISSION, decision);
    }

    /** A disappearance with everything the Working Group needs. */
    private static ViolationCase complete() {
        ViolationCase c = new ViolationCase("MZN-2026-0001", "test", NOW);
        c.setViolationTypes(Set.of("ABDUCTION", "TORTURE"));
        c.setDates(new PartialDate(2025, 12, 3, false), null);
        c.setGovernorate("BG");
        c.setLocality("ساحة التحرير", null);
        Person victim = new Person("test", NOW);
        victim.setNameArabic("سجاد العراقي");
        victim.setGender(Gender.MALE);
        victim.setBirthYear(1998);
        CaseParty missing = new CaseParty(c, 0, victim, PartyRole.VICTIM);
        missing.setFate(Fate.MISSING);
        CaseParty gunmen = new CaseParty(c, 1, null, PartyRole.PERPETRATOR);
        gunmen.setPerpetratorKind(PerpetratorKind.UNIDENTIFIED);
        gunmen.setInvolvement(Involvement.CARRIED_OUT);
        c.setParties(List.of(missing, gunmen));
        return c;
    }

    private static Person victim(ViolationCase c) {
        return c.getParties().get(0).getPerson();
    }

    @Test
    void aCompleteDisappearanceWithConsentLacksNothing() {
        assertEquals(List.of(), WgeidChecks.missing(complete(), CONSENTED, 1));
    }

    @Test
    void everythingMissingIsNamedAtOnceInTheOrderOfTheGuidelines() {
        ViolationCase c = new ViolationCase("MZN-2026-0002", "test", NOW);
        c.setViolationTypes(Set.of("ASSASSINATION"));
        c.setDates(new PartialDate(2025, 12, null, false), null);
        assertEquals(List.of(DISAPPEARANCE, IDENTITY, DATE, PLACE, PERPETRATORS, FAMILY_STEPS, CONSENT),
                WgeidChecks.missing(c, CONSENTED, 0));
    }

    @Test
    void aDateWithoutItsDayAndAPlaceWithoutItsLocalityAreNamedTogether() {
        ViolationCase c = complete();
        c.setDates(new PartialDate(2025, 12, null, false), null);
        c.setLocality("  ", null);
        assertEquals(List.of(DATE, PLACE), WgeidChecks.missing(c, CONSENTED, 3));
    }

    @Test
    void anApproximateDayIsStillADay() {
        ViolationCase c = complete();
        c.setDates(new PartialDate(2025, 12, 3, true), null);
        assertEquals(List.of(), WgeidChecks.missing(c, CONSENTED, 1));
    }

    @ParameterizedTest(name = "consent {0}: missing {1}")
    @CsvSource({"GIVEN, false", "WITHDRAWN, true", "NEVER, true"})
    void theFamilysLatestConsentDecides(String decision, boolean missing) {
        Function<Person, ConsentState> consents = decision.equals("NEVER") ? person -> ConsentState.NONE
                : person -> given(ConsentDecision.valueOf(decision));
        assertEquals(missing, WgeidChecks.missing(complete(), consents, 1).contains(CONSENT));
    }

    @Test
    void aWithdrawalAfterConsentCounts() {
        ConsentState withdrawn = given(ConsentDecision.GIVEN).with(1, ConsentKind.UN_SUBMISSION, ConsentDecision.WITHDRAWN);
        assertEquals(List.of(CONSENT), WgeidChecks.missing(complete(), person -> withdrawn, 1));
    }

    @Test
    void consentToPublicNamingIsNotConsentToSubmit() {
        ConsentState other = ConsentState.NONE.with(1, ConsentKind.PUBLIC_NAMING, ConsentDecision.GIVEN)
                .with(1, ConsentKind.TO_BE_CONTACTED, ConsentDecision.GIVEN);
        assertEquals(List.of(CONSENT), WgeidChecks.missing(complete(), person -> other, 1));
    }

    @Test
    void everyDisappearedPersonNeedsTheirOwnFamilysConsent() {
        ViolationCase c = complete();
        Person second = new Person("test", NOW);
        second.setNameLatin("Ali Hussein");
        second.setGender(Gender.MALE);
        CaseParty other = new CaseParty(c, 2, second, PartyRole.VICTIM);
        other.setAgeAtIncident(30);
        List<CaseParty> parties = new ArrayList<>(c.getParties());
        parties.add(other);
        c.setParties(parties);
        Person first = victim(c);
        assertEquals(List.of(CONSENT), WgeidChecks.missing(c, person -> person == first ? given(ConsentDecision.GIVEN) : ConsentState.NONE, 1));
        assertEquals(List.of(), WgeidChecks.missing(c, CONSENTED, 1));
    }

    @Test
    void aDisappearedPersonWhoseAgeIsUnknownCanBeSubmitted() {
        ViolationCase c = complete();
        victim(c).setBirthYear(null);
        c.getParties().get(0).setAgeAtIncident(null);
        assertEquals(List.of(), WgeidChecks.missing(c, CONSENTED, 1), "the Working Group asks for any available data, not an age");
    }

    @Test
    void identityNeedsOnlyANameInEitherScript() {
        ViolationCase c = complete();
        victim(c).setGender(Gender.UNKNOWN);
        victim(c).setBirthYear(null);
        assertEquals(List.of(), WgeidChecks.missing(c, CONSENTED, 1), "gender and age are identifying data when available");
        victim(c).setGender(null);
        assertEquals(List.of(), WgeidChecks.missing(c, CONSENTED, 1));
        victim(c).setNameArabic(" ");
        assertEquals(List.of(IDENTITY), WgeidChecks.missing(c, CONSENTED, 1));
        victim(c).setNameLatin("Sajjad al-Iraqi");
        assertEquals(List.of(), WgeidChecks.missing(c, CONSENTED, 1));
    }

    @Test
    void anUnidentifiedVictimCannotBeSubmitted() {
        ViolationCase c = complete();
        List<CaseParty> parties = new ArrayList<>(c.getParties());
        parties.set(0, new CaseParty(c, 0, null, PartyRole.VICTIM));
        c.setParties(parties);
        assertEquals(List.of(IDENTITY, CONSENT), WgeidChecks.missing(c, CONSENTED, 1));
    }

    @Test
    void aPerpetratorNeedsAKindAndUnidentifiedArmedMenIsOne() {
        ViolationCase c = complete();
        c.getParties().get(1).setPerpetratorKind(null);
        assertEquals(List.of(PERPETRATORS), WgeidChecks.missing(c, CONSENTED, 1));
        c.getParties().get(1).setPerpetratorKind(PerpetratorKind.UNIDENTIFIED);
        assertEquals(List.of(), WgeidChecks.missing(c, CONSENTED, 1));
    }

    @ParameterizedTest(name = "{0} seen on {1}: urgent {2}")
    @CsvSource({
            "2026-03-14, 2026-03-14, true",
            "2025-12-14, 2026-03-14, true",
            "2025-12-13, 2026-03-14, false",
            "2024-10-01, 2026-03-14, false",
            "2026-03-15, 2026-03-14, false"})
    void theUrgentProcedureCoversTheLastThreeMonths(LocalDate disappeared, LocalDate today, boolean urgent) {
        assertEquals(urgent, WgeidChecks.urgent(new PartialDate(disappeared.getYear(), disappeared.getMonthValue(),
                disappeared.getDayOfMonth(), false), today));
    }

    @Test
    void eachRequirementHasItsLetterAndMessage() {
        assertEquals(List.of("type", "a", "b", "c", "d", "e", "consent"),
                java.util.Arrays.stream(WgeidRequirement.values()).map(WgeidRequirement::item).toList());
        assertEquals("wgeid.missing.b", DATE.messageKey());
    }

    @Test
    void theSubmitterIsTypedInFullAndConfidentialityIsAChoice() {
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> WgeidSubmitter.of(" ", null, "x".repeat(501), null));
        assertEquals(List.of("organisation", "submitterName", "submitterContact", "confidential"),
                invalid.errors().stream().map(InvalidInput.FieldError::field).toList());
        WgeidSubmitter submitter = WgeidSubmitter.of(" Iraqi Alliance ", "Noor", "noor@example.org", true);
        assertEquals("Iraqi Alliance", submitter.organisation());
        assertTrue(submitter.confidential());
        assertFalse(submitter.toString().contains("Noor"), "the submitter's name must not reach a log");
    }
}
