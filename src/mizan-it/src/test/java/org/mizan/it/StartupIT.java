package org.mizan.it;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.mizan.launcher.EmbeddedDatabase;
import org.mizan.launcher.LocalPorts;
import org.mizan.launcher.PayaraProcess;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Start-up as an operator meets it: the run command's launcher keeps data (and its data key) across a
 * restart, a migration that fails stops the server with a clear message instead of serving a broken schema,
 * and a database that comes up after the server (the run command starts both at once) is waited for.
 */
@ExtendWith(MizanServerExtension.class)
class StartupIT {

    private static final Path WAR = Path.of(System.getProperty("mizan.it.war", "target/mizan.war"));
    private static final Path PAYARA = Path.of(System.getProperty("mizan.it.payara", "target/payara-micro.jar"));

    @Test
    void aFailedMigrationStopsTheServerWithAClearMessage(MizanServer server) throws Exception {
        String url = server.createScratchDatabase("mizan_broken");
        try (Connection c = DriverManager.getConnection(url, server.dbUser(), server.dbPassword());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE app_user (id INTEGER)"); // V1 will collide with it
        }
        Path log = server.work().resolve("broken-migration.log");
        try (PayaraProcess payara = PayaraProcess.start(PAYARA, WAR, LocalPorts.free(), server.work().resolve("broken-root"),
                Map.of("MIZAN_DB_URL", url, "MIZAN_DB_USER", server.dbUser(), "MIZAN_DB_PASSWORD", server.dbPassword(),
                        "MIZAN_ADMIN_PASSWORD", "never used password"), log)) {
            IOException stopped = assertThrows(IOException.class, () -> payara.awaitReady(MizanServer.START_LIMIT));
            assertTrue(stopped.getMessage().contains("stopped during start-up"), stopped.getMessage());
        }
        String output = Files.readString(log);
        assertTrue(output.contains("MIZAN START-UP STOPPED: the database migration failed"), "clear message in the log");
        server.dropScratchDatabase(url);
    }

    @Test
    void aDatabaseThatComesUpAfterTheServerIsWaitedFor(MizanServer server) throws Exception {
        Path work = server.work().resolve("late-database");
        org.mizan.launcher.Folders.deleteRecursively(work);
        int dbPort = LocalPorts.free();
        String adminPassword = "late-" + java.util.UUID.randomUUID();
        Path log = work.resolve("payara.log");
        Map<String, String> env = Map.of("MIZAN_DB_URL", EmbeddedDatabase.jdbcUrl(dbPort), "MIZAN_DB_USER", EmbeddedDatabase.USER,
                "MIZAN_DB_PASSWORD", "unused-trust-auth", "MIZAN_ADMIN_PASSWORD", adminPassword,
                "MIZAN_HOME", work.resolve("home").toString(), "MIZAN_DATA_KEY", MizanServer.DATA_KEY.encoded(),
                "MIZAN_AUDIT_KEY", MizanServer.AUDIT_KEY.encoded(), "MIZAN_SECURITY_2FA_REQUIRED_ROLES", "none");
        try (PayaraProcess payara = PayaraProcess.start(PAYARA, WAR, LocalPorts.free(), work.resolve("payara-root"), env, log)) {
            awaitInLog(log, "Mizan is waiting for its database", "the server asks for the database before there is one");
            try (EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres"), dbPort)) {
                payara.awaitReady(MizanServer.START_LIMIT);
                Api api = Api.against(URI.create("http://localhost:" + payara.port()));
                assertEquals(200, api.get("/api/me", api.token(MizanServer.ADMIN, adminPassword)).status());
            }
        }
    }

