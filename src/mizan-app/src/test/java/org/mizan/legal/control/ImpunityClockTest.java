package org.mizan.legal.control;

import org.junit.jupiter.api.Test;
import org.mizan.cases.entity.PartialDate;
import org.mizan.legal.entity.LegalEventFact;
import org.mizan.legal.entity.LegalEventType;
import org.mizan.legal.entity.ReturnedTo;
import org.mizan.legal.entity.VerdictKind;
import org.mizan.platform.control.Messages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.legal.entity.LegalEventType.*;

/** The impunity clock of one case, on a fixed clock. */
class ImpunityClockTest {

    /** 25 October 2024, midday in Baghdad. */
    private static final ImpunityClock CLOCK = new ImpunityClock(Clock.fixed(Instant.parse("2024-10-25T09:00:00Z"), ZoneOffset.UTC));
    private static final PartialDate TAHRIR = new PartialDate(2019, 10, 25, false);

    /** A proceeding's events, derived as the service derives them. */
    static final class Events {
        private final List<LegalEventFact> facts = new ArrayList<>();

        Events on(String day, LegalEventType type) {
            return add(type, day, null, null);
        }

        Events verdict(String day, VerdictKind kind) {
            return add(VERDICT, day, kind, null);
        }

        Events annulled(String day) {
            return add(CASSATION_ANNULLED, day, null, ReturnedTo.RETRIAL);
        }

        private Events add(LegalEventType type, String day, VerdictKind kind, ReturnedTo to) {
            facts.add(new LegalEventFact(type, LocalDate.parse(day), facts.size(), Set.of(), kind, false, to));
            return this;
        }

        StageDerivation.Derived derived(Long... suspects) {
            return StageDerivation.derive(facts, List.of(suspects));
        }
    }

    @Test
    void aCaseWithNoProceedingHasAllThreeClocksRunning() {
        ImpunityClock.Reading reading = CLOCK.read(TAHRIR, List.of());
        assertEquals(LocalDate.of(2024, 10, 25), reading.asOf());
        assertEquals(LocalDate.of(2019, 10, 25), reading.countedFrom());
        assertFalse(reading.approximate(), "known to the day");
        assertEquals(0, reading.proceedings());
        ImpunityClock.Span running = new ImpunityClock.Span(true, 1827, null);
        assertEquals(running, reading.noArrest());
        assertEquals(running, reading.noTrial());
        assertEquals(running, reading.noFinalVerdict());
    }

    @Test
    void eachClockStopsAtItsMilestone() {
        StageDerivation.Derived convicted = new Events().on("2019-11-01", COMPLAINT_FILED).on("2020-02-10", ARREST)
                .on("2020-04-01", REFERRAL).on("2020-06-01", TRIAL_HEARING).verdict("2020-09-01", VerdictKind.CONVICTION)
                .on("2020-10-01", APPEAL_FILED).on("2021-01-15", CASSATION_UPHELD).derived(1L);
        ImpunityClock.Reading reading = CLOCK.read(TAHRIR, List.of(convicted));
        assertEquals(new ImpunityClock.Span(false, 108, LocalDate.of(2020, 2, 10)), reading.noArrest());
        assertEquals(new ImpunityClock.Span(false, 220, LocalDate.of(2020, 6, 1)), reading.noTrial());
        assertEquals(new ImpunityClock.Span(false, 448, LocalDate.of(2021, 1, 15)), reading.noFinalVerdict());
    }

    @Test
    void theEarliestMilestoneOfAnyProceedingCounts() {
        StageDerivation.Derived parked = new Events().on("2019-11-01", COMPLAINT_FILED).on("2020-01-01", REGISTERED_AGAINST_UNKNOWN)
                .derived();
        StageDerivation.Derived second = new Events().on("2020-02-10", ARREST).on("2020-06-01", TRIAL_HEARING).derived();
        StageDerivation.Derived third = new Events().on("2021-03-01", ARREST).derived();
        ImpunityClock.Reading reading = CLOCK.read(TAHRIR, List.of(parked, third, second));
        assertEquals(3, reading.proceedings());
        assertEquals(LocalDate.of(2020, 2, 10), reading.noArrest().endedOn());
        assertEquals(LocalDate.of(2020, 6, 1), reading.noTrial().endedOn());
        assertEquals(new ImpunityClock.Span(true, 1827, null), reading.noFinalVerdict());
    }

    @Test
    void anAnnulledVerdictIsNoLongerFinalSoTheClockRunsAgain() {
        StageDerivation.Derived annulled = new Events().on("2020-06-01", TRIAL_HEARING).verdict("2020-09-01", VerdictKind.CONVICTION)
                .on("2020-10-01", VERDICT_FINAL).annulled("2021-02-01").derived();
        ImpunityClock.Reading reading = CLOCK.read(TAHRIR, List.of(annulled));
        assertTrue(reading.noFinalVerdict().running());
        assertEquals(1827, reading.noFinalVerdict().days());
        assertFalse(reading.noTrial().running(), "the day in court stays reached");
    }

    @Test
    void aPartialOrApproximateIncidentDateCountsFromItsFirstDayAndSaysSo() {
        ImpunityClock.Reading yearOnly = CLOCK.read(new PartialDate(2019, null, null, false), List.of());
        assertTrue(yearOnly.approximate());
        assertEquals(LocalDate.of(2019, 1, 1), yearOnly.countedFrom());
        assertEquals(2124, yearOnly.noArrest().days());
        assertEquals("2019", yearOnly.incidentDate());
        ImpunityClock.Reading month = CLOCK.read(new PartialDate(2020, 3, null, false), List.of());
        assertTrue(month.approximate());
        assertEquals(1699, month.noTrial().days());
        ImpunityClock.Reading around = CLOCK.read(new PartialDate(2019, 10, 25, true), List.of());
        assertTrue(around.approximate(), "marked approximate though known to the day");
        assertEquals("~2019-10-25", around.incidentDate());
    }

    @Test
    void aMilestoneDatedBeforeTheFirstDayOfAVagueIncidentDateIsNoNegativeWait() {
        StageDerivation.Derived early = new Events().on("2018-12-20", ARREST).derived();
        ImpunityClock.Reading reading = CLOCK.read(new PartialDate(2019, null, null, true), List.of(early));
        assertEquals(new ImpunityClock.Span(false, 0, LocalDate.of(2018, 12, 20)), reading.noArrest());
    }

    @Test
    void todayIsTheDayInBaghdad() {
        // 21:30 UTC is already half past midnight in Baghdad.
        ImpunityClock late = new ImpunityClock(Clock.fixed(Instant.parse("2026-11-27T21:30:00Z"), ZoneOffset.UTC));
        ImpunityClock.Reading reading = late.read(new PartialDate(2019, null, null, false), List.of());
        assertEquals(LocalDate.of(2026, 11, 28), reading.asOf());
        assertEquals(2888, reading.noArrest().days());
    }

    @Test
    void eachFigureReadsAsRunningOrEnded() {
        Messages english = Messages.in(Locale.ENGLISH);
        assertEquals("Still running: 1,827 days", new ImpunityClock.Span(true, 1827, null).describe(english));
        assertEquals("Ended after 108 days on 2020-02-10", new ImpunityClock.Span(false, 108, LocalDate.of(2020, 2, 10))
                .describe(english));
        assertTrue(new ImpunityClock.Span(true, 5, null).describe(Messages.in(Locale.forLanguageTag("ar"))).contains("مستمر"));
    }
}
