package org.mizan.bench;

import org.mizan.launcher.EmbeddedDatabase;
import org.mizan.launcher.Folders;
import org.mizan.launcher.LocalPorts;
import org.mizan.launcher.PayaraProcess;

import org.mizan.launcher.Migrations;
import org.mizan.security.control.CaseReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Search over REST against the same SQL run straight over JDBC: fills a
 * database with {@link GenerateCases} (100,000 cases and 300,000 persons by default), starts Mizan on
 * it, signs in as a new investigator, and times name search ({@code /api/persons?q=}), full-text
 * search ({@code /api/cases?q=}) and a filtered, sorted case list, each after a warm-up.
 *
 * <p>Run with {@code ./mvnw -Pbenchmark -Dbenchmark=search} (arguments: cases, persons, queries, and which requests:
 * {@code names,words,list} by default). The database is an
 * embedded PostgreSQL in a temporary folder, or the one {@code MIZAN_BENCH_DB_URL} names (with
 * {@code MIZAN_BENCH_DB_USER}, {@code MIZAN_BENCH_DB_PASSWORD}); {@code MIZAN_BENCH_DATA} keeps the
 * embedded one in a folder of your choice, so a second run reuses the data. Never part of the tests.
 */
public final class SearchBenchmark {

    private static final String ADMIN = "admin";
    private static final String LIST_GOVERNORATE = "BG";
    private static final String LIST_TYPE = "ASSASSINATION";
    private static final int WARM_UP_REQUESTS = 1000;

    /** A kind of request: how to ask it over REST and over JDBC, and its target. */
    record Request(String name, Function<SearchTerms.Term, String> path, ToIntFunction<SearchTerms.Term> sql,
                   double maxRatio, double maxRestP95) {
    }

    /** One query timed both ways. */
    record Sample(SearchTerms.Term term, double restMillis, double sqlMillis, int rows) {
    }

    /** A request's samples, and the server's CPU time per request while they were taken (NaN where unknown). */
    record Result(Request request, List<Sample> samples, double serverCpuMillis) {

        String name() {
            return request.name();
        }

        /** The REST p50 within the allowed ratio of the SQL p50 (when there is one), and the REST p95 under its limit. */
        boolean met() {
            return (request.maxRatio() <= 0 || p(Sample::restMillis, 50) <= request.maxRatio() * p(Sample::sqlMillis, 50))
                    && p(Sample::restMillis, 95) < request.maxRestP95();
        }

        double p(java.util.function.ToDoubleFunction<Sample> value, int percentile) {
            return percentile(samples.stream().mapToDouble(value).sorted().toArray(), percentile);
        }
    }

    /**
     * The CPU time the server process has used, in ms: on a machine shared with other work the REST times grow with
     * everyone's load, while what a request costs the server in CPU does not.
     */
    record ServerCpu(long pid) {
        double millis() {
            return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
        }
    }

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int persons = args.length > 1 ? Integer.parseInt(args[1]) : 3 * cases;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        List<String> kinds = List.of((args.length > 3 ? args[3] : "names,words,list").split(","));
        Path work = Files.createTempDirectory("mizan-search-benchmark");
        EmbeddedDatabase embedded = null;
        PayaraProcess server = null;
        try {
            String url = System.getenv("MIZAN_BENCH_DB_URL");
            String user = env("MIZAN_BENCH_DB_USER", "postgres");
            String password = env("MIZAN_BENCH_DB_PASSWORD", "unused-trust-auth");
            Path home = Path.of(env("MIZAN_BENCH_DATA", work.toString()));
            if (url == null || url.isBlank()) {
                embedded = EmbeddedDatabase.start(home.resolve("postgres"), LocalPorts.free());
                url = embedded.jdbcUrl();
                user = EmbeddedDatabase.USER;
            }
            Migrations.migrate(url, user, password);
            try (Connection sql = DriverManager.getConnection(url, user, password)) {
                fill(sql, cases, persons);
                String adminPassword = adminPassword(sql, home.resolve("admin-password"));
                int port = LocalPorts.free();
                say("Starting Mizan on port " + port + " (log: " + work.resolve("payara.log") + ")");
                server = PayaraProcess.start(Path.of(System.getProperty("mizan.payara", "target/payara-micro.jar")),
                        Path.of(System.getProperty("mizan.war", "target/mizan.war")), port, work.resolve("payara-root"),
                        Map.of("MIZAN_DB_URL", url, "MIZAN_DB_USER", user, "MIZAN_DB_PASSWORD", password,
                                "MIZAN_ADMIN_PASSWORD", adminPassword, "MIZAN_HOME", mizanHome(home),
                                "MIZAN_DATA_KEY_FILE", dataKeyFile(home), "MIZAN_SECURITY_2FA_REQUIRED_ROLES", "none"),
                        work.resolve("payara.log"));
                server.awaitReady(Duration.ofMinutes(5));
                run(sql, new BenchmarkClient(port), new ServerCpu(server.pid()), adminPassword, queries, kinds);
            }
        } catch (Exception | Error e) {
            showLogTail(work.resolve("payara.log"));
            throw e;
        } finally {
            if (server != null) {
                server.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            Folders.deleteRecursively(work);
        }
    }

