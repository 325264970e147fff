package org.mizan.cases.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mizan.security.control.CaseReader;

/**
 * The SQL of one page of a case list and of its count: filters, the reader's visibility, and for a
 * search, the cases matched by their narrative (full text, Arabic and English stemming), by the
 * text extracted from their evidence (the same, over {@code evidence_item.text_search}), by the
 * names of anyone in them ({@link NameQuery}) or by their reference.
 *
 * <p>A search collects the matching case ids from each index separately and adds up their scores —
 * one OR across the four would make PostgreSQL read every case. Two bounds keep a very common word
 * or name fast: narratives and evidence texts are ranked by {@code ts_rank} only when at most
 * {@value #RANKED_MATCHES} of each match (more than that are all relevant alike: they come newest
 * first and are counted up to that bound), and a name search considers its best
 * {@value #NAME_MATCHES} spellings. Either way the total is then marked as not exact. A word found
 * only in an attached file weighs half as much as one in the narrative, which someone wrote about
 * the case itself.
 */
public final class CaseQuery {

    /** The statements for a page, and whether the count they give is the exact number of matching cases. */
    public record Statements(SqlStatement page, SqlStatement count, boolean exactTotal) {
    }

    static final int RANKED_MATCHES = 1000;
    static final int NAME_MATCHES = 1000;
    static final String TSQUERY = "(websearch_to_tsquery('arabic', ?) || websearch_to_tsquery('english', ?))";
    private static final Pattern REFERENCE = Pattern.compile("(?i)MZN(-\\d{0,4}(-\\d{0,6})?)?");
    /** Where each full-text index is read: the narrative of the case, or the text of one of its evidence items. */
    private static final String NARRATIVE_MATCHES = "FROM violation_case c WHERE c.narrative_search @@ " + TSQUERY + " AND ";
    private static final String EVIDENCE_MATCHES = "FROM evidence_item e JOIN violation_case c ON c.id = e.case_id "
            + "WHERE e.text_search @@ " + TSQUERY + " AND ";
    private static final double EVIDENCE_WEIGHT = 0.5;
    private static final String COLUMNS = "SELECT c.reference, c.incident_year, c.incident_month, c.incident_day, "
            + "c.incident_approximate, c.governorate_code, c.status, c.confidentiality, c.updated_at, "
            + "(SELECT string_agg(t.type_code, ',' ORDER BY t.type_code) FROM case_violation_type t WHERE t.case_id = c.id), "
            + "(SELECT string_agg(coalesce(p.name_ar, p.name_latin), '|' ORDER BY cp.position) FROM case_party cp "
            + "JOIN person p ON p.id = cp.person_id WHERE cp.case_id = c.id AND cp.role = 'VICTIM'), ";

    private CaseQuery() {
    }

    /** Whether a search text is (the start of) a case reference. */
    static boolean isReference(String text) {
        return REFERENCE.matcher(text.strip()).matches();
    }

