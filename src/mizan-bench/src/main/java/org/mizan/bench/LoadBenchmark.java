package org.mizan.bench;

import org.mizan.launcher.LocalPorts;
import org.mizan.launcher.PayaraProcess;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many users at once, every request audited: fills an embedded PostgreSQL with {@link GenerateCases} (20,000 cases by
 * default), starts Mizan on it, and lets 8 investigators (one account and token each) work at the same time for a
 * fixed time — case pages, name searches and case lists, and one case recorded in every {@value #WRITE_EVERY}
 * requests — printing requests per second, p50, p95 and errors.
 *
 * <p>The floor, in the same run against the same server: the same clients asking only {@code GET /api/me}, which
 * reads the signed-in user and audits nothing; the mix is reported as a share of its throughput.
 *
 * <p>Run with {@code ./mvnw -Pbenchmark -Dbenchmark=load -Dbenchmark.args="cases seconds clients"}. Never part of the tests.
 */
public final class LoadBenchmark {

    private static final int WRITE_EVERY = 10;
    private static final String LIST = "/api/cases?governorate=BG&type=ASSASSINATION&sort=incident&size=50";
    private static final String CASE_BODY = "{\"violationTypes\":[\"ASSASSINATION\"],\"incidentDate\":{\"year\":2019,"
            + "\"month\":10,\"day\":25},\"governorate\":\"BG\",\"locality\":\"ساحة التحرير\",\"narrative\":\"load benchmark\","
            + "\"sources\":[{\"description\":\"Witness interview\",\"reliability\":\"B\"}]}";

    /** One timed request, or an error. */
    record Sample(String kind, double millis, boolean failed) {
    }

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        try (BenchmarkDatabase database = BenchmarkDatabase.start("mizan-load-benchmark")) {
            Path work = database.work();
            String url = database.url();
            String adminPassword = "bench-" + UUID.randomUUID();
            try (Connection sql = database.connect()) {
                say(GenerateCases.generate(sql, cases, 3 * cases, 2019).toString());
                List<String> references = references(sql);
                List<SearchTerms.Term> names = SearchTerms.names(sql, new Random(42), 2000);
                int port = LocalPorts.free();
                say("Starting Mizan on port " + port + " (log: " + work.resolve("payara.log") + ")");
                try (PayaraProcess server = PayaraProcess.startForBenchmark(work, url, adminPassword, port)) {
                    server.awaitReady(Duration.ofMinutes(5));
                    BenchmarkClient client = new BenchmarkClient(port);
                    List<String> tokens = investigators(client, client.token("admin", adminPassword), clients);
                    Workload mix = new Workload(port, references, names);
                    Workload floor = Workload.floor(port);
                    say("Warming up: " + seconds / 3 + " s of the mix, " + seconds / 6 + " s of the floor");
                    mix.run(tokens, seconds / 3);
                    floor.run(tokens, seconds / 6);
                    say("Measuring: " + seconds + " s of the floor, then " + seconds + " s of the mix, " + clients + " clients");
                    List<Sample> floorSamples = floor.run(tokens, seconds);
                    List<Sample> mixSamples = mix.run(tokens, seconds);
                    report(floorSamples, mixSamples, seconds);
                }
            }
        }
    }

    /** The requests one client makes in turn, drawn at random but the same sequence in every run. */
    static final class Workload {
        private final List<Integer> ports;
        private final List<String> references;
        private final List<SearchTerms.Term> names;

        Workload(int port, List<String> references, List<SearchTerms.Term> names) {
            this(List.of(port), references, names);
        }

        /** The clients spread over several nodes, client i on node i modulo their number, as a balancer spreads users. */
        Workload(List<Integer> ports, List<String> references, List<SearchTerms.Term> names) {
            this.ports = ports;
            this.references = references;
            this.names = names;
        }

        static Workload floor(int port) {
            return new Workload(port, List.of(), List.of());
        }

        List<Sample> run(List<String> tokens, int seconds) throws InterruptedException {
            ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            AtomicInteger seed = new AtomicInteger(7);
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < tokens.size(); c++) {
                String token = tokens.get(c);
                Random random = new Random(seed.getAndIncrement());
                BenchmarkClient client = new BenchmarkClient(ports.get(c % ports.size()));
                Thread thread = new Thread(() -> {
                    for (int i = 0; System.nanoTime() < deadline; i++) {
                        samples.add(one(client, token, random, i));
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            return new ArrayList<>(samples);
        }

        private Sample one(BenchmarkClient client, String token, Random random, int i) {
            String kind;
            long start = System.nanoTime();
            try {
                if (references.isEmpty()) {
                    kind = "floor: GET /api/me";
                    client.timedGet(token, "/api/me");
                } else if (i % WRITE_EVERY == WRITE_EVERY - 1) {
                    kind = "case recorded";
                    client.postJson(token, "/api/cases", CASE_BODY);
                } else {
                    int pick = random.nextInt(3);
                    kind = pick == 0 ? "case page" : pick == 1 ? "name search" : "case list";
                    client.timedGet(token, switch (pick) {
                        case 0 -> "/api/cases/" + references.get(random.nextInt(references.size()));
                        case 1 -> "/api/persons?q=" + BenchmarkClient.encode(names.get(random.nextInt(names.size())).text());
                        default -> LIST;
                    });
                }
            } catch (Exception e) {
                return new Sample("error", (System.nanoTime() - start) / 1e6, true);
            }
            return new Sample(kind, (System.nanoTime() - start) / 1e6, false);
        }
    }

    private static void report(List<Sample> floor, List<Sample> mix, int seconds) {
        System.out.printf("%n%-22s %8s %9s %9s %9s %7s%n", "", "requests", "per s", "p50 ms", "p95 ms", "errors");
        double floorRate = row("floor (GET /api/me)", floor, seconds);
        double mixRate = row("audited mix, all", mix, seconds);
        mix.stream().map(Sample::kind).filter(k -> !k.equals("error")).distinct().sorted()
                .forEach(kind -> row("  " + kind, mix.stream().filter(s -> s.kind().equals(kind)).toList(), seconds));
        System.out.printf("%nThe audited mix runs at %.2f of the floor's requests per second (%d s each, same clients, same server).%n",
                mixRate / floorRate, seconds);
    }

    static double row(String label, List<Sample> samples, int seconds) {
        double[] millis = samples.stream().filter(s -> !s.failed()).mapToDouble(Sample::millis).sorted().toArray();
        long errors = samples.stream().filter(Sample::failed).count();
        double rate = (double) millis.length / seconds;
        System.out.printf("%-22s %8d %9.1f %9.1f %9.1f %7d%n", label, millis.length, rate,
                SearchBenchmark.percentile(millis, 50), SearchBenchmark.percentile(millis, 95), errors);
        return rate;
    }

    /** Standard cases, which every investigator may read. */
    static List<String> references(Connection sql) throws SQLException {
        List<String> references = new ArrayList<>();
        try (PreparedStatement select = sql.prepareStatement(
                "SELECT reference FROM violation_case WHERE confidentiality = 'STANDARD' ORDER BY id LIMIT 5000");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                references.add(row.getString(1));
            }
        }
        return references;
    }

    static List<String> investigators(BenchmarkClient client, String admin, int count) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = "load" + i;
            // Not "benchmark …": the account's display name is "Benchmark <name>", and a password may not hold it.
            String password = "tigris cardamom " + UUID.randomUUID();
            client.createUser(admin, username, password, "INVESTIGATOR");
            tokens.add(client.token(username, password));
        }
        return tokens;
    }

    private static void say(String line) {
        System.out.println("[benchmark] " + line);
    }
}
