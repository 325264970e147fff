package org.mizan.bench;

import org.mizan.launcher.PayaraProcess;
import org.mizan.launcher.LocalPorts;

import org.postgresql.PGConnection;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spreadsheet import over its real path against PostgreSQL's COPY of the same rows. Fills an
 * embedded PostgreSQL with {@link GenerateCases} (10,000 cases, 30,000 persons: the matcher and the indexes have
 * something to work against), writes a CSV of 100,000 rows (mixed Arabic and English values, dates in four
 * formats), then:
 * <ul>
 * <li>the floor: {@code COPY} of that file, as it is, into a table of its eight text columns — PostgreSQL taking the
 * same rows with no interpretation, no checks and no indexes; best of three;</li>
 * <li>Mizan: the file uploaded over REST, then {@code POST /imports/uploads/{id}/import} timed until its job is DONE —
 * every value interpreted, every row fingerprinted and checked against earlier imports, victims, perpetrators,
 * cases, parties, name index, revisions and import rows written (through COPY) in one transaction — while the server's
 * used heap is sampled every 20 ms (the server runs with {@code -Xmx512m}). The dry run of the same file is timed
 * too, for the record.</li>
 * <li>a second floor, for what the first cannot show: the COPY of the very records the import wrote (persons, name
 * index, cases, types, parties, import rows, revisions) into Mizan's tables, with their indexes and triggers — the
 * database's own cost of holding them, which no import could undercut — as the server times and logs it.</li>
 * </ul>
 * Run with {@code mvn -Pbenchmark-import} (argument: rows). Never part of the tests.
 */
public final class ImportBenchmark {

