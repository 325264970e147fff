package org.mizan.legal.boundary;

import org.mizan.legal.control.ImpunityClock;
import org.mizan.legal.control.ImpunityFigures;
import org.mizan.legal.control.ImpunityFilter;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The impunity clock and indicators on the wire: plain numbers and ISO dates, enum names as strings,
 * no text — the client words and localises them ("still running: N days").
 */
public final class ImpunityJson {

    private ImpunityJson() {
    }

    /** One clock: running for {@code days} days up to {@code asOf}, or ended after {@code days} days on {@code endedOn}. */
    public record SpanView(boolean running, long days, LocalDate endedOn) {
        static SpanView of(ImpunityClock.Span span) {
            return new SpanView(span.running(), span.days(), span.endedOn());
        }
    }

    /** A case's three clocks, counted from the first day of its incident date (approximate when that date is). */
    public record ClockView(String caseReference, String incidentDate, LocalDate countedFrom, boolean approximate, LocalDate asOf,
                            int proceedings, SpanView noArrest, SpanView noTrial, SpanView noFinalVerdict) {
        static ClockView of(String reference, ImpunityClock.Reading reading) {
            return new ClockView(reference, reading.incidentDate(), reading.countedFrom(), reading.approximate(), reading.asOf(),
                    reading.proceedings(), SpanView.of(reading.noArrest()), SpanView.of(reading.noTrial()),
                    SpanView.of(reading.noFinalVerdict()));
        }
    }

    /** {@code count} of {@code of}; {@code over} names the denominator: CASES or CASES_WITH_PROCEEDING. */
    public record ShareView(long count, long of, String over) {
        static ShareView of(ImpunityFigures.Share share) {
            return new ShareView(share.count(), share.of(), share.over().name());
        }
    }

    public record ClocksView(long running, long ended, Long medianDaysRunning, Long medianDaysEnded) {
        static ClocksView of(ImpunityFigures.Clocks clocks) {
            return new ClocksView(clocks.running(), clocks.ended(), clocks.medianDaysRunning(), clocks.medianDaysEnded());
        }
    }

    /** The filter as applied, echoed so that a saved answer says what it counted. */
    public record FilterView(LocalDate from, LocalDate to, String governorate, String violationType) {
    }

    /** The indicators; see {@link ImpunityFigures} for what each counts and each share's denominator. */
    public record IndicatorsView(FilterView filter, LocalDate asOf, long cases, long withProceeding, ShareView againstUnknown,
                                 ShareView reachedCourt, ShareView finalConviction, long suspectsReleased, Map<String, Long> byPhase,
                                 Map<String, Long> byVerdict, ClocksView noArrest, ClocksView noTrial, ClocksView noFinalVerdict) {
        static IndicatorsView of(ImpunityFilter filter, ImpunityFigures f) {
            return new IndicatorsView(new FilterView(filter.from(), filter.to(), filter.governorate(), filter.violationType()), f.asOf(),
                    f.cases(), f.withProceeding(), ShareView.of(f.againstUnknown()), ShareView.of(f.reachedCourt()),
                    ShareView.of(f.finalConviction()), f.suspectsReleased(), names(f.byPhase()), names(f.byVerdict()),
                    ClocksView.of(f.noArrest()), ClocksView.of(f.noTrial()), ClocksView.of(f.noFinalVerdict()));
        }
    }

    /** Keyed by the enum names, in the enum's (procedural) order, for a chart's axis. */
    private static Map<String, Long> names(Map<? extends Enum<?>, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((key, count) -> named.put(key.name(), count));
        return named;
    }
}
