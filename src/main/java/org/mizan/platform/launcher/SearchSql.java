package org.mizan.platform.launcher;

import org.mizan.cases.control.ArabicNames;
import org.mizan.cases.control.CaseReader;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that {@code PersonSearch.find} and {@code CaseSearch.list} build for the benchmark's three
 * requests, run straight over JDBC: the yardstick the REST figures are compared with. Copied from those
 * classes (as of the commit that added the search), with the same parameters bound in the same
 * order; if they change, change this too, or the comparison means nothing.
 */
final class SearchSql {

    /** A statement and its parameters, in the order of its {@code ?} placeholders. */
    record Statement(String sql, List<Object> parameters) {
    }

    private static final String TSQUERY = "(websearch_to_tsquery('arabic', ?) || websearch_to_tsquery('english', ?))";
    private static final String CASE_COLUMNS = "SELECT c.reference, c.incident_year, c.incident_month, c.incident_day, "
            + "c.incident_approximate, c.governorate_code, c.status, c.confidentiality, c.updated_at, "
            + "(SELECT string_agg(t.type_code, ',' ORDER BY t.type_code) FROM case_violation_type t WHERE t.case_id = c.id), "
            + "(SELECT string_agg(coalesce(p.name_ar, p.name_latin), '|' ORDER BY cp.position) FROM case_party cp "
            + "JOIN person p ON p.id = cp.person_id WHERE cp.case_id = c.id AND cp.role = 'VICTIM'), ";

    private final CaseReader reader;

    SearchSql(CaseReader reader) {
        this.reader = reader;
    }

    /** GET /api/persons?q=… : PersonSearch.find (which then sorts the rows and loads the best {@code limit} persons in one query). */
    Statement persons(String query) {
        String normalised = ArabicNames.normalise(query);
        String key = ArabicNames.latinKey(query);
        String keyOrText = key.isBlank() ? normalised : key;
        String visible = reader.administrator() ? "TRUE" : "(NOT EXISTS (SELECT 1 FROM case_party cp WHERE cp.person_id = p.id) "
                + "OR EXISTS (SELECT 1 FROM case_party cp JOIN violation_case vc ON vc.id = cp.case_id WHERE cp.person_id = p.id AND "
                + reader.visibleSql("vc") + "))";
        return new Statement("SELECT DISTINCT ON (p.id) p.id, greatest(word_similarity(?, n.name_key), "
                + "word_similarity(?, n.normalised)) AS score, n.spelling FROM person_name_index n "
                + "JOIN person p ON p.id = n.person_id WHERE p.merged_into IS NULL AND (? <% n.name_key OR ? <% n.normalised) AND "
                + visible + " ORDER BY p.id, score DESC", List.of(keyOrText, normalised, keyOrText, normalised));
    }

    /** GET /api/cases?q=… (relevance order, first page of 50): the page and its count. */
    List<Statement> fullText(String query) {
        String text = ArabicNames.normalise(query);
        String key = ArabicNames.latinKey(query);
        String where = reader.visibleSql("c") + " AND (c.narrative_search @@ " + TSQUERY + " OR c.reference ILIKE ? OR EXISTS "
                + "(SELECT 1 FROM case_party cp JOIN person_name_index n ON n.person_id = cp.person_id WHERE cp.case_id = c.id "
                + "AND (? <% n.name_key OR ? <% n.normalised)))";
        List<Object> whereParameters = List.of(text, text, "%" + query.strip() + "%", key.isBlank() ? text : key, text);
        String score = "ts_rank(c.narrative_search, " + TSQUERY + ") + coalesce((SELECT max(greatest(word_similarity(?, n.name_key), "
                + "word_similarity(?, n.normalised))) FROM case_party cp JOIN person_name_index n ON n.person_id = cp.person_id "
                + "WHERE cp.case_id = c.id), 0)";
        String highlight = "CASE WHEN c.narrative_search @@ " + TSQUERY + " THEN ts_headline('arabic', c.narrative_normalised, "
                + TSQUERY + ", 'StartSel=\uE000, StopSel=\uE001, MaxWords=35, MinWords=12') END";
        List<Object> parameters = new ArrayList<>(List.of(text, text, key, text, text, text, text, text));
        parameters.addAll(whereParameters);
        return List.of(new Statement(CASE_COLUMNS + score + " AS score, " + highlight + " FROM violation_case c WHERE " + where
                        + " ORDER BY score DESC, c.id DESC LIMIT 50 OFFSET 0", parameters),
                new Statement("SELECT count(*) FROM violation_case c WHERE " + where, whereParameters));
    }

    /** GET /api/cases?governorate=…&type=…&sort=incident&size=50 (newest first): the page and its count. */
    List<Statement> list(String governorate, String type) {
        String where = reader.visibleSql("c") + " AND EXISTS (SELECT 1 FROM case_violation_type t WHERE t.case_id = c.id "
                + "AND t.type_code = ?) AND c.governorate_code = ?";
        List<Object> parameters = List.of(type, governorate);
        return List.of(new Statement(CASE_COLUMNS + "0 AS score, NULL FROM violation_case c WHERE " + where
                        + " ORDER BY c.period_start DESC, c.id DESC LIMIT 50 OFFSET 0", parameters),
                new Statement("SELECT count(*) FROM violation_case c WHERE " + where, parameters));
    }

    /** Runs the statements and reads every row, as the application does; returns the rows of the first. */
    static int run(Connection connection, List<Statement> statements) throws SQLException {
        int first = -1;
        for (Statement statement : statements) {
            int rows = 0;
            try (PreparedStatement prepared = prepare(connection, statement, "");
                 ResultSet result = prepared.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int i = 1; i <= columns; i++) {
                        result.getObject(i);
                    }
                    rows++;
                }
            }
            first = first < 0 ? rows : first;
        }
        return first;
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of a statement, one line per plan line. */
    static List<String> explain(Connection connection, Statement statement) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (PreparedStatement prepared = prepare(connection, statement, "EXPLAIN (ANALYZE, BUFFERS) ");
             ResultSet result = prepared.executeQuery()) {
            while (result.next()) {
                plan.add(result.getString(1));
            }
        }
        return plan;
    }

    private static PreparedStatement prepare(Connection connection, Statement statement, String prefix) throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(prefix + statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            prepared.setObject(i + 1, statement.parameters().get(i));
        }
        return prepared;
    }
}
