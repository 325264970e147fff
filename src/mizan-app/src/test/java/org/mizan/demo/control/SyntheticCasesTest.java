package org.mizan.demo.control;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.cases.control.ArabicNames;
import org.mizan.cases.control.CaseDraft;
import org.mizan.cases.control.CaseRules;
import org.mizan.cases.control.NameChain;
import org.mizan.cases.control.PersonDraft;
import org.mizan.cases.entity.Confidentiality;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorKind;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticCasesTest {

    private static final Set<String> GOVERNORATES = Set.of("BG", "BA", "NI", "AR", "SU", "DA", "HA", "KI", "DI", "AN", "SD",
            "BB", "KA", "NA", "QA", "WA", "MA", "DQ", "MU");
    private static final Set<String> TYPES = Set.of("ASSASSINATION", "ATTEMPTED_ASSASSINATION", "KILLING_AT_PROTEST",
            "ABDUCTION", "TORTURE", "ARBITRARY_DETENTION", "DEATH_IN_CUSTODY", "THREAT");
    private static final int CASES = 1000;

    private static List<PersonDraft> persons;
    private static List<CaseDraft> cases;

    @BeforeAll
    static void generate() {
        SyntheticCases generator = new SyntheticCases(2019, 3 * CASES);
        persons = generator.persons();
        cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(generator.next().draft());
        }
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOther() {
        SyntheticCases again = new SyntheticCases(2019, 3 * CASES);
        assertEquals(persons, again.persons());
        for (int i = 0; i < 100; i++) {
            assertEquals(cases.get(i), again.next().draft(), "case " + i);
        }
        SyntheticCases other = new SyntheticCases(2020, 3 * CASES);
        assertNotEquals(persons, other.persons());
        assertNotEquals(cases.get(0), other.next().draft());
    }

    @Test
    void everyGovernorateAndEveryViolationTypeAppears() {
        assertEquals(GOVERNORATES, cases.stream().map(CaseDraft::governorate).filter(Objects::nonNull).collect(Collectors.toSet()));
        assertEquals(TYPES, cases.stream().flatMap(c -> c.violationTypes().stream()).collect(Collectors.toSet()));
    }

    @Test
    void everyDraftPassesTheRulesACaseIsSavedUnder() {
        cases.forEach(c -> CaseRules.check(c, TYPES, GOVERNORATES));
        cases.forEach(c -> assertNull(c.status(), "a new case starts at intake"));
    }

    @Test
    void everyPersonWouldBeAccepted() {
        int thisYear = Year.now().getValue();
        for (PersonDraft p : persons) {
            assertTrue(p.nameArabic() != null || p.nameLatin() != null, p::toString);
            assertTrue(p.nameArabic() == null || !p.nameArabic().isBlank() && p.nameArabic().length() <= 300, p::toString);
            assertTrue(p.nameLatin() == null || !p.nameLatin().isBlank() && p.nameLatin().length() <= 300, p::toString);
            assertTrue(p.aliasesOrEmpty().stream().noneMatch(String::isBlank), p::toString);
            assertTrue(p.birthYear() == null || p.birthYear() >= 1900 && p.birthYear() <= thisYear, p::toString);
            assertTrue(p.governorate() == null || GOVERNORATES.contains(p.governorate()), p::toString);
        }
    }

    @Test
    void partiesReferToGeneratedPersonsAndPersonsAreSharedAcrossCases() {
        Map<Long, Set<Integer>> casesOf = new HashMap<>();
        Map<Long, Set<PartyRole>> rolesOf = new HashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            for (CaseDraft.PartyDraft party : cases.get(i).partiesOrEmpty()) {
                if (party.personId() != null) {
                    assertTrue(party.personId() >= 1 && party.personId() <= persons.size());
                    casesOf.computeIfAbsent(party.personId(), p -> new HashSet<>()).add(i);
                    rolesOf.computeIfAbsent(party.personId(), p -> new HashSet<>()).add(party.role());
                }
            }
        }
        long shared = casesOf.values().stream().filter(c -> c.size() > 1).count();
        assertTrue(shared > 100, () -> shared + " persons in more than one case");
        assertTrue(rolesOf.values().stream().anyMatch(r -> r.containsAll(Set.of(PartyRole.VICTIM, PartyRole.WITNESS))),
                "someone is a witness in one case and a victim in another");
        assertTrue(casesOf.values().stream().anyMatch(c -> c.size() >= 5), "units are accused again and again");
    }

    @Test
    void looksLikeTheRecordsOfTishreen() {
        long tishreen = cases.stream().filter(c -> !c.incidentDate().start().isBefore(LocalDate.of(2019, 10, 1))
                && c.incidentDate().start().isBefore(LocalDate.of(2022, 1, 1))).count();
        assertTrue(tishreen > CASES / 2, () -> tishreen + " cases from October 2019 to 2021");
        assertTrue(cases.stream().anyMatch(c -> c.incidentDate().day() == null && c.incidentDate().month() != null), "month only");
        assertTrue(cases.stream().anyMatch(c -> c.incidentDate().month() == null), "year only");
        assertTrue(cases.stream().anyMatch(c -> c.incidentDate().approximate()), "approximate");
        long restricted = cases.stream().filter(c -> c.confidentiality() == Confidentiality.RESTRICTED).count();
        assertTrue(restricted > CASES * 0.02 && restricted < CASES * 0.09, () -> restricted + " restricted");
        long unidentified = cases.stream().filter(c -> c.partiesOrEmpty().stream()
                .anyMatch(p -> p.perpetratorKind() == PerpetratorKind.UNIDENTIFIED)).count();
        assertTrue(unidentified > CASES * 0.3, () -> unidentified + " with unidentified armed men");
        assertTrue(cases.stream().anyMatch(c -> c.tagsOrEmpty().contains("Tishreen 2019")));
        assertTrue(cases.stream().allMatch(c -> !c.sourcesOrEmpty().isEmpty()));
    }

    @Test
    void narrativesAreArabicOrEnglishWithNothingLeftOfTheTemplates() {
        assertTrue(cases.stream().anyMatch(c -> ArabicNames.containsArabic(c.narrative())));
        assertTrue(cases.stream().anyMatch(c -> !ArabicNames.containsArabic(c.narrative())));
        cases.forEach(c -> assertFalse(c.narrative().matches("(?s).*[\\[\\]{}].*"), c.narrative()));
    }

    @Test
    void namesAreArabicKurdishAndLatin() {
        assertTrue(persons.stream().anyMatch(p -> p.nameArabic() != null && p.nameArabic().matches(".*[ێڵەڕۆ].*")
                && Set.of("AR", "SU", "DA", "HA").contains(p.governorate())), "Sorani names in the Kurdistan Region");
        assertTrue(persons.stream().anyMatch(p -> p.nameArabic() != null && p.nameLatin() != null));
        assertTrue(persons.stream().anyMatch(p -> p.nameArabic() == null && p.nameLatin() != null));
        Set<String> spellings = persons.stream().map(PersonDraft::nameLatin).filter(Objects::nonNull)
                .flatMap(n -> Arrays.stream(n.split(" "))).collect(Collectors.toSet());
        assertTrue(spellings.containsAll(Set.of("Mohammed", "Muhammad", "Kadhim", "Kazem")), "variant spellings");
    }

    @Test
    void fathersAndSonsShareMostOfAChainButAreNoDuplicates() {
        Map<List<String>, List<NameChain>> byGivenAndFather = new HashMap<>();
        List<NameChain> chains = persons.stream().map(p -> p.nameArabic() == null ? p.nameLatin() : p.nameArabic())
                .map(NameChain::of).filter(c -> c.keys().size() >= 3).toList();
        chains.forEach(c -> byGivenAndFather.computeIfAbsent(c.keys().subList(0, 2), k -> new ArrayList<>()).add(c));
        int pairs = 0;
        for (NameChain son : chains) {
            for (NameChain father : byGivenAndFather.getOrDefault(son.keys().subList(1, 3), List.of())) {
                pairs++;
                assertTrue(son.similarity(father) < NameChain.DUPLICATE_THRESHOLD, son + " / " + father);
            }
        }
        assertTrue(pairs >= 20, pairs + " father/son pairs");
    }

    @Test
    void smallDataSetsWorkToo() {
        for (int persons : new int[]{10, 20, 100}) {
            for (long seed = 0; seed < 20; seed++) {
                SyntheticCases small = new SyntheticCases(seed, persons);
                assertEquals(persons, small.persons().size());
                for (int i = 0; i < 40; i++) {
                    CaseRules.check(small.next().draft(), TYPES, GOVERNORATES);
                }
            }
        }
    }

    @Test
    void personNumbersMapToStoredIds() {
        CaseDraft draft = cases.stream().filter(c -> c.partiesOrEmpty().size() > 2).findFirst().orElseThrow();
        CaseDraft mapped = SyntheticCases.withPersonIds(draft, n -> n + 1000);
        for (int i = 0; i < draft.parties().size(); i++) {
            Long before = draft.parties().get(i).personId();
            assertEquals(before == null ? null : before + 1000, mapped.parties().get(i).personId());
        }
        assertEquals(draft.narrative(), mapped.narrative());
    }
}
