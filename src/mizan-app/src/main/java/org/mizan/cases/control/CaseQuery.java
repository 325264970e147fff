package org.mizan.cases.control;

import java.util.List;
import java.util.Optional;
import org.mizan.security.control.CaseReader;

/**
 * The SQL of one page of a case list and of its count: filters, the reader's visibility, and for a
 * search, the cases matched by their narrative (full text, Arabic and English stemming), by the
 * text extracted from their evidence (the same, over {@code evidence_item.text_search}), by the notes
 * on the people in them and the descriptions of their sources (the same again, V25), by the names of
 * anyone in them ({@link NameQuery}) or by their locality ({@link LocalityKeys}). A text that reads as a
 * case reference ({@link CaseReferences#searched}) is looked up among references only: "MZN-2020-0010" is
 * no name, and its letters would otherwise find everyone called Mazin.
 *
 * <p>A search collects the matching case ids from each index separately and adds up their scores —
 * one OR across them would make PostgreSQL read every case. Two bounds keep a very common word
 * or name fast: full texts are ranked by {@code ts_rank} only when at most {@value #RANKED_MATCHES}
 * of each match (more than that are all relevant alike: they come newest first and are counted up to
 * that bound), and a name search considers its best {@value #NAME_MATCHES} spellings. Either way the
 * total is then marked as not exact.
 *
 * <p>Weights: a name scores its similarity (up to 1), a narrative its {@code ts_rank} (typically 0.06–0.1 for a word
 * found once), and what is further from the case's own account less: a note on a person or an attached file's text
 * half a narrative's rank, a source's description a quarter. So a case that names the person asked for comes before
 * one whose notes merely mention the name. A locality matched whole scores {@value #LOCALITY_SCORE}, about a
 * narrative that holds the word.
 */
public final class CaseQuery {

    /** The statements for a page, and whether the count they give is the exact number of matching cases. */
    public record Statements(SqlStatement page, SqlStatement count, boolean exactTotal) {
    }

    static final int RANKED_MATCHES = 1000;
    static final int NAME_MATCHES = 1000;
    static final String TSQUERY = "(websearch_to_tsquery('arabic', ?) || websearch_to_tsquery('english', ?))";
    /** Where the narrative's full-text index is read. */
    private static final String NARRATIVE_MATCHES = "FROM violation_case c WHERE c.narrative_search @@ " + TSQUERY + " AND ";

    /**
     * A full-text index over rows that belong to a case (its {@code case_id}), read as {@code alias.vector}, and what a
     * match there weighs against one in the narrative.
     */
    private record TextIndex(String table, String alias, String vector, double weight) {

        String matches() {
            return "FROM " + table + " " + alias + " JOIN violation_case c ON c.id = " + alias + ".case_id WHERE " + alias + "."
                    + vector + " @@ " + TSQUERY + " AND ";
        }

        String caseIds() {
            return "SELECT " + alias + ".case_id FROM " + table + " " + alias + " WHERE " + alias + "." + vector + " @@ " + TSQUERY;
        }
    }

    /** The texts beside the narrative: evidence files' text and notes on people at half its weight, sources a quarter. */
    private static final List<TextIndex> ATTACHED_TEXTS = List.of(new TextIndex("evidence_item", "e", "text_search", 0.5),
            new TextIndex("case_party", "cp", "notes_search", 0.5), new TextIndex("case_source", "s", "description_search", 0.25));
    static final double LOCALITY_SCORE = 0.08;
    private static final String COLUMNS = "SELECT c.reference, c.incident_year, c.incident_month, c.incident_day, "
            + "c.incident_approximate, c.governorate_code, c.status, c.confidentiality, c.updated_at, "
            + "(SELECT string_agg(t.type_code, ',' ORDER BY t.type_code) FROM case_violation_type t WHERE t.case_id = c.id), "
            + "(SELECT string_agg(coalesce(p.name_ar, p.name_latin), '|' ORDER BY cp.position) FROM case_party cp "
            + "JOIN person p ON p.id = cp.person_id WHERE cp.case_id = c.id AND cp.role = 'VICTIM'), ";