    private static void run(Connection sql, BenchmarkClient client, ServerCpu cpu, String adminPassword, int queries,
                            List<String> kinds) throws Exception {
        String username = "bench" + System.currentTimeMillis() % 100_000_000;
        // Not "benchmark …": the display name is "Benchmark …", and a password holding the user's name is refused.
        String password = "measured " + UUID.randomUUID();
        client.createUser(client.token(ADMIN, adminPassword), username, password, "INVESTIGATOR");
        String token = client.token(username, password);
        SearchSql statements = new SearchSql(sql, new CaseReader(userId(sql, username), username, false, true, true));
        Random random = new Random(42);
        int warmUp = Math.max(10, queries / 5);
        List<SearchTerms.Term> list = Collections.nCopies(warmUp + queries,
                new SearchTerms.Term(LIST_GOVERNORATE + " " + LIST_TYPE, "governorate + type, by incident date"));
        // Every kind's terms are drawn, measured or not, so that a run of one kind asks what a full run asks.
        List<SearchTerms.Term> names = SearchTerms.names(sql, random, warmUp + queries);
        List<SearchTerms.Term> words = SearchTerms.words(sql, random, warmUp + queries);
        List<Result> results = new ArrayList<>();
        if (kinds.contains("names")) {
            results.add(measure(client, cpu, token, names, warmUp, new Request("name search",
                    t -> "/api/persons?q=" + BenchmarkClient.encode(t.text()), t -> statements.persons(t.text()), 1.5, 100)));
        }
        if (kinds.contains("words")) {
            results.add(measure(client, cpu, token, words, warmUp, new Request("full-text search",
                    t -> "/api/cases?q=" + BenchmarkClient.encode(t.text()), t -> statements.fullText(t.text()), 1.5, 100)));
        }
        if (kinds.contains("list")) {
            results.add(measure(client, cpu, token, list, warmUp, new Request("case list (filter + sort, 50 rows)",
                    t -> "/api/cases?governorate=" + LIST_GOVERNORATE + "&type=" + LIST_TYPE + "&sort=incident&size=50",
                    t -> statements.list(LIST_GOVERNORATE, LIST_TYPE), 0, 150)));
        }
        report(results);
        double[] floor = client.clientFloor(token, "/api/me", 1_000);
        System.out.printf("%nClient floor, GET /api/me median of 1,000: Java HttpClient %.2f ms, HttpURLConnection (used above) %.2f ms%n",
                floor[0], floor[1]);
        for (Result result : results) {
            if (!result.met()) {
                explainSlowest(statements, result);
            }
        }
    }

