package org.mizan.bench;

import org.mizan.launcher.PayaraProcess;
import org.mizan.launcher.LocalPorts;

import org.mizan.cases.control.CaseFilter;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.legal.control.ImpunityFigures;
import org.mizan.legal.entity.Phase;
import org.mizan.legal.entity.VerdictKind;
import org.mizan.reports.control.PeriodicCase;
import org.mizan.reports.control.PeriodicOrder;
import org.mizan.reports.control.PeriodicReports;
import org.mizan.reports.control.ReportDraft;
import org.mizan.reports.control.ReportRenderer;
import org.mizan.reports.entity.AgeGroup;
import org.mizan.reports.entity.Appearance;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.reports.entity.RedactedParty;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periodic report over its real path against the renderer alone: fills an embedded
 * PostgreSQL with {@link GenerateCases} (1,000 cases by default), starts Mizan on it, and as the administrator (who sees
 * every case) asks for the PUBLIC periodic report of all of them with charts — {@code POST /api/reports/periodic}, polling
 * the job, downloading the PDF — in English and in Arabic: the first report of each cold, then after two warm-ups the
 * median of five. Meanwhile it
 * samples the server's used heap ({@code /metrics}, every 20 ms; the server runs with {@code -Xmx512m}).
 *
 * <p>The floor, in this JVM in the same run: the same 1,000 cases read back over JDBC and redacted as the PUBLIC edition
 * shows generated cases (no consents: initials and age group), laid out once ({@link PeriodicReports#compose}, charts
 * drawn), then only filled and exported by {@link ReportRenderer} — the same template, rows and chart images, no
 * database, no HTTP, no manifest page, no registry. Its memory is the heap pools' peak usage
 * ({@link MemoryPoolMXBean#getPeakUsage()}, reset before each fill), which catches what a sampler would miss.
 *
 * <p>Run with {@code mvn -Pbenchmark-report} (argument: cases). Never part of the tests.
 */
public final class PeriodicReportBenchmark {

    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"(\\w+)\"");
    private static final int RUNS = 5;
    /** Reports in each language after the cold one and before the timed ones. */
    private static final int WARM_UPS = 2;
    private static final List<String> LANGUAGES = List.of("en", "ar");

    private PeriodicReportBenchmark() {
    }

    /** One report: seconds from POST to the PDF downloaded, server heap before and at peak, PDF size. */
    record Run(double seconds, long heapBefore, long heapPeak, int bytes) {
    }

    /** One floor fill (after the same warm-ups as the server): seconds, heap peak over the fill, PDF size. */
    record Fill(double seconds, long heapPeak, int bytes) {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        try (BenchmarkDatabase database = BenchmarkDatabase.start("mizan-report-benchmark")) {
            Path work = database.work();
            String url = database.url();
            String adminPassword = "bench-" + UUID.randomUUID();
            try (Connection sql = database.connect()) {
                say(GenerateCases.generate(sql, cases, 3 * cases, 2019).toString());
                int port = LocalPorts.free();
                say("Starting Mizan on port " + port);
                try (PayaraProcess server = PayaraProcess.startForBenchmark(work, url, adminPassword, port)) {
                    server.awaitReady(Duration.ofMinutes(5));
                    BenchmarkClient client = new BenchmarkClient(port);
                    String admin = client.token("admin", adminPassword);
                    Floor floor = new Floor(sql);
                    // The server's first report of each language is cold (templates compiled, classes loaded, code not yet
                    // compiled by the JIT): timed apart, before any warm run, so that neither language warms the other up.
                    Map<String, Run> cold = new LinkedHashMap<>();
                    for (String language : LANGUAGES) {
                        cold.put(language, report(port, client, admin, language));
                    }
                    for (int i = 0; i < WARM_UPS; i++) {
                        for (String language : LANGUAGES) {
                            report(port, client, admin, language);
                        }
                    }
                    // The floor's JVM warmed up like the server: its first fill of each language cold, then as many fills.
                    Map<String, ReportDraft> drafts = new LinkedHashMap<>();
                    Map<String, Fill> floorCold = new LinkedHashMap<>();
                    for (String language : LANGUAGES) {
                        drafts.put(language, floor.draft(language));
                        floorCold.put(language, floor.fill(drafts.get(language)));
                    }
                    for (int i = 0; i < WARM_UPS; i++) {
                        for (String language : LANGUAGES) {
                            floor.fill(PeriodicReports.rewound(drafts.get(language)));
                        }
                    }
                    for (String language : LANGUAGES) {
                        measure(language, cold.get(language), drafts.get(language), floorCold.get(language), port, client, admin,
                                floor, cases);
                    }
                    System.out.println("\nWhere the server's time went, report by report (its log):");
                    Files.readAllLines(work.resolve("payara.log"), java.nio.charset.StandardCharsets.ISO_8859_1).stream()
                            .filter(line -> line.contains("periodic report ")).map(line -> "  " + line.strip())
                            .forEach(System.out::println);
                }
            }
        }
    }

    private static void measure(String language, Run cold, ReportDraft draft, Fill floorCold, int port, BenchmarkClient client,
                                String admin, Floor floor, int cases) throws Exception {
        List<Run> warm = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            warm.add(report(port, client, admin, language));
        }
        List<Fill> floorWarm = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            floorWarm.add(floor.fill(PeriodicReports.rewound(draft)));
        }
        Run median = warm.stream().sorted(java.util.Comparator.comparingDouble(Run::seconds)).toList().get(RUNS / 2);
        Fill floorMedian = floorWarm.stream().sorted(java.util.Comparator.comparingDouble(Fill::seconds)).toList().get(RUNS / 2);
        long peak = warm.stream().mapToLong(Run::heapPeak).max().orElse(0);
        System.out.printf("%n=== periodic report, %d cases, PUBLIC, lang=%s ===%n", cases, language);
        System.out.printf("%-58s %8s %12s %10s%n", "", "seconds", "heap MiB", "PDF KiB");
        System.out.printf("%-58s %8.2f %12s %10d%n", "REST, cold (first report of the server)", cold.seconds(),
                mib(cold.heapPeak()) + " peak", cold.bytes() / 1024);
        System.out.printf("%-58s %8.2f %12s %10d%n", "REST, POST -> job -> PDF downloaded (median of " + RUNS + ")", median.seconds(),
                mib(peak) + " peak", median.bytes() / 1024);
        System.out.printf("%-58s %8s %12s%n", "  server heap before the reports", "", mib(median.heapBefore()));
        System.out.printf("%-58s %8.2f %12s %10d%n", "floor: renderer alone, cold (this JVM's first fill)", floorCold.seconds(),
                mib(floorCold.heapPeak()) + " peak", floorCold.bytes() / 1024);
        System.out.printf("%-58s %8.2f %12s %10d%n", "floor: renderer alone, same template + rows + charts (median)",
                floorMedian.seconds(), mib(floorMedian.heapPeak()) + " peak", floorMedian.bytes() / 1024);
        double ratio = median.seconds() / floorMedian.seconds();
        System.out.printf("ratio REST / floor: %.2fx (target <= 3x: %s); REST %.2f s (target < 15 s: %s)%n", ratio,
                ratio <= 3 ? "MET" : "MISSED", median.seconds(), median.seconds() < 15 ? "MET" : "MISSED");
    }

    /** POST, poll every 50 ms, download; the server's heap sampled all along. */
    private static Run report(int port, BenchmarkClient client, String admin, String language) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI base = URI.create("http://localhost:" + port);
        long before = client.usedHeap(admin);
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> client.samplePeakHeap(admin, peak), "heap sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(base.resolve("/api/reports/periodic"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"audience\":\"PUBLIC\",\"lang\":\"" + language + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IOException("POST answered " + started.statusCode() + ": " + started.body());
        }
        URI job = base.resolve(URI.create(started.headers().firstValue("Location").orElseThrow()).getPath());
        String state = "QUEUED";
        while (!state.equals("READY")) {
            Thread.sleep(50);
            HttpResponse<String> polled = http.send(HttpRequest.newBuilder(job).header("Authorization", "Bearer " + admin).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = STATE.matcher(polled.body());
            state = m.find() ? m.group(1) : "?";
            if (state.equals("FAILED") || polled.statusCode() != 200) {
                throw new IOException("the report failed: " + polled.body());
            }
        }
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(job + "/pdf")).header("Authorization", "Bearer " + admin)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        if (pdf.statusCode() != 200) {
            throw new IOException("PDF answered " + pdf.statusCode());
        }
        return new Run(seconds, before, peak.get(), pdf.body().length);
    }

    /** The same cases as the server reads, redacted as PUBLIC shows them, and the renderer alone. */
    private static final class Floor {
        private final ReportRenderer renderer = new ReportRenderer();
        private final List<PeriodicCase> cases;
        private final Map<String, ReferenceData.Label> types;
        private final Map<String, ReferenceData.Label> governorates;

        Floor(Connection sql) throws SQLException {
            this.types = labels(sql, "violation_type");
            this.governorates = labels(sql, "governorate");
            this.cases = cases(sql);
        }

        ReportDraft draft(String language) {
            PeriodicOrder order = new PeriodicOrder(CaseFilter.none(), Audience.PUBLIC, Locale.forLanguageTag(language));
            return PeriodicReports.compose(order, cases, impunity(cases.size()), types, governorates, renderer, Instant.now());
        }

        Fill fill(ReportDraft draft) {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            byte[] pdf = renderer.pdf(draft.template(), draft.parameters(), draft.rows(), draft.locale());
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            return new Fill(seconds, peak, pdf.length);
        }

        private static Map<String, ReferenceData.Label> labels(Connection sql, String table) throws SQLException {
            Map<String, ReferenceData.Label> labels = new LinkedHashMap<>();
            try (PreparedStatement select = sql.prepareStatement("SELECT code, name_en, name_ar, name_ckb FROM " + table
                    + " ORDER BY sort_order"); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    labels.put(row.getString(1), new ReferenceData.Label(row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4)));
                }
            }
            return labels;
        }

        private static List<PeriodicCase> cases(Connection sql) throws SQLException {
            Map<Long, List<RedactedParty>> victims = new LinkedHashMap<>();
            Map<Long, List<Occupation>> occupations = new LinkedHashMap<>();
            try (PreparedStatement select = sql.prepareStatement("SELECT cp.case_id, p.name_ar, p.name_latin, cp.fate, "
                    + "coalesce(cp.age_at_incident, c.incident_year - p.birth_year), p.occupation FROM case_party cp "
                    + "JOIN violation_case c ON c.id = cp.case_id LEFT JOIN person p ON p.id = cp.person_id "
                    + "WHERE cp.role = 'VICTIM' ORDER BY cp.case_id, cp.position"); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Integer age = (Integer) row.getObject(5);
                    victims.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new RedactedParty(PartyRole.VICTIM,
                            Appearance.INITIALS, null, null, initials(row.getString(2)), initials(row.getString(3)), null,
                            AgeGroup.of(age), row.getString(4) == null ? null : Fate.valueOf(row.getString(4)), null, null, List.of(), null, null, null, false,
                            null, null));
                    occupations.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(row.getString(6) == null ? null : Occupation.valueOf(row.getString(6)));
                }
            }
            List<PeriodicCase> cases = new ArrayList<>();
            try (PreparedStatement select = sql.prepareStatement("SELECT c.id, c.reference, c.incident_year, c.incident_month, "
                    + "c.incident_day, c.incident_approximate, c.governorate_code, c.status, (SELECT string_agg(t.type_code, ',') "
                    + "FROM case_violation_type t WHERE t.case_id = c.id) FROM violation_case c ORDER BY c.reference");
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    Set<String> caseTypes = row.getString(9) == null ? Set.of() : new TreeSet<>(Arrays.asList(row.getString(9).split(",")));
                    RedactedCase redacted = new RedactedCase(Audience.PUBLIC, id, row.getString(2), caseTypes,
                            new PartialDate(row.getInt(3), (Integer) row.getObject(4), (Integer) row.getObject(5), row.getBoolean(6)),
                            null, null, row.getString(7), null, null, null, CaseStatus.valueOf(row.getString(8)), null, Set.of(),
                            victims.getOrDefault(id, List.of()), List.of(), List.of(), List.of(), false, false);
                    cases.add(new PeriodicCase(redacted, occupations.getOrDefault(id, List.of()), Phase.NOT_STARTED));
                }
            }
            return cases;
        }

        /** First letters of the first and last words: the shape of the PUBLIC edition's initials, enough for a floor. */
        private static String initials(String name) {
            if (name == null || name.isBlank()) {
                return null;
            }
            String[] words = name.strip().split("\\s+");
            String first = words[0].substring(0, 1) + ".";
            return words.length == 1 ? first : first + " " + words[words.length - 1].substring(0, 1) + ".";
        }

        /** The generated cases have no proceedings: every case counted, none with a proceeding, every clock running. */
        private static ImpunityFigures impunity(int cases) {
            Map<Phase, Long> phases = new EnumMap<>(Phase.class);
            Arrays.stream(Phase.values()).forEach(p -> phases.put(p, 0L));
            Map<VerdictKind, Long> verdicts = new EnumMap<>(VerdictKind.class);
            Arrays.stream(VerdictKind.values()).forEach(v -> verdicts.put(v, 0L));
            ImpunityFigures.Clocks running = new ImpunityFigures.Clocks(cases, 0, 2000L, null);
            return new ImpunityFigures(LocalDate.now(), cases, 0,
                    new ImpunityFigures.Share(0, 0, ImpunityFigures.Denominator.CASES_WITH_PROCEEDING),
                    new ImpunityFigures.Share(0, cases, ImpunityFigures.Denominator.CASES),
                    new ImpunityFigures.Share(0, cases, ImpunityFigures.Denominator.CASES), 0, phases, verdicts, running, running, running);
        }
    }


    private static String mib(long bytes) {
        return String.format("%.0f", bytes / 1048576.0);
    }

    private static void say(String line) {
        System.out.println("[benchmark] " + line);
    }

    /** The benchmark's data key, kept beside its database like the run command's. */}
