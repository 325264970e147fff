package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.launcher.EmbeddedDatabase;
import org.mizan.launcher.Folders;
import org.mizan.launcher.LocalPorts;
import org.mizan.launcher.PayaraProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * During a PostgreSQL outage requests once stalled about 10 s and then answered 500, most with no body at all
 * (the bearer-token lookup failed inside the authentication mechanism). Every request answers 503 problem+json with
 * Retry-After within a couple of seconds instead, and the server is itself again once the database is back.
 * A server of its own, on a PostgreSQL of its own that the test stops and starts.
 */
@ExtendWith(MizanServerExtension.class)
class DatabaseOutageIT {

    @Test
    void duringAnOutageEveryRequestIsA503WithRetryAfterAndAfterwardsAllIsWell(MizanServer shared) throws Exception {
        Path work = shared.work().resolve("outage");
        Folders.deleteRecursively(work);
        Path data = work.resolve("postgres");
        int dbPort = LocalPorts.free();
        String adminPassword = "outage-" + UUID.randomUUID();
        EmbeddedDatabase database = EmbeddedDatabase.start(data, dbPort);
        Map<String, String> env = Map.of("MIZAN_DB_URL", database.jdbcUrl(), "MIZAN_DB_USER", EmbeddedDatabase.USER,
                "MIZAN_DB_PASSWORD", "unused-trust-auth", "MIZAN_ADMIN_PASSWORD", adminPassword,
                "MIZAN_HOME", work.resolve("home").toString(), "MIZAN_DATA_KEY", MizanServer.DATA_KEY.encoded(),
                "MIZAN_AUDIT_KEY", MizanServer.AUDIT_KEY.encoded(), "MIZAN_SECURITY_2FA_REQUIRED_ROLES", "none");
        try (PayaraProcess payara = PayaraProcess.start(Path.of(System.getProperty("mizan.it.payara", "target/payara-micro.jar")),
                Path.of(System.getProperty("mizan.it.war", "target/mizan.war")), LocalPorts.free(), work.resolve("payara-root"),
                env, work.resolve("payara.log"))) {
            payara.awaitReady(Duration.ofMinutes(3));
            Api api = Api.against(java.net.URI.create("http://localhost:" + payara.port()));
            String admin = api.token(MizanServer.ADMIN, adminPassword);
            assertEquals(200, api.get("/api/users", admin).status());

            database.close();
            database = null;
            for (String path : new String[]{"/api/users", "/api/cases"}) {
                long start = System.nanoTime();
                Api.Reply reply = api.get(path, admin);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(503, reply.status(), path + ": " + reply.body());
                assertTrue(String.valueOf(reply.contentType()).startsWith("application/problem+json"), reply.contentType());
                assertEquals("60", reply.header("Retry-After"));
                System.out.println("DatabaseOutageIT: " + path + " answered 503 in " + millis + " ms");
                assertTrue(millis < 3_000, path + " took " + millis + " ms");
            }
            Api.Reply signIn = api.signIn(MizanServer.ADMIN, adminPassword, null);
            assertEquals(503, signIn.status(), signIn.body());

            database = EmbeddedDatabase.start(data, dbPort);
            long deadline = System.currentTimeMillis() + 60_000;
            int status = 0;
            while (System.currentTimeMillis() < deadline && status != 200) {
                status = api.get("/api/users", admin).status();
                Thread.sleep(500);
            }
            assertEquals(200, status, "the same token works once the database is back");
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }
}