    /**
     * Times each term over REST and over JDBC, alternating which goes first; the first {@code warmUp} are not kept.
     * Before that the warm-up terms are asked {@value #WARM_UP_REQUESTS} times over both ways: a server that has
     * answered a few dozen requests still runs much of its code interpreted (about 15 ms more per request than
     * once compiled), and a real one has long been compiled.
     */
    private static Result measure(BenchmarkClient client, ServerCpu cpu, String token, List<SearchTerms.Term> terms, int warmUp,
                                  Request request) throws Exception {
        say("Measuring " + request.name() + ": " + WARM_UP_REQUESTS + " warm-up requests, then " + warmUp + " warm-up and "
                + (terms.size() - warmUp) + " timed queries");
        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
            SearchTerms.Term term = terms.get(i % warmUp);
            client.timedGet(token, request.path().apply(term));
            request.sql().applyAsInt(term);
        }
        List<Sample> samples = new ArrayList<>();
        double cpuBefore = cpu.millis();
        for (int i = 0; i < terms.size(); i++) {
            SearchTerms.Term term = terms.get(i);
            double rest = 0;
            if (i % 2 == 0) {
                rest = client.timedGet(token, request.path().apply(term));
            }
            long start = System.nanoTime();
            int rows = request.sql().applyAsInt(term);
            double raw = (System.nanoTime() - start) / 1e6;
            if (i % 2 == 1) {
                rest = client.timedGet(token, request.path().apply(term));
            }
            if (i >= warmUp) {
                samples.add(new Sample(term, rest, raw, rows));
            }
        }
        return new Result(request, samples, (cpu.millis() - cpuBefore) / terms.size());
    }

    private static void report(List<Result> results) {
        System.out.println();
        System.out.printf("%-42s %5s %9s %9s %9s %9s %10s %10s  %s%n", "", "n", "REST p50", "REST p95", "SQL p50", "SQL p95",
                "p50 ratio", "p95 ratio", "target");
        for (Result r : results) {
            Request q = r.request();
            row(r.name(), r.samples(), (q.maxRatio() > 0 ? String.format("p50 <= %.1fx SQL, ", q.maxRatio()) : "")
                    + String.format("p95 < %.0f ms: %s", q.maxRestP95(), r.met() ? "MET" : "MISSED"));
            Map<String, List<Sample>> byKind = new LinkedHashMap<>();
            r.samples().stream().sorted(Comparator.comparing(s -> s.term().kind()))
                    .forEach(s -> byKind.computeIfAbsent(s.term().kind(), k -> new ArrayList<>()).add(s));
            if (byKind.size() > 1) {
                byKind.forEach((kind, samples) -> row("  " + kind, samples, ""));
            }
        }
        System.out.println("\nTimes in ms, measured by the client over loopback HTTP (REST) and JDBC (SQL: the statements the "
                + "service runs, every row read); 'rows' below is the median number of rows the SQL returned.");
        for (Result r : results) {
            System.out.printf("%-42s median rows %,.0f, max rows %,d; slowest REST: %.0f ms for \"%s\"; server CPU %.2f ms a request%n",
                    r.name(), r.p(Sample::rows, 50), r.samples().stream().mapToInt(Sample::rows).max().orElse(0),
                    r.p(Sample::restMillis, 100), slowest(r).term().text(), r.serverCpuMillis());
        }
    }

    private static void row(String label, List<Sample> samples, String target) {
        double[] rest = samples.stream().mapToDouble(Sample::restMillis).sorted().toArray();
        double[] raw = samples.stream().mapToDouble(Sample::sqlMillis).sorted().toArray();
        System.out.printf("%-42s %5d %9.1f %9.1f %9.1f %9.1f %9.2fx %9.2fx  %s%n", label, samples.size(),
                percentile(rest, 50), percentile(rest, 95), percentile(raw, 50), percentile(raw, 95),
                percentile(rest, 50) / percentile(raw, 50), percentile(rest, 95) / percentile(raw, 95), target);
    }

    private static void explainSlowest(SearchSql sql, Result result) throws SQLException {
        Sample slowest = slowest(result);
        System.out.printf("%n=== %s missed its target; the plan of its slowest query, \"%s\" (REST %.0f ms, SQL %.0f ms):%n",
                result.name(), slowest.term().text(), slowest.restMillis(), slowest.sqlMillis());
        result.request().sql().applyAsInt(slowest.term());
        for (org.mizan.cases.control.SqlStatement statement : sql.ran()) {
            sql.explain(statement).forEach(System.out::println);
            System.out.println("---");
        }
    }

    private static Sample slowest(Result result) {
        return result.samples().stream().max(Comparator.comparingDouble(Sample::restMillis)).orElseThrow();
    }

    /** Generates the data unless the database has cases already (a kept MIZAN_BENCH_DATA folder, say). */
    private static void fill(Connection sql, int cases, int persons) throws SQLException, IOException {
        long existing = count(sql, "SELECT count(*) FROM violation_case");
        if (existing > 0) {
            say(String.format("Reusing the %,d cases and %,d persons already in the database", existing,
                    count(sql, "SELECT count(*) FROM person")));
            return;
        }
        say(String.format("Generating %,d cases and %,d persons…", cases, persons));
        say(GenerateCases.generate(sql, cases, persons, 2019).toString());
    }

    /** A new database gets a new administrator password; a reused one needs the one it was given. */
    private static String adminPassword(Connection sql, Path remembered) throws SQLException, IOException {
        if (count(sql, "SELECT count(*) FROM app_user") == 0) {
            String password = "bench-" + UUID.randomUUID();
            Files.createDirectories(remembered.getParent());
            Files.writeString(remembered, password);
            return password;
        }
        String given = System.getenv("MIZAN_BENCH_ADMIN_PASSWORD");
        if (given != null && !given.isBlank()) {
            return given;
        }
        if (Files.isRegularFile(remembered)) {
            return Files.readString(remembered).strip();
        }
        throw new IOException("The database has users already: set MIZAN_BENCH_ADMIN_PASSWORD to the admin's password");
    }

    private static long userId(Connection sql, String username) throws SQLException {
        try (PreparedStatement select = sql.prepareStatement("SELECT id FROM app_user WHERE username = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static long count(Connection sql, String query) throws SQLException {
        try (PreparedStatement select = sql.prepareStatement(query); ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The end of the server's log, which is about to be deleted with the work folder. */
    private static void showLogTail(Path log) throws IOException {
        if (Files.isRegularFile(log)) {
            List<String> lines = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
            System.err.println("--- last lines of the server log:");
            lines.subList(Math.max(0, lines.size() - 80), lines.size()).forEach(System.err::println);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void say(String line) {
        System.out.println("[benchmark] " + line);
    }

    /** The benchmark's data key, kept beside its database like the run command's. */
    /**
     * Mizan's own folder beside the data: the audit key it creates there on the first run seals the trail in the database,
     * and a later run on the same data starts only with that key.
     */
    private static String mizanHome(Path home) {
        return home.resolve("mizan-home").toString();
    }

    private static String dataKeyFile(Path home) throws java.io.IOException {
        Path file = home.resolve(org.mizan.contacts.control.DataKeySource.HOME_KEY_FILE);
        org.mizan.contacts.control.DataKeySource.fileCreatedOnce(file);
        return file.toString();
    }
}
