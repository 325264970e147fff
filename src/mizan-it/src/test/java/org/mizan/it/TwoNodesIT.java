package org.mizan.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.launcher.Folders;
import org.mizan.launcher.LocalPorts;
import org.mizan.launcher.PayaraProcess;
import org.mizan.platform.control.Sha256;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two Mizan nodes on one PostgreSQL and one data folder, clustered by Payara Micro's data grid, behind a balancer.
 * A user signed in through node A goes on through node B: a case form opened on A is saved
 * on B, and after A is killed with {@code kill -9} the same browser session goes on on B. A report started on A is
 * polled and downloaded on B, an evidence upload on A downloaded on B; after the kill, the report, a dry run's report
 * and an uploaded spreadsheet A took are all still there (they once lived in A's memory), and a job A was running ends
 * FAILED with a message in its owner's language instead of "running" for ever. The scheduled re-hash, whose timer
 * fires on both nodes, runs once per interval. Both nodes start at once on an empty database, as a fresh
 * installation's would.
 */
@ExtendWith(MizanServerExtension.class)
class TwoNodesIT {

    private static final Path WAR = Path.of(System.getProperty("mizan.it.war", "target/mizan.war"));
    private static final Path PAYARA = Path.of(System.getProperty("mizan.it.payara", "target/payara-micro.jar"));
    private static final Duration REHASH_EVERY = Duration.ofSeconds(15);
    private static final String MAPPING = """
            {"Name": "VICTIM_NAME", "Date": "INCIDENT_DATE", "Governorate": "GOVERNORATE", "Type": "VIOLATION_TYPE"}""";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void twoNodesServeTheSameUsersAndOneCanDie(MizanServer shared) throws Exception {
        Path work = shared.work().resolve("two-nodes");
        Folders.deleteRecursively(work);
        String dbUrl = shared.createScratchDatabase("two_nodes");
        String adminPassword = "nodes-" + UUID.randomUUID();
        int gridA = LocalPorts.free();
        int gridB = LocalPorts.free();
        List<String> members = List.of("127.0.0.1:" + gridA, "127.0.0.1:" + gridB);
        String cluster = "mizan-it-" + System.nanoTime();
        Map<String, String> env = new HashMap<>(Map.of("MIZAN_DB_URL", dbUrl, "MIZAN_DB_USER", shared.dbUser(),
                "MIZAN_DB_PASSWORD", shared.dbPassword(), "MIZAN_ADMIN_PASSWORD", adminPassword,
                "MIZAN_HOME", work.resolve("home").toString(), "MIZAN_DATA_KEY", MizanServer.DATA_KEY.encoded(),
                "MIZAN_AUDIT_KEY", MizanServer.AUDIT_KEY.encoded(), "MIZAN_SECURITY_2FA_REQUIRED_ROLES", "none",
                "MIZAN_SECURITY_TRUSTED_PROXIES", "127.0.0.1",
                "MIZAN_EVIDENCE_REHASH_INTERVAL", REHASH_EVERY.toString()));
        env.put("MIZAN_JOBS_SILENT", "PT8S");
        env.put("MIZAN_INSPECTOR_DIR", System.getProperty("mizan.it.inspector", "target/inspector"));
        List<PayaraProcess> nodes = new ArrayList<>();
        try {
            PayaraProcess a = node(env, "node-a", gridA, cluster, members, work);
            nodes.add(a);
            PayaraProcess b = node(env, "node-b", gridB, cluster, members, work);
            nodes.add(b);
            a.awaitReady(MizanServer.START_LIMIT);
            b.awaitReady(MizanServer.START_LIMIT);
            URI onA = URI.create("http://127.0.0.1:" + a.port() + "/");
            URI onB = URI.create("http://127.0.0.1:" + b.port() + "/");
            Api apiA = Api.against(onA);
            Api apiB = Api.against(onB);

            String admin = apiA.token(MizanServer.ADMIN, adminPassword);
            String investigatorName = apiA.createUserWith(admin, "nodes", "INVESTIGATOR");
            String investigator = apiA.token(investigatorName, Api.USER_PASSWORD);
            assertEquals(200, apiB.get("/api/cases", investigator).status(), "a token taken on A works on B");
            Api.Reply created = apiA.post("/api/cases", investigator, CaseIT.caseBody("Two nodes").build().toString());
            assertEquals(201, created.status(), created.body());
            String reference = created.json().getString("reference");

            // An upload on A, downloaded on B: the bytes are in the shared data folder, the row in the shared database.
            byte[] video = new byte[300_000];
            new java.util.Random(7).nextBytes(video);
            Api.Reply uploaded = apiA.send(apiA.builder("/api/cases/" + reference + "/evidence?name="
                            + URLEncoder.encode("clip.bin", StandardCharsets.UTF_8), investigator)
                    .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(video)).build());
            assertEquals(201, uploaded.status(), uploaded.body());
            long item = uploaded.json().getJsonNumber("id").longValue();
            HttpResponse<byte[]> content = CLIENT.send(apiB.builder("/api/evidence/" + item + "/content", investigator).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, content.statusCode());
            assertArrayEquals(video, content.body());

            // A report started on A, polled and downloaded on B.
            String day = java.time.LocalDate.now().toString();
            Api.Reply started = apiA.post("/api/reports/periodic", investigator,
                    Api.object().add("from", day).add("to", day).add("audience", "INTERNAL").add("lang", "en").build().toString());
            assertEquals(202, started.status(), started.body());
            String job = URI.create(started.header("Location")).getPath();
            JsonObject status = apiB.get(job, investigator).json();
            for (Instant end = Instant.now().plus(Duration.ofMinutes(3)); !"READY".equals(status.getString("state"))
                    && !"FAILED".equals(status.getString("state")) && Instant.now().isBefore(end); ) {
                Thread.sleep(250);
                status = apiB.get(job, investigator).json();
            }
            assertEquals("READY", status.getString("state"), status.toString());
            HttpResponse<byte[]> pdf = CLIENT.send(apiB.builder(job + "/pdf", investigator).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertEquals(status.getString("sha256"), Sha256.hex(pdf.body()));

            // A spreadsheet uploaded and dry-run on A; and a dry run A is running when it dies.
            byte[] csv = ("Name,Date,Governorate,Type\r\nعلي حسين الساعدي,2020-08-19,بغداد,اغتيال\r\n"
                    + "حسن علي,32/13/2020,Atlantis,اغتيال\r\n").getBytes(StandardCharsets.UTF_8);
            String spreadsheet = ImportIT.upload(apiA, investigator, csv, "cases.csv").getString("uploadId");
            JsonObject dryRun = ImportIT.finished(apiA, investigator, ImportIT.dryRun(apiA, investigator, spreadsheet, "en", MAPPING));
            assertEquals(1, dryRun.getInt("rowsInvalid"), dryRun.toString());
            String cutShort = leaveRunningOnA(dbUrl, shared, investigatorName);

            // The browser: signed in through A, a form opened on A and saved on B, then A dies and B goes on.
            try (Balancer balancer = new Balancer(LocalPorts.free(), onA);
                 Browser browser = new Browser(balancer.uri(), work)) {
                try {
                    browser.signIn(investigatorName, Api.USER_PASSWORD);
                    browser.open("/cases/case.xhtml?ref=" + reference);
                    String typed = "Narrative typed on a page node A served, saved by node B.";
                    browser.type("case:tabs:narrative", typed);
                    balancer.sendTo(onB);
                    browser.clickAndAwaitAjax("case:save");
                    browser.await().until(d -> typed.equals(apiB.get("/api/cases/" + reference, investigator).json()
                            .getString("narrative")));
                    assertFalse(browser.driver().getCurrentUrl().contains("login"), browser.driver().getCurrentUrl());

                    balancer.sendTo(onA);
                    browser.open("/cases/case.xhtml?ref=" + reference);
                    assertEquals(typed, browser.find("case:tabs:narrative").getAttribute("value"));
                    ProcessHandle.of(a.pid()).ifPresent(ProcessHandle::destroyForcibly);
                    a.close();
                    balancer.sendTo(onB);
                    String after = "Saved on B after A was killed.";
                    browser.type("case:tabs:narrative", after);
                    browser.clickAndAwaitAjax("case:save");
                    browser.await().until(d -> after.equals(apiB.get("/api/cases/" + reference, investigator).json()
                            .getString("narrative")));
                    browser.open("/cases/list.xhtml");
                    assertTrue(browser.driver().getCurrentUrl().contains("/cases/list.xhtml"),
                            "still signed in on B: " + browser.driver().getCurrentUrl());
                    browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("cases:new")));
                    assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
                } catch (AssertionError | RuntimeException e) {
                    browser.screenshot("two-nodes");
                    throw e;
                }
            }

            // What A took is B's to serve now.
            HttpResponse<byte[]> again = CLIENT.send(apiB.builder(job + "/pdf", investigator).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertArrayEquals(pdf.body(), again.body(), "the report A made, byte for byte, after A's death");
            JsonObject dryRunOnB = apiB.get("/api/imports/jobs/" + dryRun.getString("id"), investigator).json();
            assertEquals(dryRun.getJsonArray("errors"), dryRunOnB.getJsonArray("errors"), dryRunOnB.toString());
            assertEquals(200, apiB.get("/api/imports/uploads/" + spreadsheet, investigator).status(), "the upload too");
            String other = apiB.token(apiB.createUserWith(apiB.token(MizanServer.ADMIN, adminPassword), "other", "INVESTIGATOR"),
                    Api.USER_PASSWORD);
            assertEquals(404, apiB.get(job, other).status(), "still its owner's alone");
            assertEquals(404, apiB.get("/api/imports/uploads/" + spreadsheet, other).status());
            JsonObject interrupted = null;
            for (Instant end = Instant.now().plus(Duration.ofSeconds(40)); Instant.now().isBefore(end); Thread.sleep(500)) {
                interrupted = apiB.send(apiB.builder("/api/imports/jobs/" + cutShort, investigator)
                        .header("Accept-Language", "ar").GET().build()).json();
                if (!"RUNNING".equals(interrupted.getString("state"))) {
                    break;
                }
            }
            assertEquals("FAILED", interrupted.getString("state"), "A's job is not left running for ever: " + interrupted);
            assertTrue(interrupted.getString("error").contains("توقف الخادم"), interrupted.toString());
            assertEquals(202, apiB.post("/api/imports/uploads/" + spreadsheet + "/dry-run", investigator,
                    "{\"mapping\": " + MAPPING + "}").status(), "the interrupted job no longer holds the user's one import");

            for (String name : List.of("node-a", "node-b")) {
                String log = java.nio.file.Files.readString(work.resolve(name + ".log"));
                assertFalse(log.contains("Cannot serialize session attribute"), name + " kept something in a session that "
                        + "cannot move to another node; see " + work.resolve(name + ".log"));
            }

            // The re-hash: both nodes' timers fire every interval, and one run happens per interval.
            List<Instant> rehashes = rehashes(dbUrl, shared, item);
            for (Instant end = Instant.now().plus(REHASH_EVERY.multipliedBy(4)); rehashes.size() < 3 && Instant.now().isBefore(end); ) {
                Thread.sleep(1000);
                rehashes = rehashes(dbUrl, shared, item);
            }
            assertTrue(rehashes.size() >= 1, "the scheduled re-hash ran: " + rehashes);
            for (int i = 1; i < rehashes.size(); i++) {
                Duration apart = Duration.between(rehashes.get(i - 1), rehashes.get(i));
                assertTrue(apart.compareTo(REHASH_EVERY.multipliedBy(8).dividedBy(10)) >= 0,
                        "two re-hashes " + apart + " apart: both nodes ran it (" + rehashes + ")");
            }
        } finally {
            nodes.forEach(PayaraProcess::close);
            shared.dropScratchDatabase(dbUrl);
        }
    }

    private static PayaraProcess node(Map<String, String> env, String name, int gridPort, String cluster, List<String> members,
                                      Path work) throws Exception {
        Map<String, String> nodeEnv = new HashMap<>(env);
        nodeEnv.put("MIZAN_NODE_NAME", name);
        return PayaraProcess.start(PAYARA, WAR, LocalPorts.free(), work.resolve(name + "-root"), nodeEnv,
                work.resolve(name + ".log"), new PayaraProcess.Cluster(cluster, name, gridPort, members, true));
    }

    /** A dry run as a crash of node A leaves it: RUNNING, on A, with A then gone. */
    private static String leaveRunningOnA(String dbUrl, MizanServer shared, String owner) throws Exception {
        String id = "0123456789abcdef0123456789abcdef";
        try (Connection c = DriverManager.getConnection(dbUrl, shared.dbUser(), shared.dbPassword());
             java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO background_job (id, job_group, kind, owner, "
                     + "node, state, progress, submitted_at, heartbeat_at) VALUES (?, 'import', 'dry run', ?, 'node-a', "
                     + "'RUNNING', 0.4, now(), now())")) {
            insert.setString(1, id);
            insert.setString(2, owner);
            insert.executeUpdate();
        }
        return id;
    }

    private static List<Instant> rehashes(String dbUrl, MizanServer shared, long item) throws Exception {
        List<Instant> at = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(dbUrl, shared.dbUser(), shared.dbPassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT occurred_at FROM evidence_custody WHERE action = 'REHASH' AND item_id = "
                     + item + " ORDER BY occurred_at")) {
            while (rs.next()) {
                at.add(rs.getTimestamp(1).toInstant());
            }
        }
        return at;
    }
}