    public static Statements of(SqlRunner db, CaseFilter filter, CaseSort sort, boolean descending, int page, int size,
                                CaseReader reader) {
        SqlStatement where = where(filter, reader);
        CaseSort order = sort == null ? (filter.hasText() ? CaseSort.RELEVANCE : CaseSort.UPDATED) : sort;
        boolean down = descending || order == CaseSort.RELEVANCE && sort == null;
        String limit = " LIMIT " + size + " OFFSET " + (long) page * size;
        if (!filter.hasText()) {
            return new Statements(new SqlStatement.Builder().append(COLUMNS + "0 AS score, NULL FROM violation_case c WHERE ")
                    .append(where).append(orderBy(order, down) + limit).build(),
                    new SqlStatement.Builder().append("SELECT count(*) FROM violation_case c WHERE ").append(where).build(), true);
        }
        String text = ArabicNames.normalise(filter.text());
        String reference = filter.text().strip();
        Optional<SqlStatement> byReference = REFERENCE.matcher(reference).matches()
                ? Optional.of(new SqlStatement("c.reference LIKE ?", List.of(reference.toUpperCase(Locale.ROOT) + "%")))
                : Optional.empty();
        Optional<NameQuery.Matching> byName = NameQuery.of(filter.text()).matching(db);
        SqlStatement highlight = new SqlStatement("CASE WHEN c.narrative_search @@ " + TSQUERY + " THEN ts_headline('arabic', "
                + "c.narrative_normalised, " + TSQUERY + ", 'StartSel=\uE000, StopSel=\uE001, MaxWords=35, MinWords=12') END",
                List.of(text, text, text, text));
        boolean broad = matches(db, NARRATIVE_MATCHES, text, where) > RANKED_MATCHES
                || matches(db, EVIDENCE_MATCHES, text, where) > RANKED_MATCHES;
        // The names are looked up once, not again in the page and the count; one more than used tells if there are more.
        List<NameQuery.Hit> names = byName.map(m -> m.spellings(db, NAME_MATCHES + 1, !broad)).orElse(List.of());
        boolean allNames = names.size() <= NAME_MATCHES;
        names = bestPerPerson(names.subList(0, Math.min(names.size(), NAME_MATCHES)));
        if (broad) {
            return broad(text, where, names, byReference, highlight, order == CaseSort.RELEVANCE ? CaseSort.INCIDENT : order,
                    down, limit);
        }
        SqlStatement.Builder matches = new SqlStatement.Builder()
                .append("WITH hits(case_id, score) AS (SELECT c.id, ts_rank(c.narrative_search, " + TSQUERY + ") "
                        + NARRATIVE_MATCHES, text, text, text, text).append(where)
                .append(" UNION ALL SELECT e.case_id, " + EVIDENCE_WEIGHT + " * max(ts_rank(e.text_search, " + TSQUERY + ")) "
                        + EVIDENCE_MATCHES, text, text, text, text).append(where).append(" GROUP BY e.case_id");
        if (!names.isEmpty()) {
            matches.append(" UNION ALL SELECT cp.case_id, max(m.score) FROM unnest(" + numbers(names, NameQuery.Hit::personId)
                            + "::bigint[], " + numbers(names, NameQuery.Hit::score) + "::float8[]) AS m(person_id, score) "
                            + "JOIN case_party cp ON cp.person_id = m.person_id JOIN violation_case c ON c.id = cp.case_id WHERE ")
                    .append(where).append(" GROUP BY cp.case_id");
        }
        byReference.ifPresent(ref -> matches.append(" UNION ALL SELECT c.id, 1 FROM violation_case c WHERE ").append(ref)
                .append(" AND ").append(where));
        SqlStatement matched = matches.append("), matched AS (SELECT case_id, sum(score) AS score FROM hits GROUP BY case_id) ").build();
        SqlStatement pageOf = new SqlStatement.Builder().append(matched).append(COLUMNS + "m.score AS score, ").append(highlight)
                .append(" FROM matched m JOIN violation_case c ON c.id = m.case_id" + orderBy(order, down) + limit).build();
        return new Statements(pageOf, new SqlStatement.Builder().append(matched).append("SELECT count(*) FROM matched").build(),
                allNames);
    }

    /**
     * More narratives (or evidence texts) match than are worth ranking (a word in most of them): every
     * match is as good as the next, so they come in the order asked for — newest first by default, which
     * an index serves without reading every match — and the count stops at {@value #RANKED_MATCHES}.
     */
    private static Statements broad(String text, SqlStatement where, List<NameQuery.Hit> names,
                                    Optional<SqlStatement> byReference, SqlStatement highlight, CaseSort order, boolean down,
                                    String limit) {
        SqlStatement.Builder any = new SqlStatement.Builder().append(" AND (c.narrative_search @@ " + TSQUERY, text, text)
                .append(" OR c.id IN (SELECT e.case_id FROM evidence_item e WHERE e.text_search @@ " + TSQUERY + ")", text, text);
        if (!names.isEmpty()) {
            // A join from the ids, not "= ANY" of them, which PostgreSQL answered by reading all of case_party.
            any.append(" OR c.id IN (SELECT cp.case_id FROM unnest(" + numbers(names, NameQuery.Hit::personId)
                    + "::bigint[]) AS m(person_id) JOIN case_party cp ON cp.person_id = m.person_id)");
        }
        byReference.ifPresent(ref -> any.append(" OR ").append(ref));
        SqlStatement matching = new SqlStatement.Builder().append(where).append(any.append(")").build()).build();
        // More than RANKED_MATCHES narratives already match, so that is the count, as a lower bound; counting
        // on through an OR of indexes would read most of the table.
        return new Statements(new SqlStatement.Builder().append(COLUMNS + "0 AS score, ").append(highlight)
                .append(" FROM violation_case c WHERE ").append(matching).append(orderBy(order, down) + limit).build(),
                new SqlStatement("SELECT " + RANKED_MATCHES, List.of()), false);
    }

