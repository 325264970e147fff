package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.launcher.Folders;
import org.mizan.launcher.LocalPorts;
import org.mizan.launcher.PayaraProcess;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a page costs in SQL statements does not grow with the rows it shows. The pages are loaded once with N cases (and
 * a case of N parties, sources and proceedings), then with 3N; each page must run exactly as many statements both times.
 * A statement per row (a case's collections loaded one case at a time, a query per proceeding) shows up as a count that
 * grows. Counted by {@link StatementCountingRelay} between a server of its own and a database of its own, so no other
 * test's rows or requests are in the counts.
 */
@ExtendWith(MizanServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountIT {

    private static final int N = 3;
    /** Loads per measurement: the fewest statements counted is the page's, without a background task's that ran meanwhile. */
    private static final int SAMPLES = 3;
    private static final Pattern DATABASE = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/(\\w+)");

    private MizanServer shared;
    private final String adminPassword = "statements " + UUID.randomUUID();
    private String dbUrl;
    private StatementCountingRelay relay;
    private PayaraProcess payara;
    private Api api;
    private String investigatorName;
    private String investigator;
    private String lawyerName;
    private String lawyer;
    private String advocate;
    private PageSession investigatorPages;
    private PageSession lawyerPages;
    private int cases;

    @BeforeAll
    void startOwnServer(MizanServer sharedServer) throws Exception {
        shared = sharedServer;
        dbUrl = shared.createScratchDatabase("mizan_statements");
        Matcher database = DATABASE.matcher(dbUrl);
        assertTrue(database.matches(), dbUrl);
        relay = StatementCountingRelay.to(database.group(1), database.group(2) == null ? 5432 : Integer.parseInt(database.group(2)));
        Path home = shared.work().resolve("statements-home");
        Folders.deleteRecursively(home);
        Map<String, String> env = Map.of("MIZAN_DB_URL", "jdbc:postgresql://127.0.0.1:" + relay.port() + "/" + database.group(3),
                "MIZAN_DB_USER", shared.dbUser(), "MIZAN_DB_PASSWORD", shared.dbPassword(), "MIZAN_ADMIN_PASSWORD", adminPassword,
                "MIZAN_HOME", home.toString(), "MIZAN_DATA_KEY", MizanServer.DATA_KEY.encoded(),
                "MIZAN_AUDIT_KEY", MizanServer.AUDIT_KEY.encoded(), "MIZAN_SECURITY_2FA_REQUIRED_ROLES", "none",
                "MIZAN_INSPECTOR_DIR", System.getProperty("mizan.it.inspector", "target/inspector"));
        int port = LocalPorts.free();
        payara = PayaraProcess.start(Path.of(System.getProperty("mizan.it.payara", "target/payara-micro.jar")),
                Path.of(System.getProperty("mizan.it.war", "target/mizan.war")), port, shared.work().resolve("statements-root"),
                env, shared.work().resolve("statements-payara.log"));
        payara.awaitReady(Duration.ofMinutes(3));
        api = Api.against(URI.create("http://localhost:" + port));
        String admin = api.token(MizanServer.ADMIN, adminPassword);
        investigatorName = api.createUserWith(admin, "counted-inv", "INVESTIGATOR");
        investigator = api.token(investigatorName, Api.USER_PASSWORD);
        lawyerName = api.createUserWith(admin, "counted-law", "LAWYER");
        lawyer = api.token(lawyerName, Api.USER_PASSWORD);
        advocate = api.token(api.createUserWith(admin, "counted-adv", "ADVOCATE"), Api.USER_PASSWORD);
        investigatorPages = new PageSession(api);
        investigatorPages.signIn(investigatorName, Api.USER_PASSWORD);
        lawyerPages = new PageSession(api);
        lawyerPages.signIn(lawyerName, Api.USER_PASSWORD);
    }

    @AfterAll
    void stopOwnServer() throws Exception {
        if (payara != null) {
            payara.close();
        }
        if (relay != null) {
            relay.close();
        }
        if (dbUrl != null) {
            shared.dropScratchDatabase(dbUrl);
        }
    }

    @Test
    void noPageRunsMoreStatementsForThreeTimesTheRows() {
        String small = grow(N, N);
        Map<String, Counted> withN = measure(small);
        String large = grow(2 * N, 3 * N);
        Map<String, Counted> with3N = measure(large);
        StringBuilder grown = new StringBuilder();
        System.out.println("StatementCountIT: statements per page with " + N + " and " + 3 * N + " rows:");
        withN.forEach((page, counted) -> {
            long before = counted.count();
            long after = with3N.get(page).count();
            System.out.printf("StatementCountIT:   %-28s %4d %4d%n", page, before, after);
            if (before != after) {
                grown.append("\n").append(page).append(": ").append(before).append(" -> ").append(after);
                with3N.get(page).byText().forEach((sql, times) -> {
                    long earlier = counted.byText().getOrDefault(sql, 0L);
                    if (times != earlier) {
                        grown.append("\n    ").append(earlier).append(" -> ").append(times).append(": ").append(sql);
                    }
                });
            }
        });
        assertTrue(grown.isEmpty(), "statements that grew with the rows:" + grown);
    }

    /** How many statements a page ran, and which. */
    private record Counted(long count, Map<String, Long> byText) {
    }

    /** Statements each page runs, the case and proceedings pages of this case. */
    private Map<String, Counted> measure(String reference) {
        Map<String, Counted> counts = new LinkedHashMap<>();
        counts.put("case list page", statements(() -> page(investigatorPages, "/cases/list.xhtml", reference)));
        counts.put("case page", statements(() -> page(investigatorPages, "/cases/case.xhtml?ref=" + reference, reference)));
        counts.put("proceedings page", statements(() -> page(lawyerPages, "/legal/proceedings.xhtml?case=" + reference, reference)));
        counts.put("lawyer dashboard page", statements(() -> page(lawyerPages, "/legal/dashboard.xhtml", reference)));
        counts.put("impunity page", statements(() -> page(lawyerPages, "/legal/impunity.xhtml", null)));
        counts.put("GET /api/cases", statements(() -> rest("/api/cases", investigator)));
        counts.put("GET /api/cases/{ref}", statements(() -> rest("/api/cases/" + reference, investigator)));
        counts.put("GET …/proceedings", statements(() -> rest("/api/cases/" + reference + "/proceedings", lawyer)));
        // Every victim recorded is a "Victim …": the name search finds 3N of them the second time, in cases the advocate
        // reads redacted (whether each may be named is decided from those cases).
        counts.put("GET /api/persons?q=", statements(() -> foundAll("/api/persons?q=Victim&limit=100", investigator)));
        counts.put("GET /api/persons?q= (advocate)", statements(() -> rest("/api/persons?q=Victim&limit=100", advocate)));
        return counts;
    }

    private Counted statements(Supplier<String> load) {
        load.get(); // a first load may fill caches (reference data, labels) once for all later ones
        Counted fewest = null;
        for (int i = 0; i < SAMPLES; i++) {
            settle();
            relay.record();
            load.get();
            Counted counted = pageWork(relay.recorded());
            fewest = fewest == null || counted.count() < fewest.count() ? counted : fewest;
        }
        return fewest;
    }

    /**
     * The statements of a load, without the audit chainer's that fell into it and without transaction boundaries. The
     * chainer polls once a second and chains a page's events 200 ms after they commit, often while the page still
     * renders: its work is the server's rhythm, not the page's, and a chaining transaction cut by the start or end of a
     * load cannot be told apart by its BEGIN or COMMIT. So only statements that do the page's work are counted; the
     * page's own audit event (its INSERT INTO audit_pending) is one of them.
     */
    private static Counted pageWork(Map<String, Long> byText) {
        Map<String, Long> page = new java.util.HashMap<>(byText);
        page.keySet().removeIf(sql -> isChainers(sql) || TRANSACTION.matcher(sql).matches());
        return new Counted(page.values().stream().mapToLong(Long::longValue).sum(), page);
    }

    private static final Pattern TRANSACTION = Pattern.compile("(?i)\\s*(BEGIN|COMMIT|ROLLBACK)\\s*;?\\s*");

    private static boolean isChainers(String sql) {
        String text = sql.strip().toLowerCase(java.util.Locale.ROOT);
        return text.contains("audit_entry") || text.contains("pg_advisory_xact_lock")
                || text.contains("audit_pending") && !text.startsWith("insert into audit_pending");
    }

    /**
     * Lets the audit chainer link what the previous load recorded (it gathers events for 200 ms after a commit), so
     * its statements fall between samples rather than into one; the fewest of the samples takes care of the rest.
     */
    private static void settle() {
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String page(PageSession session, String path, String mustShow) {
        Api.Reply reply = session.get(path);
        assertEquals(200, reply.status(), path);
        assertTrue(mustShow == null || reply.body().contains(mustShow), () -> path + " does not show " + mustShow);
        return reply.body();
    }

    private String rest(String path, String token) {
        Api.Reply reply = api.get(path, token);
        assertEquals(200, reply.status(), () -> path + ": " + reply.body());
        return reply.body();
    }

    /** The name search's answer, which must hold every victim recorded so far: the rows the count is to be tested with. */
    private String foundAll(String path, String token) {
        Api.Reply reply = api.get(path, token);
        assertEquals(200, reply.status(), () -> path + ": " + reply.body());
        assertEquals(cases, reply.array().size(), () -> path + " found " + reply.body());
        return reply.body();
    }

    /**
     * Records {@code others} cases of one victim and one proceeding each, and one case of {@code rows} victims, sources
     * and proceedings; all on the team of this test's investigator and lawyer. Answers the reference of the latter.
     */
    private String grow(int others, int rows) {
        for (int i = 0; i < others; i++) {
            recordCase(1);
        }
        return recordCase(rows);
    }

    private String recordCase(int rows) {
        JsonArrayBuilder parties = Json.createArrayBuilder();
        JsonArrayBuilder sources = Json.createArrayBuilder();
        for (int i = 0; i < rows; i++) {
            long victim = CaseIT.person(api, investigator, "ضحية " + (++cases) + " " + i, "Victim " + cases + " " + i);
            parties.add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "KILLED").add("ageAtIncident", 20 + i));
            sources.add(Api.object().add("description", "Witness " + i).add("reliability", "B"));
        }
        parties.add(Api.object().add("role", "PERPETRATOR").add("perpetratorKind", "UNIDENTIFIED").add("involvement", "CARRIED_OUT"));
        Api.Reply created = api.post("/api/cases", investigator, CaseIT.caseBody("Counted case " + cases)
                .add("violationTypes", Api.array("ASSASSINATION", "THREAT")).add("tags", Api.array("Tishreen 2019", "counted"))
                .add("parties", parties).add("sources", sources).add("assignees", Api.array(investigatorName, lawyerName))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        for (int i = 0; i < rows; i++) {
            proceeding(reference, i);
        }
        return reference;
    }

    private void proceeding(String reference, int i) {
        Api.Reply opened = api.post("/api/cases/" + reference + "/proceedings", lawyer, Api.object().add("court", "محكمة جنايات الرصافة")
                .add("lawyers", Api.array(lawyerName))
                .add("suspects", Json.createArrayBuilder().add(Api.object().add("label", "منتسب " + i))
                        .add(Api.object().add("label", "ضابط " + i))).build().toString());
        assertEquals(201, opened.status(), opened.body());
        JsonObject proceeding = opened.json();
        long id = proceeding.getJsonNumber("id").longValue();
        long suspect = proceeding.getJsonArray("suspects").getJsonObject(0).getJsonNumber("id").longValue();
        event(id, Api.object().add("type", "COMPLAINT_FILED").add("date", date(2019, 11, 2)));
        event(id, Api.object().add("type", "ARREST_WARRANT").add("date", date(2020, 1, 15))
                .add("suspects", Json.createArrayBuilder().add(suspect)));
    }

    private void event(long proceeding, JsonObjectBuilder event) {
        Api.Reply recorded = api.post("/api/proceedings/" + proceeding + "/events", lawyer, event.build().toString());
        assertEquals(201, recorded.status(), recorded.body());
    }

    private static JsonObjectBuilder date(int year, int month, int day) {
        return Api.object().add("year", year).add("month", month).add("day", day);
    }
}
