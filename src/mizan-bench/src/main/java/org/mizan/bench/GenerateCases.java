package org.mizan.bench;

import org.mizan.cases.control.BulkTables;
import org.mizan.cases.control.CaseDraft;
import org.mizan.cases.control.PersonDraft;
import org.mizan.demo.control.SyntheticCases;
import org.mizan.launcher.Migrations;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills a Mizan database with synthetic cases and persons ({@link SyntheticCases}) for benchmarks and
 * demos, straight through JDBC COPY: {@code GenerateCases <jdbc-url> <user> <password> [cases=100000]
 * [persons=300000] [seed=2019]}. Brings the schema up to date first (Mizan's own Flyway migrations),
 * adds to what is there (ids, references and their counters continue), and writes everything in one
 * transaction, then VACUUM ANALYZE. Not part of the WAR; never run it against a database with real cases.
 */
public final class GenerateCases {

    /** What was written, and how long generating (Java) and loading (PostgreSQL) took. */
    public record Result(int cases, int persons, long rows, Duration generating, Duration loading, Duration analysing) {

        public double rowsPerSecond() {
            return rows / ((generating.toMillis() + loading.toMillis()) / 1000.0);
        }

        @Override
        public String toString() {
            return String.format("%,d cases and %,d persons = %,d rows: generated in %.1f s, loaded in %.1f s, "
                            + "%,.0f rows/s overall (VACUUM ANALYZE %.1f s)", cases, persons, rows, generating.toMillis() / 1000.0,
                    loading.toMillis() / 1000.0, rowsPerSecond(), analysing.toMillis() / 1000.0);
        }
    }

    /** The tables whose ids the generator assigns itself (sources and parties take theirs from their sequences). */
    private static final List<String> SERIAL_TABLES = List.of("person", "violation_case");
    /** Who the generated records say recorded them. */
    static final String GENERATOR = "generator";

    private GenerateCases() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: GenerateCases <jdbc-url> <user> <password> [cases=100000] [persons=300000] [seed=2019]");
            System.exit(2);
        }
        int cases = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        int persons = args.length > 4 ? Integer.parseInt(args[4]) : 3 * cases;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 2019;
        Migrations.migrate(args[0], args[1], args[2]);
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            System.out.println(generate(connection, cases, persons, seed));
        }
    }

    /** Applies Mizan's migrations (the same files the server applies at start-up). */
    public static Result generate(Connection connection, int cases, int persons, long seed) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            execute(connection, "LOCK TABLE person, violation_case, case_reference_counter IN EXCLUSIVE MODE");
            Map<String, Long> lastIds = new HashMap<>();
            for (String table : SERIAL_TABLES) {
                lastIds.put(table, single(connection, "SELECT coalesce(max(id), 0) FROM " + table));
            }
            Map<Integer, Integer> counters = counters(connection);
            long start = System.nanoTime();
            try (BulkTables tables = new BulkTables(GENERATOR, null, null)) {
                write(tables, new SyntheticCases(seed, persons), cases, lastIds, counters, new Random(seed ^ 0x5EED));
                long generated = System.nanoTime();
                long rows = tables.copyInto(connection.unwrap(PGConnection.class).getCopyAPI());
                saveCounters(connection, counters);
                for (String table : SERIAL_TABLES) {
                    execute(connection, "SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT max(id) FROM " + table + "))");
                }
                connection.commit();
                long loaded = System.nanoTime();
                connection.setAutoCommit(true);
                // What autovacuum would soon do after so many inserts: statistics for the planner, and the
                // visibility map that lets index-only scans skip the table.
                execute(connection, "VACUUM ANALYZE");
                return new Result(cases, persons, rows, Duration.ofNanos(generated - start), Duration.ofNanos(loaded - generated),
                        Duration.ofNanos(System.nanoTime() - loaded));
            }
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void write(BulkTables tables, SyntheticCases data, int cases, Map<String, Long> lastIds,
                              Map<Integer, Integer> counters, Random clock) throws IOException {
        Instant now = Instant.now();
        long personBase = lastIds.get("person");
        List<PersonDraft> drafts = data.persons();
        for (int i = 0; i < drafts.size(); i++) {
            tables.person(personBase + i + 1, drafts.get(i), now);
        }
        long caseId = lastIds.get("violation_case");
        for (int i = 0; i < cases; i++) {
            SyntheticCases.Generated generated = data.next();
            CaseDraft draft = SyntheticCases.withPersonIds(generated.draft(), n -> personBase + n);
            int year = draft.incidentDate().year();
            // As CaseReferences does: MZN-<incident year>-<sequence of that year>.
            String reference = String.format("MZN-%d-%04d", year, counters.merge(year, 1, Integer::sum));
            Instant created = recorded(clock, draft.incidentDate().start().atStartOfDay().toInstant(ZoneOffset.UTC), now);
            Instant updated = recorded(clock, created, now);
            tables.violationCase(++caseId, reference, draft, generated.status(), created, updated);
        }
    }

    /** A moment some days to a year after {@code after}, but not in the future. */
    private static Instant recorded(Random clock, Instant after, Instant now) {
        Instant when = after.plusSeconds(3600L + (long) (clock.nextDouble() * 365 * 86_400));
        return when.isAfter(now) ? now : when;
    }

    private static Map<Integer, Integer> counters(Connection connection) throws SQLException {
        Map<Integer, Integer> counters = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT year, last_value FROM case_reference_counter")) {
            while (rows.next()) {
                counters.put(rows.getInt(1), rows.getInt(2));
            }
        }
        return counters;
    }

    private static void saveCounters(Connection connection, Map<Integer, Integer> counters) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO case_reference_counter (year, last_value) "
                + "VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last_value = excluded.last_value")) {
            for (Map.Entry<Integer, Integer> counter : counters.entrySet()) {
                upsert.setInt(1, counter.getKey());
                upsert.setInt(2, counter.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
