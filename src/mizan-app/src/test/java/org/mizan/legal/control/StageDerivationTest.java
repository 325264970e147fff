package org.mizan.legal.control;

import org.junit.jupiter.api.Test;
import org.mizan.legal.entity.LegalEventFact;
import org.mizan.legal.entity.LegalEventType;
import org.mizan.legal.entity.Phase;
import org.mizan.legal.entity.ReturnedTo;
import org.mizan.legal.entity.Stage;
import org.mizan.legal.entity.VerdictKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.legal.entity.LegalEventType.*;

/** Stage derivation over paths real Iraqi prosecutions have taken (docs/domain.md). */
class StageDerivationTest {

    private static final long A = 1;
    private static final long B = 2;

    /** Events in the order they are written here, a month apart unless dated. */
    private static final class Path {
        private final List<LegalEventFact> events = new ArrayList<>();
        private LocalDate day = LocalDate.of(2020, 1, 15);

        Path then(LegalEventType type, Long... suspects) {
            return add(new LegalEventFact(type, next(), events.size(), Set.of(suspects), null, false, null));
        }

        Path verdict(VerdictKind kind, boolean absentia, Long... suspects) {
            return add(new LegalEventFact(VERDICT, next(), events.size(), Set.of(suspects), kind, absentia, null));
        }

        Path annulled(ReturnedTo to) {
            return add(new LegalEventFact(CASSATION_ANNULLED, next(), events.size(), Set.of(), null, false, to));
        }

        private LocalDate next() {
            day = day.plusMonths(1);
            return day;
        }

        private Path add(LegalEventFact event) {
            events.add(event);
            return this;
        }

        StageDerivation.Derived derive(Long... suspects) {
            return StageDerivation.derive(events, List.of(suspects));
        }
    }

    @Test
    void nothingRecordedIsNotStarted() {
        StageDerivation.Derived derived = new Path().derive();
        assertEquals(Stage.NOT_STARTED, derived.stage());
        assertNull(derived.firstArrest());
        assertTrue(derived.path().isEmpty());
    }

    @Test
    void parkedAgainstUnknownThenReopenedAndAnArrest() {
        Path path = new Path().then(COMPLAINT_FILED).then(INVESTIGATION_OPENED).then(REGISTERED_AGAINST_UNKNOWN);
        assertEquals(Phase.PARKED_AGAINST_UNKNOWN, path.derive().stage().phase());
        StageDerivation.Derived reopened = path.then(INVESTIGATION_REOPENED).then(ARREST_WARRANT).then(ARREST).derive();
        assertEquals(Phase.CUSTODY, reopened.stage().phase());
        assertTrue(reopened.everAgainstUnknown(), "parked once counts, even when reopened");
        assertEquals(LocalDate.of(2020, 7, 15), reopened.firstArrest());
        assertNull(reopened.firstInCourt());
    }

    @Test
    void aConvictionAnnulledInCassationThenAnAcquittalOnRetrialShowsTheAcquittal() {
        StageDerivation.Derived derived = new Path().then(COMPLAINT_FILED).then(ARREST).then(REFERRAL).then(TRIAL_HEARING)
                .verdict(VerdictKind.CONVICTION, false).then(APPEAL_FILED).annulled(ReturnedTo.RETRIAL)
                .then(RETRIAL_OPENED).then(TRIAL_HEARING).verdict(VerdictKind.ACQUITTAL, false).then(APPEAL_FILED)
                .then(CASSATION_UPHELD).derive();
        assertEquals(new Stage(Phase.VERDICT, VerdictKind.ACQUITTAL, false, true), derived.stage());
        assertFalse(derived.stage().finalConviction());
        assertEquals(LocalDate.of(2021, 1, 15), derived.finalOn(), "final on the day cassation upheld it");
        List<Stage> path = derived.path().stream().map(StageDerivation.Step::stage).toList();
        assertEquals(new Stage(Phase.VERDICT, VerdictKind.CONVICTION, false, false), path.get(4), "the conviction is on the timeline");
        assertEquals(Phase.CASSATION, path.get(5).phase());
        assertEquals(new Stage(Phase.RETRIAL, null, false, false), path.get(6), "an annulled verdict no longer stands");
        assertEquals(Phase.RETRIAL, path.get(8).phase(), "a hearing of the retrial stays in the retrial");
    }

