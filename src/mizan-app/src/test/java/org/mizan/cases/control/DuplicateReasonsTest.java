package org.mizan.cases.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuplicateReasonsTest {

    private static PersonFacts arabic(String name, Integer birthYear, String governorate) {
        return new PersonFacts(name, null, List.of(), birthYear, governorate);
    }

    private static PersonFacts latin(String name, Integer birthYear, String governorate) {
        return new PersonFacts(null, name, null, birthYear, governorate);
    }

    @Test
    void theSamePersonAcrossScriptsWithTheSameBirthYearIsACandidateWithItsReasons() {
        PersonFacts recordedInArabic = arabic("علي حسن كاظم الزبيدي", 1984, "BGD");
        PersonFacts recordedInLatin = latin("Ali Hasan Kazem Al Zubaidi", 1985, "bgd");

        assertTrue(DuplicateReasons.isCandidate(recordedInArabic, recordedInLatin));
        assertEquals(List.of("sameNameChain", "crossScript", "sameBirthYear", "sameGovernorate"),
                DuplicateReasons.reasons(recordedInArabic, recordedInLatin));
    }

    @Test
    void aFatherTwentyFiveYearsOlderWithAShiftedChainIsNoCandidate() {
        PersonFacts son = new PersonFacts("علي حسن كاظم الزبيدي", "Ali Hassan Kadhim al-Zubaidi", List.of(), 1990, "BSR");
        PersonFacts father = new PersonFacts("حسن كاظم جعفر الزبيدي", "Hassan Kadhim Jafar al-Zubaidi", List.of(), 1965, "BSR");

        assertFalse(DuplicateReasons.isCandidate(son, father));
        assertEquals(List.of("sameGovernorate"), DuplicateReasons.reasons(son, father));
    }

    @Test
    void distantBirthYearsPushASimilarChainBelowTheThreshold() {
        PersonFacts withoutGrandfather = latin("Ali Hassan al-Zubaidi", 1990, null);
        PersonFacts sameAge = latin("Ali Hassan Kadhim al-Zubaidi", 1990, null);
        PersonFacts olderByTwentyFive = latin("Ali Hassan Kadhim al-Zubaidi", 1965, null);

        assertTrue(DuplicateReasons.isCandidate(withoutGrandfather, sameAge));
        assertFalse(DuplicateReasons.isCandidate(withoutGrandfather, olderByTwentyFive));
        assertEquals(List.of("similarNameChain"), DuplicateReasons.reasons(withoutGrandfather, olderByTwentyFive));
    }

    @Test
    void anAliasCanCarryTheMatchAcrossScripts() {
        PersonFacts a = new PersonFacts("علي حسن كاظم الزبيدي", null, List.of("Abu Hussein"), null, null);
        PersonFacts b = new PersonFacts("عباس جاسم", "Abbas Jasim", List.of("ابو حسين"), null, null);

        assertEquals(List.of("sameNameChain", "crossScript"), DuplicateReasons.reasons(a, b));
    }

    @Test
    void aMatchThatAlsoHoldsWithinOneScriptIsNotCalledCrossScript() {
        PersonFacts a = new PersonFacts("علي حسن كاظم الزبيدي", null, List.of("Abu Hussein"), null, null);
        PersonFacts b = new PersonFacts("عباس جاسم", "Abbas Jasim", List.of("ابو حسين", "Abou Hussain"), null, null);
        PersonFacts c = new PersonFacts("علي حسن كاظم الزبيدي", "Ali Hassan Kadhim al-Zubaidi", List.of(), null, null);

        assertEquals(List.of("sameNameChain"), DuplicateReasons.reasons(a, b));
        assertEquals(List.of("sameNameChain"), DuplicateReasons.reasons(a, c));
    }

    @Test
    void agreeingFactsRaiseTheScoreAndAShortChainNeedsThem() {
        PersonFacts shortName = latin("Ali Hassan", null, null);
        PersonFacts fullName = arabic("علي حسن كاظم الزبيدي", null, null);
        PersonFacts shortNameWithFacts = latin("Ali Hassan", 1980, "NIN");
        PersonFacts fullNameWithFacts = arabic("علي حسن كاظم الزبيدي", 1981, "NIN");

        assertFalse(DuplicateReasons.isCandidate(shortName, fullName));
        assertTrue(DuplicateReasons.isCandidate(shortNameWithFacts, fullNameWithFacts));
        assertEquals(List.of("similarNameChain", "crossScript", "sameBirthYear", "sameGovernorate"),
                DuplicateReasons.reasons(shortNameWithFacts, fullNameWithFacts));
    }

    @Test
    void brothersGetNoNameReasonEvenWithEveryOtherFactInCommon() {
        PersonFacts ali = latin("Ali Hassan Kadhim al-Zubaidi", 1990, "BGD");
        PersonFacts omar = latin("Omar Hassan Kadhim al-Zubaidi", 1990, "BGD");

        assertFalse(DuplicateReasons.isCandidate(ali, omar));
        assertEquals(List.of("sameBirthYear", "sameGovernorate"), DuplicateReasons.reasons(ali, omar));
    }

    @Test
    void peopleWithoutNamesScoreNothingAndTheScoreStaysWithinZeroAndOne() {
        PersonFacts nameless = new PersonFacts(null, "  ", null, 1980, "BGD");
        PersonFacts named = latin("Ali", 1980, "BGD");
        assertEquals(List.of("sameBirthYear", "sameGovernorate"), DuplicateReasons.reasons(nameless, named));
        assertEquals(0.1, DuplicateReasons.score(nameless, named), 1e-9);
        assertEquals(1.0, DuplicateReasons.score(named, named), 1e-9);
    }
}
