package org.mizan.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.launcher.Folders;
import org.mizan.launcher.LocalPorts;
import org.mizan.launcher.PayaraProcess;
import org.mizan.platform.control.Sha256;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Report jobs, uploaded spreadsheets and import jobs lived in one server's memory: a restart forgot them, and a page
 * polling a report then answered 404 for ever (issue 21, item 2). They are stored now: after a {@code kill -9} and a
 * start, the finished report downloads byte for byte, the dry run's report and the upload are still there, and a job
 * the crash cut short ends FAILED with a message in the owner's language instead of "running" for ever. A server of
 * its own, killed and started again on a scratch database of the shared PostgreSQL.
 */
@ExtendWith(MizanServerExtension.class)
class JobsSurviveRestartIT {

    private static final Path WAR = Path.of(System.getProperty("mizan.it.war", "target/mizan.war"));
    private static final Path PAYARA = Path.of(System.getProperty("mizan.it.payara", "target/payara-micro.jar"));
    private static final String MAPPING = """
            {"Name": "VICTIM_NAME", "Date": "INCIDENT_DATE", "Governorate": "GOVERNORATE", "Type": "VIOLATION_TYPE"}""";

    @Test
    void whatJobsProducedOutlivesAKillAndWhatTheKillCutShortEndsFailed(MizanServer shared) throws Exception {
        Path work = shared.work().resolve("jobs-restart");
        Folders.deleteRecursively(work);
        String dbUrl = shared.createScratchDatabase("jobs_restart");
        String adminPassword = "jobs-" + UUID.randomUUID();
        Map<String, String> env = Map.of("MIZAN_DB_URL", dbUrl, "MIZAN_DB_USER", shared.dbUser(),
                "MIZAN_DB_PASSWORD", shared.dbPassword(), "MIZAN_ADMIN_PASSWORD", adminPassword,
                "MIZAN_HOME", work.resolve("home").toString(), "MIZAN_DATA_KEY", MizanServer.DATA_KEY.encoded(),
                "MIZAN_AUDIT_KEY", MizanServer.AUDIT_KEY.encoded(), "MIZAN_SECURITY_2FA_REQUIRED_ROLES", "none",
                "MIZAN_NODE_NAME", "node-a", "MIZAN_INSPECTOR_DIR", System.getProperty("mizan.it.inspector", "target/inspector"));
        int port = LocalPorts.free();
        PayaraProcess payara = start(env, port, work, 1);
        try {
            Api api = Api.against(URI.create("http://localhost:" + port));
            String investigatorName = api.createUserWith(api.token(MizanServer.ADMIN, adminPassword), "jobs", "INVESTIGATOR");
            String investigator = api.token(investigatorName, Api.USER_PASSWORD);
            String other = api.token(api.createUserWith(api.token(MizanServer.ADMIN, adminPassword), "other", "INVESTIGATOR"),
                    Api.USER_PASSWORD);

            String report = reportJob(api, investigator);
            JsonObject ready = poll(api, investigator, report, "READY");
            byte[] pdf = download(api, investigator, report + "/pdf");
            assertEquals(ready.getString("sha256"), Sha256.hex(pdf));

            byte[] csv = ("Name,Date,Governorate,Type\r\nعلي حسين الساعدي,2020-08-19,بغداد,اغتيال\r\n"
                    + "حسن علي,32/13/2020,Atlantis,اغتيال\r\n").getBytes(StandardCharsets.UTF_8);
            String uploadId = ImportIT.upload(api, investigator, csv, "cases.csv").getString("uploadId");
            JsonObject dryRun = ImportIT.finished(api, investigator, ImportIT.dryRun(api, investigator, uploadId, "en", MAPPING));
            assertEquals(1, dryRun.getInt("rowsInvalid"), dryRun.toString());

            String cutShort = "0123456789abcdef0123456789abcdef";
            leaveRunning(dbUrl, shared, cutShort, investigatorName);
            assertEquals("RUNNING", api.get("/api/imports/jobs/" + cutShort, investigator).json().getString("state"));

            ProcessHandle.of(payara.pid()).ifPresent(ProcessHandle::destroyForcibly);
            payara.close();
            payara = start(env, port, work, 2);

            assertEquals(ready, api.get(report, investigator).json(), "the report's job is as it was before the kill");
            assertArrayEquals(pdf, download(api, investigator, report + "/pdf"), "the same file, byte for byte");
            assertEquals(404, api.get(report, other).status(), "still its owner's alone");
            assertEquals(404, api.get(report + "/pdf", other).status());

            JsonObject dryRunAfter = api.get("/api/imports/jobs/" + dryRun.getString("id"), investigator).json();
            assertEquals(dryRun.getJsonArray("errors"), dryRunAfter.getJsonArray("errors"), dryRunAfter.toString());
            assertEquals(dryRun.getInt("casesCreated"), dryRunAfter.getInt("casesCreated"));
            assertEquals(200, api.get("/api/imports/uploads/" + uploadId, investigator).status(), "the upload is still there");
            assertEquals(404, api.get("/api/imports/uploads/" + uploadId, other).status());

            Api.Reply interrupted = api.send(api.builder("/api/imports/jobs/" + cutShort, investigator)
                    .header("Accept-Language", "ar").GET().build());
            assertEquals("FAILED", interrupted.json().getString("state"), interrupted.body());
            assertTrue(interrupted.json().getString("error").contains("توقف الخادم"), interrupted.body());
            Api.Reply importAgain = api.post("/api/imports/uploads/" + uploadId + "/dry-run", investigator,
                    "{\"mapping\": " + MAPPING + "}");
            assertEquals(202, importAgain.status(), "the interrupted job no longer holds the user's one import: " + importAgain.body());
        } finally {
            payara.close();
            shared.dropScratchDatabase(dbUrl);
        }
    }