    private static final Pattern UPLOAD_ID = Pattern.compile("\"uploadId\"\\s*:\\s*\"([0-9a-f]+)\"");
    private static final Pattern JOB_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]+)\"");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern CREATED = Pattern.compile("\"casesCreated\"\\s*:\\s*(\\d+)");
    /** The server's own account of the import: where the time went, and how long the COPY of its records took. */
    private static final Pattern LOADED = Pattern.compile("import batch \\d+: (.*) loaded in ([0-9.]+) s");
    private static final String HEADER = "الاسم,Latin name,Date,Governorate,Type,Fate,Details,Perpetrator";
    private static final String MAPPING = "{\"mapping\": {\"الاسم\": \"VICTIM_NAME\", \"Latin name\": \"VICTIM_NAME_LATIN\", "
            + "\"Date\": \"INCIDENT_DATE\", \"Governorate\": \"GOVERNORATE\", \"Type\": \"VIOLATION_TYPE\", \"Fate\": \"VICTIM_FATE\", "
            + "\"Details\": \"NARRATIVE\", \"Perpetrator\": \"PERPETRATOR\"}}";
    private static final List<String> GIVEN = List.of("علي", "حسين", "محمد", "أحمد", "مصطفى", "حيدر", "عباس", "زينب", "فاطمة",
            "سجاد", "صفاء", "إيهاب", "هشام", "ريهام", "جاسم", "كرار", "منتظر", "أمجد", "فاهم", "عمر");
    private static final List<String> FAMILY = List.of("الساعدي", "الزبيدي", "الجبوري", "العبيدي", "الوزني", "السراي", "الهاشمي",
            "التميمي", "الربيعي", "الكعبي", "الموسوي", "الحسيني", "الخفاجي", "الشمري", "الدليمي");
    private static final List<String> GOVERNORATES = List.of("بغداد", "Basra", "ذي قار", "Karbala", "النجف", "Maysan", "Diyala",
            "البصرة", "Baghdad", "Nasiriyah");
    private static final List<String> TYPES = List.of("اغتيال", "abduction", "محاولة اغتيال", "torture", "تهديد", "arbitrary detention",
            "اختطاف; تعذيب");
    private static final List<String> FATES = List.of("", "killed", "جريح", "مفقود", "released", "");
    private static final List<String> PERPETRATORS = List.of("مسلحون مجهولون", "", "unknown gunmen", "", "");

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (BenchmarkDatabase database = BenchmarkDatabase.start("mizan-import-benchmark")) {
            Path work = database.work();
            String url = database.url();
            Path file = work.resolve("cases.csv");
            try (Connection sql = database.connect()) {
                say(GenerateCases.generate(sql, 10_000, 30_000, 2019).toString());
                writeCsv(file, rows);
                say(String.format("%,d rows, %.1f MB", rows, Files.size(file) / 1e6));
                double floor = copyFloor(sql, file);
                say(String.format("floor: COPY of the file into a table of text columns: %.2f s, %,.0f rows/s (best of 3)",
                        floor, rows / floor));
                String adminPassword = "bench-" + UUID.randomUUID();
                int port = LocalPorts.free();
                try (PayaraProcess server = PayaraProcess.startForBenchmark(work, url, adminPassword, port)) {
                    server.awaitReady(Duration.ofMinutes(5));
                    BenchmarkClient client = new BenchmarkClient(port);
                    String admin = client.token("admin", adminPassword);
                    String investigator = client.newInvestigator(admin, "importer");
                    String uploadId = find(UPLOAD_ID, client.upload(investigator, "/api/imports/uploads?name=cases.csv", file));
                    double dryRun = job(client, investigator, "/api/imports/uploads/" + uploadId + "/dry-run", rows);
                    say(String.format("dry run: %.2f s, %,.0f rows/s", dryRun, rows / dryRun));
                    long heapBefore = client.usedHeap(admin);
                    AtomicLong peak = new AtomicLong(heapBefore);
                    Thread sampler = new Thread(() -> client.samplePeakHeap(admin, peak), "heap sampler");
                    sampler.start();
                    double imported;
                    try {
                        imported = job(client, investigator, "/api/imports/uploads/" + uploadId + "/import", rows);
                    } finally {
                        sampler.interrupt();
                        sampler.join();
                    }
                    say(String.format("import: %.2f s, %,.0f rows/s = %.3f x the COPY floor (target >= 0.25)", imported,
                            rows / imported, floor / imported));
                    Matcher load = LOADED.matcher(Files.readString(work.resolve("payara.log")));
                    if (load.find()) {
                        double loaded = Double.parseDouble(load.group(2));
                        say("server log: " + load.group(0));
                        say(String.format("second floor: the COPY of the records the import wrote into Mizan's tables (indexes, "
                                + "triggers), timed by the server: %.2f s = %,.0f rows/s; the whole import ran at %.2f x that",
                                loaded, rows / loaded, loaded / imported));
                    }
                    say(String.format("server heap: %.0f MB before, %.0f MB peak while importing (-Xmx512m)",
                            heapBefore / 1e6, peak.get() / 1e6));
                }
            }
        }
    }

    /** Seconds from starting the job to its DONE, polling every 50 ms; fails unless every row became a case. */
    private static double job(BenchmarkClient client, String token, String path, int rows) throws IOException, InterruptedException {
        long start = System.nanoTime();
        String id = find(JOB_ID, client.postJson(token, path, MAPPING));
        while (true) {
            String status = client.get(token, "/api/imports/jobs/" + id);
            String state = find(STATE, status);
            if (!"RUNNING".equals(state)) {
                double seconds = (System.nanoTime() - start) / 1e9;
                if (!"DONE".equals(state) || Integer.parseInt(find(CREATED, status)) != rows) {
                    throw new IOException("the job ended " + state + ": " + status.substring(0, Math.min(2000, status.length())));
                }
                return seconds;
            }
            Thread.sleep(50);
        }
    }

    private static double copyFloor(Connection sql, Path file) throws SQLException, IOException {
        try (Statement statement = sql.createStatement()) {
            statement.execute("CREATE TABLE import_floor (name_ar TEXT, name_latin TEXT, incident TEXT, governorate TEXT, "
                    + "type TEXT, fate TEXT, details TEXT, perpetrator TEXT)");
        }
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            try (Statement statement = sql.createStatement()) {
                statement.execute("TRUNCATE import_floor");
            }
            long start = System.nanoTime();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                sql.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY import_floor FROM STDIN (FORMAT csv, HEADER true)", in, 1 << 16);
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        try (Statement statement = sql.createStatement()) {
            statement.execute("DROP TABLE import_floor");
        }
        return best;
    }

    /** Rows as the groups' spreadsheets hold them: Arabic names, some with a Latin spelling, dates written four ways. */
    private static void writeCsv(Path file, int rows) throws IOException {
        Random random = new Random(2019);
        LocalDate first = LocalDate.of(2019, 10, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\r\n");
            for (int i = 0; i < rows; i++) {
                String name = pick(random, GIVEN) + " " + pick(random, GIVEN) + " " + pick(random, FAMILY);
                LocalDate day = first.plusDays(random.nextInt(1800));
                String date = switch (i % 4) {
                    case 0 -> day.toString();
                    case 1 -> day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
                    case 2 -> day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + day.getYear();
                    default -> Integer.toString(day.getYear());
                };
                out.write(String.join(",", name, i % 3 == 0 ? "Victim " + i : "", date, pick(random, GOVERNORATES), pick(random, TYPES),
                        pick(random, FATES), "\"وثقت الحالة " + i + " من شهادة عائلية ومصادر محلية، the family reported threats before the incident\"",
                        pick(random, PERPETRATORS)));
                out.write("\r\n");
            }
        }
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String find(Pattern pattern, String text) throws IOException {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IOException("unexpected answer: " + text.substring(0, Math.min(500, text.length())));
        }
        return matcher.group(1);
    }

    private static void say(String line) {
        System.out.println("[import benchmark] " + line);
    }
}