    @Test
    void aPublicAccountSaysAcquittedAfterAConvictionWasAnnulled() {
        StageDerivation.Derived acquittedOnRetrial = new Path().then(REFERRAL).verdict(VerdictKind.CONVICTION, false).then(APPEAL_FILED)
                .annulled(ReturnedTo.RETRIAL).verdict(VerdictKind.ACQUITTAL, false).derive();
        assertEquals(new CaseVerdict(VerdictKind.ACQUITTAL, true), CaseVerdict.of(List.of(acquittedOnRetrial)));
        StageDerivation.Derived awaitingRetrial = new Path().then(REFERRAL).verdict(VerdictKind.CONVICTION, false).then(APPEAL_FILED)
                .annulled(ReturnedTo.RETRIAL).derive();
        assertEquals(new CaseVerdict(null, true), CaseVerdict.of(List.of(awaitingRetrial)), "no verdict stands while the retrial runs");
        StageDerivation.Derived convicted = new Path().then(REFERRAL).verdict(VerdictKind.CONVICTION, false).derive();
        assertEquals(new CaseVerdict(VerdictKind.CONVICTION, false), CaseVerdict.of(List.of(convicted)));
        StageDerivation.Derived acquittalAnnulled = new Path().then(REFERRAL).verdict(VerdictKind.ACQUITTAL, false)
                .annulled(ReturnedTo.RETRIAL).verdict(VerdictKind.CONVICTION, false).derive();
        assertEquals(new CaseVerdict(VerdictKind.CONVICTION, false), CaseVerdict.of(List.of(acquittalAnnulled)),
                "an acquittal set aside is no conviction set aside");
        assertEquals(CaseVerdict.NONE, CaseVerdict.of(List.of()));
        assertEquals(new CaseVerdict(VerdictKind.CONVICTION, true), CaseVerdict.of(List.of(convicted, awaitingRetrial)),
                "the furthest trial's verdict, and any conviction set aside in the case's trials");
    }

    @Test
    void anAnnulmentCanSendTheFileBackToTheInvestigativeJudge() {
        StageDerivation.Derived derived = new Path().then(REFERRAL).verdict(VerdictKind.RELEASE_INSUFFICIENT_EVIDENCE, false)
                .then(APPEAL_FILED).annulled(ReturnedTo.FURTHER_INVESTIGATION).derive();
        assertEquals(new Stage(Phase.INVESTIGATION, null, false, false), derived.stage());
        StageDerivation.Derived referredAgain = new Path().then(REFERRAL).verdict(VerdictKind.ACQUITTAL, false)
                .annulled(ReturnedTo.FURTHER_INVESTIGATION).then(REFERRAL).derive();
        assertEquals(Phase.REFERRED, referredAgain.stage().phase());
    }

    @Test
    void aSentenceInAbsentiaStandsUntilTheRetrialThatFollowsTheArrest() {
        Path path = new Path().then(COMPLAINT_FILED).then(ARREST_WARRANT).then(REFERRAL).verdict(VerdictKind.CONVICTION, true);
        assertEquals(new Stage(Phase.VERDICT, VerdictKind.CONVICTION, true, false), path.derive().stage());
        path.then(ARREST);
        StageDerivation.Derived arrested = path.derive();
        assertEquals(new Stage(Phase.VERDICT, VerdictKind.CONVICTION, true, false), arrested.stage(), "still the verdict in absentia");
        assertEquals(LocalDate.of(2020, 6, 15), arrested.firstArrest());
        StageDerivation.Derived retried = path.then(RETRIAL_OPENED).then(TRIAL_HEARING).verdict(VerdictKind.CONVICTION, false)
                .then(VERDICT_FINAL).derive();
        assertEquals(new Stage(Phase.VERDICT, VerdictKind.CONVICTION, false, true), retried.stage());
        assertTrue(retried.stage().finalConviction());
        assertEquals(LocalDate.of(2020, 5, 15), retried.firstInCourt(), "the verdict in absentia was the first day in court");
    }

