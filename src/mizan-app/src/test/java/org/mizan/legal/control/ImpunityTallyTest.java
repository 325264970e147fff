package org.mizan.legal.control;

import org.junit.jupiter.api.Test;
import org.mizan.cases.entity.PartialDate;
import org.mizan.legal.entity.Phase;
import org.mizan.legal.entity.VerdictKind;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mizan.legal.entity.LegalEventType.*;

/** The indicators added up over a handful of cases whose every figure is known. */
class ImpunityTallyTest {

    private static final ImpunityClock CLOCK = new ImpunityClock(Clock.fixed(Instant.parse("2024-10-25T09:00:00Z"), ZoneOffset.UTC));
    private static final PartialDate TAHRIR = new PartialDate(2019, 10, 25, false);

    private static ImpunityFigures tally(List<List<StageDerivation.Derived>> cases) {
        ImpunityTally tally = new ImpunityTally(CLOCK.today());
        cases.forEach(proceedings -> tally.add(CLOCK.read(TAHRIR, proceedings), proceedings));
        return tally.figures();
    }

    private static ImpunityClockTest.Events events() {
        return new ImpunityClockTest.Events();
    }

    @Test
    void aProceedingSharedByTwoCasesCountsInEachCaseButItsSuspectsOnce() {
        StageDerivation.Derived released = events().on("2019-12-01", ARREST).on("2020-06-01", TRIAL_HEARING)
                .verdict("2020-07-01", VerdictKind.ACQUITTAL).on("2020-07-02", RELEASE).derived(3L, 4L);
        ImpunityTally tally = new ImpunityTally(CLOCK.today());
        for (int victim = 0; victim < 2; victim++) {
            tally.add(CLOCK.read(TAHRIR, List.of(released)), java.util.Map.of(77L, released));
        }
        ImpunityFigures figures = tally.figures();

        assertEquals(2, figures.cases());
        assertEquals(2, figures.withProceeding(), "each victim's case has the trial");
        assertEquals(new ImpunityFigures.Share(2, 2, ImpunityFigures.Denominator.CASES), figures.reachedCourt());
        assertEquals(2, figures.suspectsReleased(), "the two released suspects are of one trial, counted once");
    }

