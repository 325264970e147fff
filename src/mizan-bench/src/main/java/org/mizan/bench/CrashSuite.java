package org.mizan.bench;

import org.mizan.launcher.EmbeddedDatabase;
import org.mizan.launcher.LocalPorts;
import org.mizan.launcher.Migrations;
import org.mizan.launcher.PayaraProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nothing acknowledged is lost: rounds of concurrent case creations and evidence uploads, each
 * ended by a crash at a random moment — {@code kill -9} of the server, or, every third round, an immediate stop of
 * PostgreSQL under the same load (Mizan keeps running and must reconnect by itself). After each round the server is
 * (re)started and checked: every case and upload that was answered 201 is there, each upload with the bytes that were
 * sent; every item's file matches its hash (re-hash of all); leftovers are swept; the audit chain verifies, and no
 * creation is audited as a success twice or for a case that does not exist.
 *
 * <p>Run with {@code ./mvnw -Pbenchmark -Dbenchmark=crash -Dbenchmark.args="rounds writers"} (default 10 rounds, 6
 * writers). Prints each round and the totals — acknowledged writes, lost (must be 0), recovery times — and exits
 * non-zero if anything was lost. Never part of the tests: it takes minutes per round.
 */
public final class CrashSuite {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final String CASE_BODY = "{\"violationTypes\":[\"ABDUCTION\"],\"incidentDate\":{\"year\":2020,\"month\":3},"
            + "\"governorate\":\"BA\",\"narrative\":\"crash suite\",\"sources\":[{\"description\":\"Witness\",\"reliability\":\"B\"}]}";

    private static final java.util.concurrent.atomic.AtomicReference<String> REFUSED = new java.util.concurrent.atomic.AtomicReference<>();

    private record Upload(long id, String sha256) {
    }