    /** Waits for {@code text} in a server's log; fails as soon as the server says it stopped or failed to deploy. */
    private static void awaitInLog(Path log, String text, String why) throws Exception {
        long deadline = System.nanoTime() + MizanServer.START_LIMIT.toNanos();
        while (true) {
            String output = Files.exists(log) ? Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
            if (output.contains(text)) {
                return;
            }
            assertFalse(output.contains("MIZAN START-UP STOPPED") || output.contains("Exception while loading the app"),
                    why + ": the server failed instead");
            assertTrue(System.nanoTime() < deadline, why + ": not within " + MizanServer.START_LIMIT);
            Thread.sleep(250);
        }
    }

    @Test
    void theRunCommandKeepsDataAcrossARestart(MizanServer server) throws Exception {
        Path home = server.work().resolve("launcher-home");
        org.mizan.launcher.Folders.deleteRecursively(home);
        int port = LocalPorts.free();
        String password = "keep this secret 2026";
        Process first = launch(home, port, password, server.work().resolve("launcher-1.log"));
        String user;
        try {
            awaitReady(first, port);
            Api api = Api.against(URI.create("http://localhost:" + port));
            user = api.createUserWith(api.token("admin", password), "kept", "LAWYER");
        } finally {
            stop(first);
        }
        Path keyFile = home.resolve("data.key");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)),
                "the data key is created once, readable by its owner only");
        String key = Files.readString(keyFile);
        Process second = launch(home, port, "a different password now", server.work().resolve("launcher-2.log"));
        try {
            awaitReady(second, port);
            Api api = Api.against(URI.create("http://localhost:" + port));
            String token = api.token("admin", password);
            assertEquals(200, api.get("/api/users/" + user, token).status(), "the user made before the restart is still there");
            assertTrue(api.get("/api/audit/verify", token).json().getBoolean("valid"));
            Api.Reply lawyer = api.signIn(user, Api.USER_PASSWORD, null);
            assertEquals(401, lawyer.status(), lawyer.body());
            assertEquals(Messages.in(Locale.ENGLISH).get("problem.otpEnrolmentRequired"), lawyer.json().getString("detail"),
                    "the second-factor setting reaches the server through the run command's environment");
        } finally {
            stop(second);
        }
        assertEquals(key, Files.readString(keyFile), "the second start uses the same key");
    }

    /** The launcher as {@code mvn -Prun} starts it, with the embedded PostgreSQL. */
    private static Process launch(Path home, int port, String adminPassword, Path log) throws IOException {
        // 192 MiB: on a machine that has never run it, the launcher first unpacks the PostgreSQL binaries
        // (xz, with a large dictionary), which a 64 MiB heap could not do.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-Dmizan.war=" + WAR, "-Dmizan.payara=" + PAYARA,
                "-cp", System.getProperty("java.class.path"), "org.mizan.launcher.MizanLauncher"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("MIZAN_"));
        // A second factor for lawyers only: the administrator scripts this test with a password, as no phone is at hand.
        builder.environment().putAll(Map.of("MIZAN_HOME", home.toString(), "MIZAN_HTTP_PORT", Integer.toString(port),
                "MIZAN_EMBEDDED_DB_PORT", Integer.toString(LocalPorts.free()), "MIZAN_ADMIN_PASSWORD", adminPassword,
                "MIZAN_SECURITY_2FA_REQUIRED_ROLES", "LAWYER"));
        return builder.start();
    }

    private static void awaitReady(Process launcher, int port) throws Exception {
        URI ready = URI.create("http://localhost:" + port + "/health/ready");
        long deadline = System.nanoTime() + MizanServer.START_LIMIT.toNanos();
        while (!PayaraProcess.isReady(ready)) {
            assertTrue(launcher.isAlive(), "the launcher stopped during start-up");
            assertTrue(System.nanoTime() < deadline, "not ready within " + MizanServer.START_LIMIT);
            Thread.sleep(250);
        }
    }

    /** Ctrl-C, as a person would: the launcher's shutdown hook stops Payara and PostgreSQL. */
    private static void stop(Process launcher) throws InterruptedException {
        launcher.destroy();
        if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }
}
