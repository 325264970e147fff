package org.mizan.legal.control;

import org.mizan.cases.control.SqlRunner;
import org.mizan.cases.control.SqlStatement;
import org.mizan.cases.entity.PartialDate;
import org.mizan.legal.entity.LegalEventFact;
import org.mizan.legal.entity.LegalEventType;
import org.mizan.legal.entity.ReturnedTo;
import org.mizan.legal.entity.VerdictKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Cases with their proceedings' stages derived, read in bulk for the impunity indicators: chunks of
 * {@value #CHUNK} cases in id order, three queries a chunk (the cases, their proceedings' suspects,
 * their events) — about sixty queries for 100,000 cases, and never more than one chunk's events in
 * memory. The stage stays derived by {@link StageDerivation} in Java, the one place that knows how a
 * prosecution goes back and forth, rather than by a second copy of those rules in SQL. Plain SQL
 * rather than the entities: loading {@code LegalEvent}s would fetch each event's suspects with a
 * query of its own.
 */
final class DerivedCases {

    static final int CHUNK = 5000;

    /**
     * One case: its id, its incident date, and each of its proceedings as derived, by proceeding id — a proceeding
     * shared by several cases comes with each of them, and the id tells a tally it has counted it already.
     */
    record DerivedCase(long id, PartialDate incident, Map<Long, StageDerivation.Derived> byProceeding) {
        List<StageDerivation.Derived> proceedings() {
            return List.copyOf(byProceeding.values());
        }
    }

    private DerivedCases() {
    }

    /**
     * Hands every case matching {@code where} — SQL over the case aliased {@code c}, with the reader's
     * visibility already in it — to {@code each}, in id order.
     */
    static void forEach(SqlRunner db, SqlStatement where, Consumer<DerivedCase> each) {
        long after = 0;
        while (true) {
            List<Object[]> cases = db.rows(new SqlStatement.Builder()
                    .append("SELECT c.id, c.incident_year, c.incident_month, c.incident_day, c.incident_approximate "
                            + "FROM violation_case c WHERE (").append(where)
                    .append(") AND c.id > ? ORDER BY c.id LIMIT " + CHUNK, after).build());
            if (cases.isEmpty()) {
                return;
            }
            Map<Long, Map<Long, StageDerivation.Derived>> derived = derive(db, ids(cases));
            for (Object[] row : cases) {
                long id = number(row[0]);
                each.accept(new DerivedCase(id, new PartialDate((int) number(row[1]), integer(row[2]), integer(row[3]),
                        Boolean.TRUE.equals(row[4])), derived.getOrDefault(id, Map.of())));
            }
            if (cases.size() < CHUNK) {
                return;
            }
            after = number(cases.get(cases.size() - 1)[0]);
        }
    }

    /** The proceedings of these cases, derived once each, by case id and proceeding id. */
    private static Map<Long, Map<Long, StageDerivation.Derived>> derive(SqlRunner db, String caseIds) {
        Map<Long, Set<Long>> casesOf = new LinkedHashMap<>();
        Map<Long, List<Long>> suspects = new LinkedHashMap<>();
        for (Object[] row : db.rows(new SqlStatement("SELECT pc.proceeding_id, pc.case_id, ls.id FROM proceeding_case pc "
                + "LEFT JOIN proceeding_suspect ls ON ls.proceeding_id = pc.proceeding_id WHERE pc.case_id = ANY(" + caseIds + ") "
                + "ORDER BY pc.proceeding_id, pc.case_id, ls.position", List.of()))) {
            long proceeding = number(row[0]);
            long caseId = number(row[1]);
            Set<Long> cases = casesOf.computeIfAbsent(proceeding, p -> new java.util.LinkedHashSet<>());
            cases.add(caseId);
            List<Long> own = suspects.computeIfAbsent(proceeding, p -> new ArrayList<>());
            // A shared proceeding's suspects come once per linked case of the chunk: taken from the first.
            if (row[2] != null && caseId == cases.iterator().next()) {
                own.add(number(row[2]));
            }
        }
        Map<Long, List<LegalEventFact>> events = casesOf.isEmpty() ? Map.of() : events(db, caseIds);
        Map<Long, Map<Long, StageDerivation.Derived>> byCase = new LinkedHashMap<>();
        casesOf.forEach((proceeding, cases) -> {
            StageDerivation.Derived derived = StageDerivation.derive(events.getOrDefault(proceeding, List.of()), suspects.get(proceeding));
            cases.forEach(caseId -> byCase.computeIfAbsent(caseId, c -> new LinkedHashMap<>()).put(proceeding, derived));
        });
        return byCase;
    }

    /** The events of these cases' proceedings as the derivation reads them, by proceeding id. */
    private static Map<Long, List<LegalEventFact>> events(SqlRunner db, String caseIds) {
        // One row per event and suspect it names (or one with none): gathered back into one fact per event.
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        Map<Long, Set<Long>> named = new LinkedHashMap<>();
        for (Object[] row : db.rows(new SqlStatement("SELECT le.id, le.proceeding_id, le.type, le.event_year, le.event_month, "
                + "le.event_day, le.verdict, le.in_absentia, le.returned_to, les.suspect_id FROM legal_event le "
                + "LEFT JOIN legal_event_suspect les ON les.event_id = le.id WHERE le.proceeding_id IN "
                + "(SELECT pc.proceeding_id FROM proceeding_case pc WHERE pc.case_id = ANY(" + caseIds + "))", List.of()))) {
            long event = number(row[0]);
            rows.putIfAbsent(event, row);
            Set<Long> suspects = named.computeIfAbsent(event, e -> new HashSet<>());
            if (row[9] != null) {
                suspects.add(number(row[9]));
            }
        }
        Map<Long, List<LegalEventFact>> byProceeding = new LinkedHashMap<>();
        rows.forEach((event, row) -> byProceeding.computeIfAbsent(number(row[1]), p -> new ArrayList<>()).add(new LegalEventFact(
                LegalEventType.valueOf((String) row[2]), new PartialDate((int) number(row[3]), integer(row[4]), integer(row[5]), false)
                .start(), event, named.get(event), row[6] == null ? null : VerdictKind.valueOf((String) row[6]),
                Boolean.TRUE.equals(row[7]), row[8] == null ? null : ReturnedTo.valueOf((String) row[8]))));
        return byProceeding;
    }

    /** A PostgreSQL array literal of the chunk's case ids — numbers read from the database, not input. */
    private static String ids(List<Object[]> cases) {
        return cases.stream().map(row -> String.valueOf(number(row[0]))).collect(Collectors.joining(",", "'{", "}'::bigint[]"));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