    private CrashSuite() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        Path work = Files.createTempDirectory("mizan-crash-suite");
        Path data = work.resolve("postgres");
        int dbPort = LocalPorts.free();
        int port = LocalPorts.free();
        String adminPassword = "crash-" + UUID.randomUUID();
        Random random = new Random(21);
        List<String> cases = Collections.synchronizedList(new ArrayList<>());
        List<Upload> uploads = Collections.synchronizedList(new ArrayList<>());
        List<Long> recoveries = new ArrayList<>();
        int lost = 0;
        EmbeddedDatabase database = EmbeddedDatabase.start(data, dbPort);
        Migrations.migrate(database.jdbcUrl(), EmbeddedDatabase.USER, "unused-trust-auth");
        PayaraProcess server = PayaraProcess.startForBenchmark(work, database.jdbcUrl(), adminPassword, port);
        try {
            server.awaitReady(Duration.ofMinutes(5));
            BenchmarkClient client = new BenchmarkClient(port);
            String admin = client.token("admin", adminPassword);
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                tokens.add(client.newInvestigator(admin, "crash" + i));
            }
            List<Path> files = files(work, random);
            for (int round = 1; round <= rounds; round++) {
                boolean databaseCrash = round % 3 == 0;
                int casesBefore = cases.size();
                int uploadsBefore = uploads.size();
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService pool = Executors.newFixedThreadPool(writers);
                for (String token : tokens) {
                    pool.execute(() -> write(client, token, files, stop, cases, uploads));
                }
                Thread.sleep(2000 + random.nextInt(6000));
                long crashedAt = System.nanoTime();
                if (databaseCrash) {
                    immediateStop(data);
                    Thread.sleep(1000 + random.nextInt(4000));
                    closeQuietly(database);
                    database = EmbeddedDatabase.start(data, dbPort);
                    crashedAt = System.nanoTime(); // recovery counts from PostgreSQL's return: Mizan was never stopped
                } else {
                    ProcessHandle.of(server.pid()).ifPresent(ProcessHandle::destroyForcibly);
                    server.close();
                }
                stop.set(true);
                pool.shutdown();
                pool.awaitTermination(2, TimeUnit.MINUTES);
                if (!databaseCrash) {
                    server = PayaraProcess.startForBenchmark(work, database.jdbcUrl(), adminPassword, port);
                }
                String after = awaitAnswering(client, tokens.get(0));
                long recovery = (System.nanoTime() - crashedAt) / 1_000_000;
                recoveries.add(recovery);
                admin = client.token("admin", adminPassword);
                int lostNow = check(client, tokens.get(0), admin, cases, uploads, database.jdbcUrl());
                lost += lostNow;
                System.out.printf("round %d (%s): %d cases and %d uploads acknowledged, %d lost; answering again after %d ms%s%n",
                        round, databaseCrash ? "PostgreSQL stopped immediately" : "kill -9 of the server",
                        cases.size() - casesBefore, uploads.size() - uploadsBefore, lostNow, recovery, after);
            }
        } finally {
            server.close();
            closeQuietly(database);
        }
        Collections.sort(recoveries);
        System.out.printf("%nCrash suite: %d rounds, %d cases and %d uploads acknowledged, %d lost; recovery median %d ms, "
                        + "max %d ms%n", rounds, cases.size(), uploads.size(), lost, recoveries.get(recoveries.size() / 2),
                recoveries.get(recoveries.size() - 1));
        // A run in which nothing was acknowledged proves nothing: it fails as a loss would.
        System.exit(lost == 0 && !cases.isEmpty() && !uploads.isEmpty() ? 0 : 1);
    }

    /** Creates cases and uploads files until stopped; only what was answered 201 is remembered. */
    private static void write(BenchmarkClient client, String token, List<Path> files, AtomicBoolean stop, List<String> cases,
                              List<Upload> uploads) {
        Random random = new Random();
        String reference = null;
        while (!stop.get()) {
            try {
                if (reference == null || random.nextInt(3) > 0) {
                    Matcher created = REFERENCE.matcher(client.postJson(token, "/api/cases", CASE_BODY));
                    if (created.find()) {
                        reference = created.group(1);
                        cases.add(reference);
                    }
                } else {
                    Path file = files.get(random.nextInt(files.size()));
                    Matcher item = ID.matcher(client.upload(token, "/api/cases/" + reference + "/evidence?name=" + file.getFileName(), file));
                    if (item.find()) {
                        uploads.add(new Upload(Long.parseLong(item.group(1)), sha256(file)));
                    }
                }
            } catch (IOException | InterruptedException | RuntimeException unanswered) {
                // not acknowledged: not counted, and the writer slows down while the server is away
                if (!stop.get() && REFUSED.compareAndSet(null, unanswered.getMessage())) {
                    System.out.println("  first unanswered write of the run: " + unanswered.getMessage());
                }
                sleep(200);
            }
        }
    }

    /** The number of acknowledged writes that are missing or changed, and every other check's failures. */
    private static int check(BenchmarkClient client, String token, String admin, List<String> cases, List<Upload> uploads,
                             String jdbcUrl) throws Exception {
        int lost = 0;
        for (String reference : List.copyOf(cases)) {
            if (!answers(client, token, "/api/cases/" + reference)) {
                System.out.println("  LOST: case " + reference);
                lost++;
            }
        }
        for (Upload upload : List.copyOf(uploads)) {
            byte[] content = client.bytes(token, "/api/evidence/" + upload.id() + "/content");
            if (content == null || !upload.sha256().equals(hex(MessageDigest.getInstance("SHA-256").digest(content)))) {
                System.out.println("  LOST: evidence " + upload.id() + (content == null ? " (gone)" : " (changed)"));
                lost++;
            }
        }
        String rehash = client.postJson(admin, "/api/evidence/rehash", "");
        if (!rehash.matches("(?s).*\"failed\"\\s*:\\s*\\[\\s*].*")) {
            System.out.println("  A stored item does not match its file: " + rehash);
            lost++;
        }
        client.postJson(admin, "/api/evidence/sweep", "");
        String verify = client.get(admin, "/api/audit/verify");
        if (!verify.matches("(?s).*\"valid\"\\s*:\\s*true.*")) {
            System.out.println("  The audit chain does not verify: " + verify);
            lost++;
        }
        try (Connection sql = DriverManager.getConnection(jdbcUrl, EmbeddedDatabase.USER, "unused-trust-auth");
             Statement s = sql.createStatement();
             ResultSet untrue = s.executeQuery("SELECT count(*) FROM audit_entry a WHERE a.action = 'CASE_CREATE' AND a.outcome = "
                     + "'SUCCESS' AND (NOT EXISTS (SELECT 1 FROM violation_case c WHERE 'case:' || c.reference = a.target) "
                     + "OR (SELECT count(*) FROM audit_entry b WHERE b.action = a.action AND b.outcome = a.outcome "
                     + "AND b.target = a.target) > 1)")) {
            untrue.next();
            if (untrue.getLong(1) > 0) {
                System.out.println("  The audit trail records " + untrue.getLong(1) + " case creations that did not happen (or twice)");
                lost++;
            }
        }
        return lost;
    }

    private static String awaitAnswering(BenchmarkClient client, String token) throws InterruptedException {
        for (long end = System.nanoTime() + Duration.ofMinutes(5).toNanos(); System.nanoTime() < end; Thread.sleep(100)) {
            if (answers(client, token, "/api/cases?size=1")) {
                return "";
            }
        }
        return " (NOT ANSWERING after 5 minutes)";
    }

    private static boolean answers(BenchmarkClient client, String token, String path) {
        try {
            client.get(token, path);
            return true;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** PostgreSQL's immediate shutdown ({@code pg_ctl stop -m immediate}): SIGQUIT to the postmaster, no checkpoint. */
    private static void immediateStop(Path data) throws IOException, InterruptedException {
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        new ProcessBuilder("kill", "-QUIT", Long.toString(postmaster)).inheritIO().start().waitFor();
        for (long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
             ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < end; ) {
            Thread.sleep(100);
        }
    }

    private static void closeQuietly(EmbeddedDatabase database) {
        try {
            database.close();
        } catch (IOException | RuntimeException alreadyStopped) {
            // stopped by the crash
        }
    }

    /** Twelve files of 1–5 MB of random bytes: uploads of the same bytes twice are among the cases tested. */
    private static List<Path> files(Path work, Random random) throws IOException {
        List<Path> files = new ArrayList<>();
        Path folder = Files.createDirectories(work.resolve("uploads"));
        for (int i = 0; i < 12; i++) {
            byte[] bytes = new byte[(1 + random.nextInt(5)) * 1024 * 1024];
            random.nextBytes(bytes);
            files.add(Files.write(folder.resolve("clip-" + i + ".bin"), bytes));
        }
        return files;
    }

    private static final Map<Path, String> HASHES = new ConcurrentHashMap<>();

    private static String sha256(Path file) {
        return HASHES.computeIfAbsent(file, f -> {
            try {
                return hex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
            } catch (IOException | java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