    private static PayaraProcess start(Map<String, String> env, int port, Path work, int run) throws Exception {
        PayaraProcess payara = PayaraProcess.start(PAYARA, WAR, port, work.resolve("payara-root"), env,
                work.resolve("payara-" + run + ".log"));
        payara.awaitReady(MizanServer.START_LIMIT);
        return payara;
    }

    private static String reportJob(Api api, String token) {
        String day = java.time.LocalDate.now().toString();
        Api.Reply started = api.post("/api/reports/periodic", token,
                Api.object().add("from", day).add("to", day).add("audience", "INTERNAL").add("lang", "ar").build().toString());
        assertEquals(202, started.status(), started.body());
        return URI.create(started.header("Location")).getPath();
    }

    private static JsonObject poll(Api api, String token, String job, String state) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonObject status = api.get(job, token).json();
        while (!state.equals(status.getString("state")) && !"FAILED".equals(status.getString("state"))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = api.get(job, token).json();
        }
        assertEquals(state, status.getString("state"), status.toString());
        return status;
    }

    private static byte[] download(Api api, String token, String path) throws Exception {
        HttpResponse<byte[]> reply = java.net.http.HttpClient.newHttpClient()
                .send(api.builder(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, reply.statusCode());
        return reply.body();
    }

    /** A dry run as a crash leaves it: RUNNING on node-a, which is then killed. */
    private static void leaveRunning(String dbUrl, MizanServer shared, String id, String owner) throws Exception {
        try (Connection c = DriverManager.getConnection(dbUrl, shared.dbUser(), shared.dbPassword());
             PreparedStatement insert = c.prepareStatement("INSERT INTO background_job (id, job_group, kind, owner, node, state, "
                     + "progress, submitted_at, heartbeat_at) VALUES (?, 'import', 'dry run', ?, 'node-a', 'RUNNING', 0.4, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setString(1, id);
            insert.setString(2, owner);
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            insert.executeUpdate();
        }
    }
}