    @Test
    void suspectsOfOneProceedingCanMeetDifferentEnds() {
        StageDerivation.Derived derived = new Path().then(COMPLAINT_FILED).then(ARREST, A, B).then(REFERRAL)
                .verdict(VerdictKind.CONVICTION, false, A).verdict(VerdictKind.ACQUITTAL, false, B).then(RELEASE, B)
                .then(APPEAL_FILED, A).then(CASSATION_UPHELD, A).derive(A, B);
        assertEquals(new Stage(Phase.VERDICT, VerdictKind.CONVICTION, false, true), derived.bySuspect().get(A));
        assertEquals(new Stage(Phase.VERDICT, VerdictKind.ACQUITTAL, false, false), derived.bySuspect().get(B));
        assertEquals(derived.bySuspect().get(A), derived.stage(), "the headline is the suspect furthest along");
        assertEquals(1, derived.suspectsReleased());
    }

    @Test
    void eventsCountInDateOrderWhateverOrderTheyWereRecordedIn() {
        LocalDate day = LocalDate.of(2021, 3, 1);
        List<LegalEventFact> recorded = List.of(
                new LegalEventFact(VERDICT, day.plusDays(30), 0, Set.of(), VerdictKind.CONVICTION, false, null),
                LegalEventFact.of(REFERRAL, day, 1),
                LegalEventFact.of(REGISTERED_AGAINST_UNKNOWN, day.minusYears(1), 2));
        StageDerivation.Derived derived = StageDerivation.derive(recorded, List.of());
        assertEquals(VerdictKind.CONVICTION, derived.stage().verdict());
        assertEquals(List.of(REGISTERED_AGAINST_UNKNOWN, REFERRAL, VERDICT),
                derived.path().stream().map(step -> step.event().type()).toList());
    }

    @Test
    void aReleaseWithoutAVerdictEndsCustodyAndALaterArrestStartsItAgain() {
        Path path = new Path().then(COMPLAINT_FILED).then(ARREST, A).then(RELEASE, A);
        StageDerivation.Derived released = path.derive(A);
        assertEquals(Phase.RELEASED, released.stage().phase(), "released, no longer in custody");
        assertEquals(Phase.RELEASED, released.bySuspect().get(A).phase());
        assertEquals(1, released.suspectsReleased());
        assertEquals(LocalDate.of(2020, 3, 15), released.firstArrest());
        StageDerivation.Derived rearrested = path.then(ARREST, A).derive(A);
        assertEquals(Phase.CUSTODY, rearrested.stage().phase());
        assertEquals(0, rearrested.suspectsReleased(), "back in custody: no longer counted released");
        assertEquals(LocalDate.of(2020, 3, 15), rearrested.firstArrest(), "the clock stopped at the first arrest");
    }

    @Test
    void aWarrantAfterAReleaseMeansTheSuspectIsWantedAgain() {
        StageDerivation.Derived derived = new Path().then(ARREST, A).then(RELEASE, A).then(ARREST_WARRANT, A).derive(A);
        assertEquals(Phase.WARRANT, derived.stage().phase());
        assertEquals(1, derived.suspectsReleased(), "still free until arrested");
    }

    @Test
    void aSuspectStillInCustodyHeadsTheProceedingBeforeOneReleased() {
        StageDerivation.Derived derived = new Path().then(ARREST, A, B).then(RELEASE, B).derive(A, B);
        assertEquals(Phase.CUSTODY, derived.stage().phase());
        assertEquals(Phase.RELEASED, derived.bySuspect().get(B).phase());
        assertEquals(1, derived.suspectsReleased());
    }

    @Test
    void aReleaseWithNoArrestTypedWasStillAnArrest() {
        StageDerivation.Derived derived = new Path().then(COMPLAINT_FILED).then(RELEASE, A).derive(A);
        assertEquals(Phase.RELEASED, derived.stage().phase());
        assertEquals(LocalDate.of(2020, 3, 15), derived.firstArrest(), "whoever is released was held");
    }

    @Test
    void aReleaseOnBailAfterReferralLeavesTheProceedingBeforeTheCourt() {
        StageDerivation.Derived derived = new Path().then(ARREST, A).then(REFERRAL).then(RELEASE, A).derive(A);
        assertEquals(Phase.REFERRED, derived.stage().phase());
        assertEquals(1, derived.suspectsReleased());
    }