    private CaseQuery() {
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
        Optional<String> reference = CaseReferences.searched(filter.text());
        if (reference.isPresent()) {
            // Every match is as relevant as the next: by reference, ascending, unless another order is asked for.
            boolean byOrder = sort != null && sort != CaseSort.RELEVANCE;
            return byReference(reference.get(), where, byOrder ? sort : CaseSort.REFERENCE, byOrder && descending, limit);
        }
        String text = ArabicNames.normalise(filter.text());
        Optional<NameQuery.Matching> byName = NameQuery.of(filter.text()).matching(db);
        Optional<SqlStatement> byLocality = LocalityKeys.condition(filter.text());
        SqlStatement highlight = new SqlStatement("CASE WHEN c.narrative_search @@ " + TSQUERY + " THEN ts_headline('arabic', "
                + "c.narrative_normalised, " + TSQUERY + ", 'StartSel=\uE000, StopSel=\uE001, MaxWords=35, MinWords=12') END",
                List.of(text, text, text, text));
        boolean broad = broad(db, text, where);
        // The names are looked up once, not again in the page and the count; one more than used tells if there are more.
        List<NameQuery.Hit> names = byName.map(m -> m.spellings(db, NAME_MATCHES + 1, !broad)).orElse(List.of());
        boolean allNames = names.size() <= NAME_MATCHES;
        names = bestPerPerson(names.subList(0, Math.min(names.size(), NAME_MATCHES)));
        if (broad) {
            return broad(text, where, names, byLocality, highlight, order == CaseSort.RELEVANCE ? CaseSort.INCIDENT : order,
                    down, limit);
        }
        SqlStatement.Builder matches = new SqlStatement.Builder()
                .append("WITH hits(case_id, score) AS (SELECT c.id, ts_rank(c.narrative_search, " + TSQUERY + ") "
                        + NARRATIVE_MATCHES, text, text, text, text).append(where);
        for (TextIndex index : ATTACHED_TEXTS) {
            matches.append(" UNION ALL SELECT " + index.alias() + ".case_id, " + index.weight() + " * max(ts_rank(" + index.alias()
                    + "." + index.vector() + ", " + TSQUERY + ")) " + index.matches(), text, text, text, text).append(where)
                    .append(" GROUP BY " + index.alias() + ".case_id");
        }
        if (!names.isEmpty()) {
            matches.append(" UNION ALL SELECT cp.case_id, max(m.score) FROM unnest(" + numbers(names, NameQuery.Hit::personId)
                            + "::bigint[], " + numbers(names, NameQuery.Hit::score) + "::float8[]) AS m(person_id, score) "
                            + "JOIN case_party cp ON cp.person_id = m.person_id JOIN violation_case c ON c.id = cp.case_id WHERE ")
                    .append(where).append(" GROUP BY cp.case_id");
        }
        byLocality.ifPresent(place -> matches.append(" UNION ALL SELECT c.id, " + LOCALITY_SCORE + " FROM violation_case c WHERE ")
                .append(place).append(" AND ").append(where));
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
                                    Optional<SqlStatement> byLocality, SqlStatement highlight, CaseSort order, boolean down,
                                    String limit) {
        SqlStatement.Builder any = new SqlStatement.Builder().append(" AND (c.narrative_search @@ " + TSQUERY, text, text);
        ATTACHED_TEXTS.forEach(index -> any.append(" OR c.id IN (" + index.caseIds() + ")", text, text));
        if (!names.isEmpty()) {
            // A join from the ids, not "= ANY" of them, which PostgreSQL answered by reading all of case_party.
            any.append(" OR c.id IN (SELECT cp.case_id FROM unnest(" + numbers(names, NameQuery.Hit::personId)
                    + "::bigint[]) AS m(person_id) JOIN case_party cp ON cp.person_id = m.person_id)");
        }
        byLocality.ifPresent(place -> any.append(" OR (").append(place).append(")"));
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

    /**
     * Whether more narratives, evidence texts, notes or source descriptions match than are worth ranking: one statement
     * counting each no further than one more than are ranked.
     */
    private static boolean broad(SqlRunner db, String text, SqlStatement where) {
        SqlStatement.Builder counts = new SqlStatement.Builder().append("SELECT greatest(");
        List<String> indexes = new java.util.ArrayList<>(List.of(NARRATIVE_MATCHES));
        ATTACHED_TEXTS.forEach(index -> indexes.add(index.matches()));
        for (int i = 0; i < indexes.size(); i++) {
            counts.append((i == 0 ? "" : ", ") + "(SELECT count(*) FROM (SELECT 1 " + indexes.get(i), text, text).append(where)
                    .append(" LIMIT " + (RANKED_MATCHES + 1) + ") m" + i + ")");
        }
        List<Object[]> counted = db.rows(counts.append(")").build());
        return ((Number) counted.get(0)[0]).longValue() > RANKED_MATCHES;
    }

    /** The cases whose reference starts so, in the order asked for (by reference unless another is). */
    private static Statements byReference(String prefix, SqlStatement where, CaseSort order, boolean down, String limit) {
        SqlStatement matching = new SqlStatement.Builder().append(where).append(" AND c.reference LIKE ?", prefix + "%").build();
        return new Statements(new SqlStatement.Builder().append(COLUMNS + "1 AS score, NULL FROM violation_case c WHERE ")
                .append(matching).append(orderBy(order, down) + limit).build(),
                new SqlStatement.Builder().append("SELECT count(*) FROM violation_case c WHERE ").append(matching).build(), true);
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
            // Any of a victim's occupations: a journalist who also organised protests is found under both.
            sql.append(" AND EXISTS (SELECT 1 FROM case_party cp JOIN person_occupation po ON po.person_id = cp.person_id "
                    + "WHERE cp.case_id = c.id AND cp.role = 'VICTIM' AND po.occupation = ?)", filter.victimOccupation().name());
        }
        if (filter.perpetratorKind() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM case_party cp WHERE cp.case_id = c.id AND cp.role = 'PERPETRATOR' "
                    + "AND cp.perpetrator_kind = ?)", filter.perpetratorKind().name());
        }
        if (filter.locality() != null) {
            // A locality with no word to key (digits only) is compared as written.
            sql.append(" AND ").append(LocalityKeys.condition(filter.locality())
                    .orElse(new SqlStatement("lower(c.locality) = lower(?)", List.of(filter.locality()))));
        }
        if (filter.evidenceStatus() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM evidence_item ev WHERE ev.case_id = c.id AND ev.verification_status = ?)",
                    filter.evidenceStatus().name());
        }
        return sql.build();
    }
}
