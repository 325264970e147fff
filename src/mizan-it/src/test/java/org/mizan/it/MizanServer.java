package org.mizan.it;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.mizan.launcher.EmbeddedDatabase;
import org.mizan.launcher.Folders;
import org.mizan.launcher.LocalPorts;
import org.mizan.launcher.PayaraProcess;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The built WAR on a real Payara Micro (a separate process) against a real PostgreSQL, started
 * once per test run and shared by every integration and browser test.
 *
 * <p>The database: if {@code MIZAN_TEST_DB_URL} names a PostgreSQL server (an administrative
 * connection, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}), a fresh database is created
 * there and dropped afterwards; otherwise an embedded PostgreSQL is started under {@code target/it}.
 */
public final class MizanServer implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    /**
     * How long a test server may take to become ready: some 30 s on a quiet 2-core machine, but more than 3 minutes
     * when other builds share it (a load of 20 was measured), which failed whole runs for no fault of Mizan's.
     */
    public static final Duration START_LIMIT = Duration.ofMinutes(6);

    public static final String ADMIN = "admin";
    public static final long EVIDENCE_MAX_BYTES = 8L * 1024 * 1024;
    /** The data-encryption key of the test server; tests use it to read what the server stored. */
    public static final org.mizan.contacts.control.DataKey DATA_KEY = org.mizan.contacts.control.DataKey.generate();
    /** The audit key of the test server, so that another server started on its database can seal the same trail. */
    public static final org.mizan.audit.control.AuditKey AUDIT_KEY = org.mizan.audit.control.AuditKey.generate();

    private final Path work;
    private final String adminPassword = "it-secret-" + UUID.randomUUID();
    private EmbeddedDatabase embedded;
    private String adminDbUrl;
    private String dbName;
    private String dbUrl;
    private String dbUser;
    private String dbPassword;
    private PayaraProcess payara;

    private MizanServer(Path work) {
        this.work = work;
    }

    static MizanServer start() throws Exception {
        Path work = Path.of(System.getProperty("mizan.it.work", "target/it"));
        MizanServer server = new MizanServer(work);
        try {
            server.startDatabase();
            server.startPayara();
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void startDatabase() throws IOException, SQLException {
        String configured = System.getenv("MIZAN_TEST_DB_URL");
        dbUser = envOr("MIZAN_TEST_DB_USER", "postgres");
        dbPassword = envOr("MIZAN_TEST_DB_PASSWORD", "");
        if (configured == null || configured.isBlank()) {
            Path data = work.resolve("postgres");
            Folders.deleteRecursively(data);
            embedded = EmbeddedDatabase.start(data, LocalPorts.free());
            dbUrl = embedded.jdbcUrl();
            dbUser = EmbeddedDatabase.USER;
            return;
        }
        adminDbUrl = configured;
        dbName = "mizan_it_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(adminDbUrl, dbUser, dbPassword); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + dbName + " ENCODING 'UTF8' TEMPLATE template0");
        }
        dbUrl = adminDbUrl.substring(0, adminDbUrl.lastIndexOf('/') + 1) + dbName;
    }

    private void startPayara() throws IOException, InterruptedException {
        int port = LocalPorts.free();
        // Checkpoints of an earlier run's trail (an earlier database) would say this fresh trail was emptied.
        java.nio.file.Files.deleteIfExists(work.resolve("home").resolve("audit-checkpoints.log"));
        Map<String, String> env = Map.ofEntries(
                Map.entry("MIZAN_DB_URL", dbUrl),
                Map.entry("MIZAN_DB_USER", dbUser),
                Map.entry("MIZAN_DB_PASSWORD", dbPassword.isEmpty() ? "unused-trust-auth" : dbPassword),
                Map.entry("MIZAN_ADMIN_PASSWORD", adminPassword),
                Map.entry("MIZAN_HOME", work.resolve("home").toString()),
                Map.entry("MIZAN_DATA_KEY", DATA_KEY.encoded()),
                // Tests pose as many client addresses through X-Forwarded-For, as a reverse proxy would send.
                Map.entry("MIZAN_SECURITY_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1"),
                // A small evidence limit, so a test can go over it without sending gigabytes.
                Map.entry("MIZAN_EVIDENCE_MAX_BYTES", Long.toString(EVIDENCE_MAX_BYTES)),
                // Leftovers of cut-off uploads become sweepable after 2 s instead of an hour.
                Map.entry("MIZAN_EVIDENCE_SWEEP_GRACE", "PT2S"),
                // The inspection worker that `package` installs beside the WAR.
                Map.entry("MIZAN_INSPECTOR_DIR", System.getProperty("mizan.it.inspector", "target/inspector")),
                // An inspection postponed by a failing disk is tried again after 1 s, then 2 s, 4 s…, not 30 s.
                Map.entry("MIZAN_INSPECTOR_RETRY_AFTER", "PT1S"),
                // Nobody must have a second factor here, so the hundreds of users the suite makes sign in with a password
                // alone; SecondFactorIT and its journey turn it on for their own users (offered to all, or demanded by an
                // administrator's reset), which runs the same checks a required role does.
                Map.entry("MIZAN_SECURITY_2FA_REQUIRED_ROLES", "none"),
                Map.entry("MIZAN_AUDIT_KEY", AUDIT_KEY.encoded()),
                // Throttled sign-ins wait 5 s after the fifth failure instead of 30 s, so ThrottleIT can watch the delay grow.
                Map.entry("MIZAN_SECURITY_LOGIN_FIRST_DELAY", "PT" + ThrottleIT.FIRST_DELAY_SECONDS + "S"),
                // The schedule as the launcher hands it to the server, for the backups page (BackupScheduleIT runs it by hand).
                Map.entry("MIZAN_BACKUP_EVERY", "PT24H"),
                Map.entry("MIZAN_BACKUP_TO", work.resolve("backup-schedule-it").toAbsolutePath().toString()),
                Map.entry("MIZAN_BACKUP_KEEP", "1"),
                // Both compilers, as in production: this server runs the whole suite (the short-lived ones get C1 only).
                Map.entry("JDK_JAVA_OPTIONS", ""));
        payara = PayaraProcess.start(Path.of(System.getProperty("mizan.it.payara", "target/payara-micro.jar")),
                Path.of(System.getProperty("mizan.it.war", "target/mizan.war")), port, work.resolve("payara-root"),
                env, work.resolve("payara.log"));
        payara.awaitReady(START_LIMIT);
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + payara.port() + path);
    }

    public String adminPassword() {
        return adminPassword;
    }

    public Connection sql() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    /** A new, empty database on the same PostgreSQL server, for tests that need a server of their own. */
    public String createScratchDatabase(String prefix) throws SQLException {
        String name = prefix + "_" + System.nanoTime();
        String admin = adminDbUrl != null ? adminDbUrl : "jdbc:postgresql://localhost:" + embedded.port() + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, dbUser, dbPassword); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return admin.substring(0, admin.lastIndexOf('/') + 1) + name;
    }

    /** Drops a database {@link #createScratchDatabase} made, once its tests are done with it. */
    public void dropScratchDatabase(String url) throws SQLException {
        String admin = adminDbUrl != null ? adminDbUrl : "jdbc:postgresql://localhost:" + embedded.port() + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, dbUser, dbPassword); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1) + " WITH (FORCE)");
        }
    }

    /** The test server's database, as the launcher's commands take it. */
    public org.mizan.launcher.DatabaseLocation database() {
        return new org.mizan.launcher.DatabaseLocation(dbUrl, dbUser, dbPassword());
    }

    public String dbUser() {
        return dbUser;
    }

    public String dbPassword() {
        return dbPassword.isEmpty() ? "unused-trust-auth" : dbPassword;
    }

    public Path work() {
        return work;
    }

    @Override
    public void close() {
        if (payara != null) {
            payara.close();
        }
        try {
            if (embedded != null) {
                embedded.close();
            }
            if (dbName != null) {
                try (Connection c = DriverManager.getConnection(adminDbUrl, dbUser, dbPassword);
                     Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)");
                }
            }
        } catch (IOException | SQLException e) {
            System.err.println("Test database not cleaned up: " + e.getMessage());
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

}
