package org.mizan.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.bench.GenerateCases;
import org.mizan.cases.control.ArabicNames;
import org.mizan.cases.control.CaseFilter;
import org.mizan.cases.control.CaseQuery;
import org.mizan.cases.control.JdbcSqlRunner;
import org.mizan.cases.control.NameQuery;
import org.mizan.cases.control.SqlStatement;
import org.mizan.launcher.Migrations;
import org.mizan.security.control.CaseReader;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search SQL on more data than the other tests make: 4,000 generated cases and 8,000 persons in
 * a database of their own, searched with the statements the services run ({@link CaseQuery},
 * {@link NameQuery}) — a word in most narratives, a rare word, names in either script, a chain
 * without one of its names, a common given name.
 */
@ExtendWith(MizanServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchAtScaleIT {

    private static final CaseReader ADMIN = new CaseReader(0, "admin", true, true, false);
    private Connection connection;
    private JdbcSqlRunner db;

    private MizanServer server;
    private String url;

    @BeforeAll
    void generate(MizanServer server) throws Exception {
        this.server = server;
        url = server.createScratchDatabase("mizan_scale");
        Migrations.migrate(url, server.dbUser(), server.dbPassword());
        connection = DriverManager.getConnection(url, server.dbUser(), server.dbPassword());
        GenerateCases.generate(connection, 4000, 8000, 7);
    }

    @AfterAll
    void close() throws Exception {
        if (connection != null) {
            connection.close();
        }
        if (url != null) {
            server.dropScratchDatabase(url);
        }
    }

    @Test
    void everyRecordedNameKeyIsInTheDictionaryTheSearchWidensFrom() {
        long distinct = number("SELECT count(DISTINCT k) FROM person_name_index, unnest(string_to_array(name_key, ' ')) k WHERE k <> ''");
        assertTrue(distinct > 50, "generated names give many keys: " + distinct);
        assertEquals(distinct, number("SELECT count(*) FROM name_token"), "the bulk COPY went through the trigger");
    }

    @Test
    void aWordInMostNarrativesListsTheNewestMatchesAndCountsAtLeastTheBound() {
        String word = narrativeWord(count -> count > 1000);
        CaseQuery.Statements statements = CaseQuery.of(db(), text(word), null, true, 0, 50, ADMIN);
        assertFalse(statements.exactTotal(), "a lower bound, shown as 'more than'");
        assertEquals(1000, ((Number) db().rows(statements.count()).get(0)[0]).longValue());
        List<String> expected = column("SELECT reference FROM violation_case c WHERE c.narrative_search @@ " + tsquery(word)
                + " ORDER BY c.period_start DESC, c.id DESC LIMIT 50");
        assertEquals(expected, references(statements.page()), "newest first among all matches of \"" + word + "\"");
    }

    @Test
    void aRareWordIsRankedAndCountedExactly() {
        String word = narrativeWord(count -> count >= 3 && count <= 200);
        CaseQuery.Statements statements = CaseQuery.of(db(), text(word), null, true, 0, 500, ADMIN);
        assertTrue(statements.exactTotal());
        long total = ((Number) db().rows(statements.count()).get(0)[0]).longValue();
        assertEquals(number("SELECT count(*) FROM violation_case c WHERE c.narrative_search @@ " + tsquery(word)), total, word);
        List<Object[]> rows = db().rows(statements.page());
        assertEquals(total, rows.size());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(((Number) rows.get(i - 1)[11]).doubleValue() >= ((Number) rows.get(i)[11]).doubleValue(), "ranked by score");
        }
        assertTrue(((Number) rows.get(0)[11]).doubleValue() > 0, "ts_rank gives the best match a score");
    }

    @Test
    void aWholeNameInEitherScriptFindsItsPersonFirst() {
        Object[] person = db().rows(new SqlStatement("SELECT id, name_ar, name_latin FROM person WHERE kind = 'INDIVIDUAL' "
                + "AND name_ar IS NOT NULL AND name_latin IS NOT NULL AND array_length(string_to_array(name_ar, ' '), 1) >= 3 "
                + "ORDER BY id LIMIT 1 OFFSET 40", List.of())).get(0);
        long id = ((Number) person[0]).longValue();
        for (String spelling : List.of((String) person[1], (String) person[2])) {
            List<NameQuery.Hit> hits = persons(spelling, 10);
            assertTrue(hits.stream().anyMatch(hit -> hit.personId() == id && hit.score() == hits.get(0).score()),
                    spelling + " finds person " + id + " among the best: " + hits);
        }
    }

    @Test
    void aChainWithoutOneOfItsNamesStillFindsThePerson() {
        Object[] person = db().rows(new SqlStatement("SELECT id, name_ar FROM person WHERE kind = 'INDIVIDUAL' AND name_ar IS NOT NULL "
                + "AND array_length(string_to_array(name_ar, ' '), 1) = 4 ORDER BY id LIMIT 1 OFFSET 10", List.of())).get(0);
        List<String> names = new ArrayList<>(Arrays.asList(((String) person[1]).split(" ")));
        names.remove(2); // the grandfather's name
        List<NameQuery.Hit> hits = persons(String.join(" ", names), 100);
        assertTrue(hits.stream().anyMatch(hit -> hit.personId() == ((Number) person[0]).longValue()), names + " → " + hits);
    }

    @Test
    void aCommonGivenNameFillsTheLimitWithPersonsOfThatName() {
        String key = (String) db().rows(new SqlStatement("SELECT k FROM person_name_index, unnest(string_to_array(name_key, ' ')) k "
                + "GROUP BY k ORDER BY count(*) DESC LIMIT 1", List.of())).get(0)[0];
        List<NameQuery.Hit> hits = persons(key, 20);
        assertEquals(20, hits.size());
        for (NameQuery.Hit hit : hits) {
            assertTrue(Arrays.asList(ArabicNames.latinKey(hit.spelling()).split(" ")).contains(key), hit + " holds " + key);
        }
    }

    /**
     * A query of one name is ranked from the key table (V11); it must rank exactly as the general query over the whole
     * index does — spellings holding the key first, then those holding a key like it, shortest chain first, a person's
     * spellings with the same key in the order they were indexed — on every page.
     * The general ranking is spelled out here on its own, so the two can disagree.
     */
    @Test
    void oneNameIsRankedFromTheKeyTableExactlyAsOverTheWholeIndex() {
        List<String> keys = column("SELECT k FROM person_name_index, unnest(string_to_array(name_key, ' ')) k WHERE k <> '' "
                + "GROUP BY k ORDER BY count(*) DESC, k");
        for (String key : List.of(keys.get(0), keys.get(keys.size() / 2), keys.get(keys.size() - 1), keys.get(0) + "a")) {
            NameQuery.Matching matching = NameQuery.of(key).matching(db()).orElseThrow(() -> new AssertionError("no match for " + key));
            for (int offset : List.of(0, 100)) {
                List<String> fromKeys = db().rows(matching.ranked(100, offset)).stream().map(r -> r[0] + " " + r[1]).toList();
                List<String> whole = column("SELECT n.person_id || ' ' || n.spelling FROM person_name_index n WHERE "
                        + "string_to_array(n.name_key, ' ') && string_to_array(" + literal(String.join(" ", matchedLike(key)))
                        + ", ' ') ORDER BY string_to_array(n.name_key, ' ') @> ARRAY[" + literal(key) + "] DESC, "
                        + "cardinality(string_to_array(n.name_key, ' ')), n.name_key, n.person_id, n.id LIMIT 100 OFFSET " + offset);
                assertEquals(whole, fromKeys, key + " from " + offset);
            }
        }
    }

    /** The keys NameQuery widens one name to: the recorded keys like it, as its dictionary query picks them. */
    private List<String> matchedLike(String key) {
        return db().rows(new SqlStatement("SELECT token FROM name_token WHERE token % ? OR (length(?) >= 2 AND token LIKE ? || '%') "
                + "ORDER BY similarity(?, token) DESC, token LIMIT 12", List.of(key, key, key, key))).stream()
                .map(r -> (String) r[0]).filter(t -> t.equals(key) || similarity(key, t) >= 0.5 || t.startsWith(key)).toList();
    }

    private double similarity(String a, String b) {
        return ((Number) db().rows(new SqlStatement("SELECT similarity(?, ?)", List.of(a, b))).get(0)[0]).doubleValue();
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private List<NameQuery.Hit> persons(String query, int limit) {
        return NameQuery.of(query).matching(db()).map(m -> m.persons(db(), ADMIN, limit)).orElse(List.of());
    }

    /** A word of the narratives that is no one's name, matched by as many cases as {@code wanted} accepts. */
    private String narrativeWord(java.util.function.LongPredicate wanted) {
        for (String narrative : column("SELECT narrative FROM violation_case ORDER BY id LIMIT 100")) {
            for (String word : narrative.split("[^\\p{L}]+")) {
                if (word.length() >= 4 && NameQuery.of(word).matching(db()).isEmpty()
                        && wanted.test(number("SELECT count(*) FROM violation_case c WHERE c.narrative_search @@ " + tsquery(word)))) {
                    return word;
                }
            }
        }
        throw new AssertionError("no such word in the generated narratives");
    }

    private static CaseFilter text(String word) {
        return new CaseFilter(null, null, null, null, null, null, null, null, word);
    }

    private static String tsquery(String word) {
        String quoted = "'" + ArabicNames.normalise(word).replace("'", "''") + "'";
        return "(websearch_to_tsquery('arabic', " + quoted + ") || websearch_to_tsquery('english', " + quoted + "))";
    }

    private List<String> references(SqlStatement page) {
        return db().rows(page).stream().map(row -> (String) row[0]).toList();
    }

    private List<String> column(String sql) {
        return db().rows(new SqlStatement(sql, List.of())).stream().map(row -> (String) row[0]).toList();
    }

    private long number(String sql) {
        return ((Number) db().rows(new SqlStatement(sql, List.of())).get(0)[0]).longValue();
    }

    private JdbcSqlRunner db() {
        if (db == null) {
            db = new JdbcSqlRunner(connection);
        }
        return db;
    }
}
