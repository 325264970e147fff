package org.mizan.reports.control;

import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PartialDate;
import org.mizan.legal.control.ImpunityFigures;
import org.mizan.reports.entity.RedactedParty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures of a periodic report, counted from its cases (pure, no wording): cases by violation type, governorate
 * and month of the incident; victims by occupation and by fate; and the cases by where their prosecution stands,
 * taken from the impunity indicators, not counted again. Keys are codes and enum names ({@link #UNKNOWN} for "not
 * recorded"); rows with no cases are left out. Types and governorates come most frequent first (the reference-data
 * order among equals), months in time order, occupations, fates and phases in their natural order.
 *
 * @param cases          how many cases the report covers
 * @param victims        how many victims they have
 * @param byType         cases by violation type: a case of several types counts under each, so the rows may add up to more
 * @param byGovernorate  cases by governorate
 * @param byMonth        cases by month of the incident ("2019-10"; the year alone when the month is not known)
 * @param byOccupation   victims by occupation (the role that often explains why someone was targeted)
 * @param byFate         victims by what became of them
 * @param byPhase        cases by the furthest stage of their proceedings ({@link #NO_PROCEEDING} for none)
 */
public record PeriodicStatistics(long cases, long victims, List<Count> byType, List<Count> byGovernorate, List<Count> byMonth,
                                 List<Count> byOccupation, List<Count> byFate, List<Count> byPhase) {

    /** A value that was not recorded. */
    public static final String UNKNOWN = "UNKNOWN";
    /** The cases with no proceeding at all. */
    public static final String NO_PROCEEDING = "NO_PROCEEDING";

    /** So many cases (or victims) under one key. */
    public record Count(String key, long count) {
    }

    /**
     * @param typeOrder        the violation-type codes in reference-data order
     * @param governorateOrder the governorate codes in reference-data order
     */
    public static PeriodicStatistics of(List<PeriodicCase> cases, ImpunityFigures impunity, List<String> typeOrder,
                                        List<String> governorateOrder) {
        Map<String, Long> types = new HashMap<>();
        Map<String, Long> governorates = new HashMap<>();
        Map<String, Long> months = new TreeMap<>(PeriodicStatistics::chronologically);
        Map<String, Long> occupations = new HashMap<>();
        Map<String, Long> fates = new HashMap<>();
        long victims = 0;
        for (PeriodicCase c : cases) {
            c.redacted().violationTypes().forEach(type -> add(types, type));
            add(governorates, orUnknown(c.redacted().governorate()));
            add(months, month(c.redacted().incidentDate()));
            c.victimOccupations().forEach(occupation -> add(occupations, occupation == null ? UNKNOWN : occupation.name()));
            for (RedactedParty victim : c.redacted().victims()) {
                add(fates, victim.fate() == null ? UNKNOWN : victim.fate().name());
                victims++;
            }
        }
        return new PeriodicStatistics(cases.size(), victims,
                mostFirst(types, typeOrder), mostFirst(governorates, governorateOrder), inOrder(months),
                natural(occupations, Occupation.values()), natural(fates, Fate.values()), phases(impunity));
    }

    /** The phases as the impunity indicators count them, then the cases without a proceeding. */
    static List<Count> phases(ImpunityFigures impunity) {
        List<Count> phases = new ArrayList<>();
        impunity.byPhase().forEach((phase, count) -> {
            if (count > 0) {
                phases.add(new Count(phase.name(), count));
            }
        });
        long without = impunity.cases() - impunity.withProceeding();
        if (without > 0) {
            phases.add(new Count(NO_PROCEEDING, without));
        }
        return List.copyOf(phases);
    }

    /** "2019-10", or "2019" when only the year is known. */
    static String month(PartialDate date) {
        return date.month() == null ? String.valueOf(date.year()) : String.format("%04d-%02d", date.year(), date.month());
    }

    /** By year, and within a year the months first, then the cases known only to the year. */
    private static int chronologically(String a, String b) {
        int years = a.substring(0, 4).compareTo(b.substring(0, 4));
        if (years != 0) {
            return years;
        }
        return Comparator.<String, Boolean>comparing(key -> key.length() == 4).thenComparing(Function.identity()).compare(a, b);
    }

    private static void add(Map<String, Long> counts, String key) {
        counts.merge(key, 1L, Long::sum);
    }

    private static String orUnknown(String code) {
        return code == null ? UNKNOWN : code;
    }

    private static List<Count> mostFirst(Map<String, Long> counts, List<String> order) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(e -> rank.getOrDefault(e.getKey(), Integer.MAX_VALUE))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    private static List<Count> inOrder(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    private static List<Count> natural(Map<String, Long> counts, Enum<?>[] order) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (Enum<?> value : order) {
            if (counts.containsKey(value.name())) {
                ordered.put(value.name(), counts.get(value.name()));
            }
        }
        if (counts.containsKey(UNKNOWN)) {
            ordered.put(UNKNOWN, counts.get(UNKNOWN));
        }
        return inOrder(ordered);
    }
}