    @Test
    void aReferralAloneHasNotReachedCourt() {
        Path path = new Path().then(COMPLAINT_FILED).then(ARREST).then(REFERRAL);
        StageDerivation.Derived referred = path.derive();
        assertEquals(Phase.REFERRED, referred.stage().phase());
        assertNull(referred.firstInCourt());
        assertFalse(referred.reachedCourt(), "referred is not yet before the court");
        StageDerivation.Derived heard = path.then(TRIAL_HEARING).derive();
        assertTrue(heard.reachedCourt());
        assertEquals(LocalDate.of(2020, 5, 15), heard.firstInCourt());
    }

    @Test
    void aVerdictAloneReachedCourt() {
        StageDerivation.Derived derived = new Path().then(REFERRAL).verdict(VerdictKind.CONVICTION, true).derive();
        assertTrue(derived.reachedCourt());
        assertEquals(LocalDate.of(2020, 3, 15), derived.firstInCourt());
    }

    @Test
    void aVerdictPassedInPresenceImpliesAnArrestAndOneInAbsentiaDoesNot() {
        for (VerdictKind kind : VerdictKind.values()) {
            StageDerivation.Derived present = new Path().then(COMPLAINT_FILED).then(REFERRAL).verdict(kind, false, A).derive(A);
            assertEquals(LocalDate.of(2020, 4, 15), present.firstArrest(), kind + " in person: the suspect stood before the court");
            StageDerivation.Derived absent = new Path().then(COMPLAINT_FILED).then(REFERRAL).verdict(kind, true, A).derive(A);
            assertNull(absent.firstArrest(), kind + " in absentia: nobody was arrested");
        }
    }

    @Test
    void anAcquittalInPresenceEndsCustodyAndAConvictionInPresenceHolds() {
        StageDerivation.Derived derived = new Path().then(ARREST, A, B).then(REFERRAL).then(TRIAL_HEARING)
                .verdict(VerdictKind.ACQUITTAL, false, A).verdict(VerdictKind.CONVICTION, false, B).derive(A, B);
        assertEquals(1, derived.suspectsReleased(), "the acquitted suspect is free, the convicted one held");
        StageDerivation.Derived insufficient = new Path().then(TRIAL_HEARING)
                .verdict(VerdictKind.RELEASE_INSUFFICIENT_EVIDENCE, false, A).derive(A);
        assertEquals(1, insufficient.suspectsReleased());
        StageDerivation.Derived absent = new Path().then(TRIAL_HEARING).verdict(VerdictKind.ACQUITTAL, true, A).derive(A);
        assertEquals(0, absent.suspectsReleased(), "nobody held, nobody released");
    }

    @Test
    void anAcquittalAnnulledThenARetrialInPresenceHoldsTheSuspectAgain() {
        Path path = new Path().then(ARREST, A).then(TRIAL_HEARING).verdict(VerdictKind.ACQUITTAL, false, A).then(APPEAL_FILED)
                .annulled(ReturnedTo.RETRIAL);
        StageDerivation.Derived annulled = path.derive(A);
        assertEquals(Phase.RETRIAL, annulled.stage().phase());
        assertEquals(1, annulled.suspectsReleased(), "an annulment alone arrests nobody");
        StageDerivation.Derived convicted = path.then(RETRIAL_OPENED).verdict(VerdictKind.CONVICTION, false, A).derive(A);
        assertEquals(0, convicted.suspectsReleased());
        assertEquals(LocalDate.of(2020, 2, 15), convicted.firstArrest());
    }

    @Test
    void aConvictReleasedStaysConvictedButCountsReleased() {
        StageDerivation.Derived derived = new Path().then(ARREST, A).then(TRIAL_HEARING).verdict(VerdictKind.CONVICTION, false, A)
                .then(VERDICT_FINAL).then(RELEASE, A).derive(A);
        assertEquals(new Stage(Phase.VERDICT, VerdictKind.CONVICTION, false, true), derived.stage(), "an amnesty is no acquittal");
        assertEquals(1, derived.suspectsReleased());
    }

    @Test
    void aClosedFileKeepsTheVerdictItClosedOn() {
        StageDerivation.Derived derived = new Path().then(REFERRAL).verdict(VerdictKind.CONVICTION, false).then(VERDICT_FINAL)
                .then(COMPENSATION_PAID).then(CLOSED).derive();
        assertEquals(new Stage(Phase.CLOSED, VerdictKind.CONVICTION, false, true), derived.stage());
        assertTrue(derived.reachedCourt(), "a closed file that had a verdict reached court");
    }
}
