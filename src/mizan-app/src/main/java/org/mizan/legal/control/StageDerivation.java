package org.mizan.legal.control;

import org.mizan.legal.entity.LegalEventFact;
import org.mizan.legal.entity.LegalEventType;
import org.mizan.legal.entity.Phase;
import org.mizan.legal.entity.ReturnedTo;
import org.mizan.legal.entity.Stage;
import org.mizan.legal.entity.VerdictKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The current stage of a proceeding, derived from its events and never typed by hand: real cases go
 * back and forth (a conviction annulled in cassation may end in acquittal years later), so the events
 * are replayed in date order (then in the order recorded) and the last word stands. Each suspect has a
 * track of their own — the events that name them, and those about the whole proceeding; the
 * proceeding's headline stage is its most advanced suspect's (or, with no suspect known, its own).
 */
public final class StageDerivation {

    private static final Comparator<LegalEventFact> IN_ORDER = Comparator.comparing(LegalEventFact::on)
            .thenComparingLong(LegalEventFact::sequence);
    /**
     * Which of two suspects' stages heads the proceeding (and of two proceedings', the case): a final verdict, then a verdict that stands
     * (before a suspect still awaiting one), then the further phase, then a conviction.
     */
    static final Comparator<Stage> FURTHER = Comparator.comparing(Stage::finalVerdict)
            .thenComparing(stage -> stage.verdict() != null)
            .thenComparing(Stage::phase)
            .thenComparing(stage -> stage.verdict() == VerdictKind.CONVICTION);

    private StageDerivation() {
    }

    /** One event on the timeline and the stage it left the proceeding in. */
    public record Step(LegalEventFact event, Stage stage) {
    }

    /**
     * The outcome: the headline stage, each suspect's, the path (for the timeline), and the facts the
     * impunity clock counts from — the first arrest (typed, or implied by a release or by a verdict passed
     * in the suspect's presence), the first day in court (a trial hearing or a verdict; a referral is only
     * the way there), the day the standing verdict became final, whether the file was ever registered
     * against unknown, and how many suspects are free now after having been held.
     */
    public record Derived(Stage stage, Map<Long, Stage> bySuspect, List<Step> path, LocalDate firstArrest, LocalDate firstInCourt,
                          LocalDate finalOn, boolean everAgainstUnknown, int suspectsReleased) {

        /** Whether a criminal court ever heard or decided the case: the milestone that stops the "no trial" clock. */
        public boolean reachedCourt() {
            return firstInCourt != null;
        }
    }

    public static Derived derive(Collection<LegalEventFact> events, Collection<Long> suspects) {
        List<LegalEventFact> ordered = events.stream().sorted(IN_ORDER).toList();
        Stage own = Stage.NOT_STARTED;
        Map<Long, Stage> bySuspect = new LinkedHashMap<>();
        suspects.forEach(suspect -> bySuspect.put(suspect, Stage.NOT_STARTED));
        List<Step> path = new ArrayList<>();
        LocalDate firstArrest = null;
        LocalDate firstInCourt = null;
        LocalDate finalOn = null;
        boolean againstUnknown = false;
        Set<Long> free = new HashSet<>();
        for (LegalEventFact event : ordered) {
            own = next(own, event);
            bySuspect.replaceAll((suspect, stage) -> event.concerns(suspect) ? next(stage, event) : stage);
            Stage headline = headline(own, bySuspect);
            path.add(new Step(event, headline));
            Boolean held = custody(event);
            if (held != null) {
                firstArrest = firstArrest == null ? event.on() : firstArrest;
                suspects.stream().filter(event::concerns).forEach(held ? free::remove : free::add);
            }
            if (firstInCourt == null && (event.type() == LegalEventType.TRIAL_HEARING || event.type() == LegalEventType.VERDICT)) {
                firstInCourt = event.on();
            }
            againstUnknown |= event.type() == LegalEventType.REGISTERED_AGAINST_UNKNOWN;
            finalOn = headline.finalVerdict() ? (finalOn == null ? event.on() : finalOn) : null;
        }
        return new Derived(headline(own, bySuspect), Map.copyOf(bySuspect), List.copyOf(path), firstArrest, firstInCourt, finalOn,
                againstUnknown, free.size());
    }

    /**
     * What an event says of custody: TRUE when the suspects it concerns are held after it, FALSE when they are let
     * go, null when it says nothing. Both mean they were held at some point: whoever is released had been arrested,
     * and a verdict passed in the suspect's presence had them before the court — a conviction keeps them, an
     * acquittal or a release for insufficient evidence frees them. A verdict in absentia holds nobody.
     */
    private static Boolean custody(LegalEventFact event) {
        return switch (event.type()) {
            case ARREST -> Boolean.TRUE;
            case RELEASE -> Boolean.FALSE;
            case VERDICT -> event.verdict() == null || event.inAbsentia() ? null : event.verdict() == VerdictKind.CONVICTION;
            default -> null;
        };
    }

    private static Stage headline(Stage own, Map<Long, Stage> bySuspect) {
        return bySuspect.values().stream().max(FURTHER).orElse(own);
    }

    /** The stage after one more event. */
    static Stage next(Stage stage, LegalEventFact event) {
        Phase phase = stage.phase();
        LegalEventType type = event.type();
        return switch (type) {
            case COMPLAINT_FILED -> before(phase, Phase.COMPLAINT) ? stage.in(Phase.COMPLAINT) : stage;
            case INVESTIGATION_OPENED, INVESTIGATION_REOPENED -> before(phase, Phase.WARRANT) ? stage.in(Phase.INVESTIGATION) : stage;
            case REGISTERED_AGAINST_UNKNOWN -> before(phase, Phase.CUSTODY) ? stage.in(Phase.PARKED_AGAINST_UNKNOWN) : stage;
            // A warrant after a release: the suspect, free, is wanted again.
            case ARREST_WARRANT -> before(phase, Phase.WARRANT) || phase == Phase.RELEASED ? stage.in(Phase.WARRANT) : stage;
            // An arrest after a verdict in absentia leaves the verdict standing until a retrial is opened.
            case ARREST -> before(phase, Phase.CUSTODY) ? stage.in(Phase.CUSTODY) : stage;
            // Released before the court has the file: custody ends (a later ARREST starts it again); from referral on, the
            // suspect awaits trial or serves a sentence outside, and the stage of the proceeding stands.
            case RELEASE -> before(phase, Phase.REFERRED) ? stage.in(Phase.RELEASED) : stage;
            case REFERRAL -> before(phase, Phase.REFERRED) ? stage.in(Phase.REFERRED) : stage;
            case TRIAL_HEARING -> before(phase, Phase.TRIAL) ? stage.in(Phase.TRIAL) : stage;
            case VERDICT -> event.verdict() == null ? stage : stage.decided(event.verdict(), event.inAbsentia());
            case APPEAL_FILED -> stage.verdict() != null && !stage.finalVerdict() ? stage.in(Phase.CASSATION) : stage;
            case CASSATION_UPHELD, VERDICT_FINAL -> stage.madeFinal();
            case CASSATION_ANNULLED -> stage.setAside(event.returnedTo() == ReturnedTo.FURTHER_INVESTIGATION ? Phase.INVESTIGATION
                    : Phase.RETRIAL);
            case RETRIAL_OPENED -> stage.setAside(Phase.RETRIAL);
            case CLOSED -> stage.in(Phase.CLOSED);
            case CONFESSION, COMPENSATION_PAID -> stage;
        };
    }

    private static boolean before(Phase phase, Phase other) {
        return phase.compareTo(other) < 0;
    }
}
