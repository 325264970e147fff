package org.mizan.reports.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PartialDate;
import org.mizan.legal.entity.Phase;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The periodic report's figures, counted from redacted cases. */
class PeriodicStatisticsTest {

    private final PeriodicStatistics statistics = PeriodicStatistics.of(PeriodicFixtures.cases(), PeriodicFixtures.impunity(),
            List.copyOf(PeriodicFixtures.TYPES.keySet()), List.copyOf(PeriodicFixtures.GOVERNORATES.keySet()));

    private static List<String> rows(List<PeriodicStatistics.Count> counts) {
        return counts.stream().map(c -> c.key() + "=" + c.count()).toList();
    }

    @Test
    void countsCasesAndVictims() {
        assertEquals(4, statistics.cases());
        assertEquals(4, statistics.victims());
    }

    @Test
    void aCaseOfSeveralTypesCountsUnderEachMostFrequentFirstThenInReferenceOrder() {
        assertEquals(List.of("ASSASSINATION=2", "ABDUCTION=2", "THREAT=1"), rows(statistics.byType()));
    }

    @Test
    void governoratesMostFrequentFirst() {
        assertEquals(List.of("BG=2", "BA=1", "SU=1"), rows(statistics.byGovernorate()));
    }

    @Test
    void monthsInTimeOrderWithTheYearAloneAfterItsMonths() {
        assertEquals(List.of("2019-10=1", "2019-11=1", "2019=1", "2020-01=1"), rows(statistics.byMonth()));
    }

    @Test
    void victimsByOccupationAndFateInTheirNaturalOrderUnknownLast() {
        assertEquals(List.of("ACTIVIST=2", "JOURNALIST=1", "UNKNOWN=1"), rows(statistics.byOccupation()));
        assertEquals(List.of("KILLED=2", "INJURED=1", "MISSING=1"), rows(statistics.byFate()));
    }

    @Test
    void aVictimWithSeveralOccupationsCountsUnderEachOfThemAndStillOnceAsAVictim() {
        List<Occupation> counted = PeriodicCase.counted(List.of(List.of(Occupation.JOURNALIST, Occupation.PROTESTER), List.of()));
        assertEquals(java.util.Arrays.asList(Occupation.JOURNALIST, Occupation.PROTESTER, null), counted);
        PeriodicStatistics two = PeriodicStatistics.of(List.of(PeriodicFixtures.periodicCase("MZN-2020-0009",
                        new PartialDate(2020, 2, null, false), "BG", Set.of("ASSASSINATION"), Phase.NOT_STARTED, counted,
                        PeriodicFixtures.named("علي", "Ali", Fate.KILLED, 30), PeriodicFixtures.named("حسن", "Hassan", Fate.INJURED, 22))),
                PeriodicFixtures.impunity(), List.of(), List.of());
        assertEquals(List.of("JOURNALIST=1", "PROTESTER=1", "UNKNOWN=1"), rows(two.byOccupation()));
        assertEquals(2, two.victims());
    }

    @Test
    void stagesComeFromTheImpunityIndicatorsWithTheCasesWithoutProceeding() {
        assertEquals(List.of("INVESTIGATION=1", "NO_PROCEEDING=3"), rows(statistics.byPhase()));
    }

    @Test
    void noCasesNoRows() {
        PeriodicStatistics none = PeriodicStatistics.of(List.of(), PeriodicFixtures.impunity(), List.of(), List.of());
        assertEquals(List.of(), none.byType());
        assertEquals(List.of(), none.byMonth());
    }
}
