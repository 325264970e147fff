package org.mizan.legal.control;

import org.mizan.legal.entity.Phase;
import org.mizan.legal.entity.Stage;
import org.mizan.legal.entity.VerdictKind;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Adds cases up, one at a time, into {@link ImpunityFigures}. Pure and cheap per case (a few counters
 * and one number per clock for the medians), so that cases can be streamed through it in chunks
 * without holding their events.
 */
final class ImpunityTally {

    private final LocalDate asOf;
    private long cases;
    private long withProceeding;
    private long againstUnknown;
    private long reachedCourt;
    private long finalConviction;
    private long suspectsReleased;
    private final Map<Phase, Long> byPhase = new EnumMap<>(Phase.class);
    private final Map<VerdictKind, Long> byVerdict = new EnumMap<>(VerdictKind.class);
    private final ClockTally noArrest = new ClockTally();
    private final ClockTally noTrial = new ClockTally();
    private final ClockTally noFinalVerdict = new ClockTally();
    /** The proceedings whose released suspects are counted: only those that have any, so few. */
    private final Set<Long> releasedCounted = new HashSet<>();

    ImpunityTally(LocalDate asOf) {
        this.asOf = asOf;
        Arrays.stream(Phase.values()).forEach(phase -> byPhase.put(phase, 0L));
        Arrays.stream(VerdictKind.values()).forEach(kind -> byVerdict.put(kind, 0L));
    }

    /** One case: its clock reading and its proceedings as derived, each counted as a proceeding of its own. */
    void add(ImpunityClock.Reading clock, Collection<StageDerivation.Derived> proceedings) {
        add(clock, proceedings, proceedings.stream().mapToLong(StageDerivation.Derived::suspectsReleased).sum());
    }

    /**
     * One case: its clock reading and its proceedings by id. A proceeding shared with a case counted before counts for
     * this case too (cases are what most figures count), but its suspects were counted already.
     */
    void add(ImpunityClock.Reading clock, Map<Long, StageDerivation.Derived> byProceeding) {
        long released = byProceeding.entrySet().stream()
                .filter(e -> e.getValue().suspectsReleased() > 0 && releasedCounted.add(e.getKey()))
                .mapToLong(e -> e.getValue().suspectsReleased()).sum();
        add(clock, byProceeding.values(), released);
    }

    private void add(ImpunityClock.Reading clock, Collection<StageDerivation.Derived> proceedings, long released) {
        cases++;
        noArrest.add(clock.noArrest());
        noTrial.add(clock.noTrial());
        noFinalVerdict.add(clock.noFinalVerdict());
        if (proceedings.isEmpty()) {
            return;
        }
        withProceeding++;
        againstUnknown += proceedings.stream().anyMatch(StageDerivation.Derived::everAgainstUnknown) ? 1 : 0;
        reachedCourt += proceedings.stream().anyMatch(StageDerivation.Derived::reachedCourt) ? 1 : 0;
        // Any suspect's stage, not only the headline: a closed file may head a proceeding whose other suspect was convicted.
        finalConviction += proceedings.stream().flatMap(d -> Stream.concat(Stream.of(d.stage()), d.bySuspect().values().stream()))
                .anyMatch(Stage::finalConviction) ? 1 : 0;
        suspectsReleased += released;
        Stage furthest = proceedings.stream().map(StageDerivation.Derived::stage).max(StageDerivation.FURTHER).orElseThrow();
        byPhase.merge(furthest.phase(), 1L, Long::sum);
        if (furthest.verdict() != null) {
            byVerdict.merge(furthest.verdict(), 1L, Long::sum);
        }
    }

    ImpunityFigures figures() {
        return new ImpunityFigures(asOf, cases, withProceeding,
                new ImpunityFigures.Share(againstUnknown, withProceeding, ImpunityFigures.Denominator.CASES_WITH_PROCEEDING),
                new ImpunityFigures.Share(reachedCourt, cases, ImpunityFigures.Denominator.CASES),
                new ImpunityFigures.Share(finalConviction, cases, ImpunityFigures.Denominator.CASES),
                suspectsReleased, new LinkedHashMap<>(byPhase), new LinkedHashMap<>(byVerdict),
                noArrest.figures(), noTrial.figures(), noFinalVerdict.figures());
    }

    /** The days of one clock over all cases, running and ended apart, for the counts and the medians. */
    private static final class ClockTally {
        private final Days running = new Days();
        private final Days ended = new Days();

        void add(ImpunityClock.Span span) {
            (span.running() ? running : ended).add(span.days());
        }

        ImpunityFigures.Clocks figures() {
            return new ImpunityFigures.Clocks(running.size, ended.size, running.median(), ended.median());
        }
    }

    /** A growable array of day counts: 100,000 cases are 800 KB here, where boxed Longs would be several times that. */
    private static final class Days {
        private long[] days = new long[64];
        private int size;

        void add(long value) {
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
            }
            days[size++] = value;
        }

        /** The lower middle value; null when empty. */
        Long median() {
            if (size == 0) {
                return null;
            }
            long[] sorted = Arrays.copyOf(days, size);
            Arrays.sort(sorted);
            return sorted[(size - 1) / 2];
        }
    }
}