    /** Each person once, with the score of their best spelling. */
    private static List<NameQuery.Hit> bestPerPerson(List<NameQuery.Hit> spellings) {
        java.util.Map<Long, NameQuery.Hit> best = new java.util.LinkedHashMap<>();
        spellings.forEach(hit -> best.merge(hit.personId(), hit, (a, b) -> b.score() > a.score() ? b : a));
        return List.copyOf(best.values());
    }

    /** A PostgreSQL array literal of numbers read from the database (not input), to stand in the SQL. */
    private static String numbers(List<NameQuery.Hit> hits, java.util.function.Function<NameQuery.Hit, Number> value) {
        return hits.stream().map(hit -> String.valueOf(value.apply(hit))).collect(java.util.stream.Collectors.joining(",", "'{", "}'"));
    }

    private static String orderBy(CaseSort order, boolean down) {
        String direction = down ? " DESC" : " ASC";
        return " ORDER BY " + order.column + direction + (order == CaseSort.RELEVANCE ? ", c.period_start DESC" : "")
                + ", c.id" + direction;
    }

    /** How many narratives (or evidence texts) match, counting no further than one more than are ranked. */
    private static long matches(SqlRunner db, String index, String text, SqlStatement where) {
        List<Object[]> counted = db.rows(new SqlStatement.Builder()
                .append("SELECT count(*) FROM (SELECT 1 " + index, text, text)
                .append(where).append(" LIMIT " + (RANKED_MATCHES + 1) + ") c").build());
        return ((Number) counted.get(0)[0]).longValue();
    }

    /**
     * The reader's visibility and the filters (all but the text), over the case aliased {@code c}; public so
     * that counts elsewhere (the impunity indicators) select exactly the cases a list would show.
     */
    public static SqlStatement where(CaseFilter filter, CaseReader reader) {
        SqlStatement.Builder sql = new SqlStatement.Builder().append(CaseVisibility.sql("c", reader));
        if (filter.violationType() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM case_violation_type t WHERE t.case_id = c.id AND t.type_code = ?)",
                    filter.violationType());
        }
        if (filter.governorate() != null) {
            sql.append(" AND c.governorate_code = ?", filter.governorate());
        }
        if (filter.from() != null) {
            sql.append(" AND c.period_end >= ?", java.sql.Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND c.period_start <= ?", java.sql.Date.valueOf(filter.to()));
        }
        if (filter.status() != null) {
            sql.append(" AND c.status = ?", filter.status().name());
        }
        if (filter.victimOccupation() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM case_party cp JOIN person p ON p.id = cp.person_id WHERE cp.case_id = c.id "
                    + "AND cp.role = 'VICTIM' AND p.occupation = ?)", filter.victimOccupation().name());
        }
        if (filter.perpetratorKind() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM case_party cp WHERE cp.case_id = c.id AND cp.role = 'PERPETRATOR' "
                    + "AND cp.perpetrator_kind = ?)", filter.perpetratorKind().name());
        }
        if (filter.evidenceStatus() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM evidence_item ev WHERE ev.case_id = c.id AND ev.verification_status = ?)",
                    filter.evidenceStatus().name());
        }
        return sql.build();
    }
}
