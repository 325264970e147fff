package org.mizan.legal.control;

import org.mizan.cases.entity.PartialDate;
import org.mizan.platform.control.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * The impunity clock of one case (docs/domain.md, Impunity): how long, counted from the incident, the case went —
 * or is still going — without an arrest, without a day in court and without a final verdict. Each
 * clock stops at the earliest such milestone in any of the case's proceedings; a case with no
 * proceeding at all has all three running. Pure: the proceedings come already derived and "today"
 * comes from the injected clock.
 */
public final class ImpunityClock {

    /** Incidents and court dates are Iraqi calendar days, so "today" is the day in Baghdad, not in UTC. */
    public static final ZoneId IRAQ = ZoneId.of("Asia/Baghdad");

    private final Clock clock;

    public ImpunityClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * One clock: either still running ({@code endedOn} null) for {@code days} days up to today, or ended
     * after {@code days} days on {@code endedOn}, the day the milestone was reached.
     */
    public record Span(boolean running, long days, LocalDate endedOn) implements java.io.Serializable {

        static Span between(LocalDate from, LocalDate milestone, LocalDate today) {
            LocalDate end = milestone == null ? today : milestone;
            // A year-only incident counts from 1 January; a milestone recorded before that day is no negative wait.
            long days = Math.max(0, ChronoUnit.DAYS.between(from, end));
            return new Span(milestone == null, days, milestone);
        }

        /** "Still running: 2,250 days" or "Ended after 540 days on 2021-04-01", in the reader's language. */
        public String describe(Messages messages) {
            return running ? messages.get("impunity.clock.running", days) : messages.get("impunity.clock.ended", days, endedOn.toString());
        }
    }

    /**
     * The three clocks of a case. {@code countedFrom} is the first day the incident date may mean;
     * {@code approximate} says the count is only as good as that date: marked approximate, or known
     * only to the month or the year. {@code proceedings}: how many the case has.
     */
    public record Reading(String incidentDate, LocalDate countedFrom, boolean approximate, LocalDate asOf, int proceedings,
                          Span noArrest, Span noTrial, Span noFinalVerdict) implements java.io.Serializable {
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(IRAQ));
    }

    public Reading read(PartialDate incident, Collection<StageDerivation.Derived> proceedings) {
        LocalDate today = today();
        LocalDate from = incident.start();
        return new Reading(incident.toString(), from, incident.approximate() || incident.day() == null, today, proceedings.size(),
                Span.between(from, earliest(proceedings, StageDerivation.Derived::firstArrest), today),
                Span.between(from, earliest(proceedings, StageDerivation.Derived::firstInCourt), today),
                Span.between(from, earliest(proceedings, StageDerivation.Derived::finalOn), today));
    }

    private static LocalDate earliest(Collection<StageDerivation.Derived> proceedings,
                                      Function<StageDerivation.Derived, LocalDate> milestone) {
        return proceedings.stream().map(milestone).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }
}