    @Test
    void fiveCasesAddUp() {
        StageDerivation.Derived parked = events().on("2019-11-01", COMPLAINT_FILED).on("2020-01-01", REGISTERED_AGAINST_UNKNOWN)
                .derived();
        StageDerivation.Derived convicted = events().on("2019-11-01", COMPLAINT_FILED).on("2020-02-10", ARREST)
                .on("2020-06-01", TRIAL_HEARING).verdict("2020-09-01", VerdictKind.CONVICTION).on("2021-01-15", CASSATION_UPHELD)
                .derived(1L, 2L);
        StageDerivation.Derived acquitted = events().on("2019-12-01", ARREST).on("2020-03-01", REGISTERED_AGAINST_UNKNOWN)
                .on("2020-04-01", INVESTIGATION_REOPENED).on("2020-06-01", TRIAL_HEARING)
                .verdict("2020-07-01", VerdictKind.ACQUITTAL).on("2020-07-02", RELEASE).derived(3L, 4L);
        StageDerivation.Derived referred = events().on("2020-01-01", REFERRAL).derived();

        ImpunityFigures figures = tally(List.of(List.of(), List.of(parked), List.of(convicted), List.of(acquitted, referred),
                List.of()));

        assertEquals(LocalDate.of(2024, 10, 25), figures.asOf());
        assertEquals(5, figures.cases());
        assertEquals(3, figures.withProceeding());
        assertEquals(new ImpunityFigures.Share(2, 3, ImpunityFigures.Denominator.CASES_WITH_PROCEEDING), figures.againstUnknown(),
                "ever, even when reopened later");
        assertEquals(new ImpunityFigures.Share(2, 5, ImpunityFigures.Denominator.CASES), figures.reachedCourt());
        assertEquals(new ImpunityFigures.Share(1, 5, ImpunityFigures.Denominator.CASES), figures.finalConviction());
        assertEquals(2, figures.suspectsReleased(), "a release of the whole proceeding releases both its suspects");

        assertEquals(1L, figures.byPhase().get(Phase.PARKED_AGAINST_UNKNOWN));
        assertEquals(2L, figures.byPhase().get(Phase.VERDICT), "the acquittal heads its case, before the mere referral");
        assertEquals(0L, figures.byPhase().get(Phase.REFERRED));
        assertEquals(List.of(Phase.values()), List.copyOf(figures.byPhase().keySet()), "every phase, in order");
        assertEquals(3L, figures.byPhase().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(1L, figures.byVerdict().get(VerdictKind.CONVICTION));
        assertEquals(1L, figures.byVerdict().get(VerdictKind.ACQUITTAL));
        assertEquals(0L, figures.byVerdict().get(VerdictKind.RELEASE_INSUFFICIENT_EVIDENCE));

        // Arrests after 108 (convicted) and 37 days (acquitted); three cases wait 1,827 days.
        assertEquals(new ImpunityFigures.Clocks(3, 2, 1827L, 37L), figures.noArrest());
        assertEquals(new ImpunityFigures.Clocks(3, 2, 1827L, 220L), figures.noTrial());
        assertEquals(new ImpunityFigures.Clocks(4, 1, 1827L, 448L), figures.noFinalVerdict());
    }

    @Test
    void noCasesNoMedians() {
        ImpunityFigures figures = tally(List.of());
        assertEquals(0, figures.cases());
        assertEquals(new ImpunityFigures.Share(0, 0, ImpunityFigures.Denominator.CASES), figures.finalConviction());
        assertNull(figures.noArrest().medianDaysRunning());
        assertNull(figures.noArrest().medianDaysEnded());
    }

    @Test
    void theFiguresAgreeWithTheStagesOfReleasesReferralsAndVerdictsInPerson() {
        StageDerivation.Derived released = events().on("2019-11-01", ARREST).on("2019-12-01", RELEASE).derived(1L);
        StageDerivation.Derived referred = events().on("2019-11-01", COMPLAINT_FILED).on("2020-01-01", REFERRAL).derived();
        StageDerivation.Derived sentenced = events().on("2020-01-01", REFERRAL).verdict("2020-06-01", VerdictKind.CONVICTION)
                .derived(2L);

        ImpunityFigures figures = tally(List.of(List.of(released), List.of(referred), List.of(sentenced)));

        assertEquals(1L, figures.byPhase().get(Phase.RELEASED));
        assertEquals(0L, figures.byPhase().get(Phase.CUSTODY), "nobody is in custody");
        assertEquals(1, figures.suspectsReleased());
        assertEquals(new ImpunityFigures.Share(1, 3, ImpunityFigures.Denominator.CASES), figures.reachedCourt(),
                "the sentence reached court, the referral not yet");
        assertEquals(1, figures.noTrial().ended(), "the same case whose clock stopped");
        assertEquals(2, figures.noArrest().ended(), "the release and the sentence passed in person each imply an arrest");
        assertEquals(1, figures.noArrest().running());
    }

    @Test
    void aFinalConvictionOfOneSuspectCountsThoughAnotherHeadsTheProceeding() {
        // Suspect 1 convicted for good; the file then closed for suspect 2 only.
        StageDerivation.Derived derived = StageDerivation.derive(List.of(
                new org.mizan.legal.entity.LegalEventFact(VERDICT, LocalDate.of(2020, 9, 1), 0, java.util.Set.of(1L),
                        VerdictKind.CONVICTION, false, null),
                new org.mizan.legal.entity.LegalEventFact(CASSATION_UPHELD, LocalDate.of(2021, 1, 15), 1, java.util.Set.of(1L), null,
                        false, null),
                new org.mizan.legal.entity.LegalEventFact(VERDICT, LocalDate.of(2021, 2, 1), 2, java.util.Set.of(2L),
                        VerdictKind.ACQUITTAL, false, null),
                new org.mizan.legal.entity.LegalEventFact(VERDICT_FINAL, LocalDate.of(2021, 3, 1), 3, java.util.Set.of(2L), null,
                        false, null),
                new org.mizan.legal.entity.LegalEventFact(CLOSED, LocalDate.of(2021, 4, 1), 4, java.util.Set.of(2L), null, false,
                        null)), List.of(1L, 2L));
        assertEquals(Phase.CLOSED, derived.stage().phase(), "the closed acquittal heads the proceeding");
        assertEquals(1, tally(List.of(List.of(derived))).finalConviction().count());
    }
}
