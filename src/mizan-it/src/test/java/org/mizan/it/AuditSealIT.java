package org.mizan.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.audit.control.AuditHash;
import org.mizan.audit.entity.AuditEntry;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.launcher.Folders;
import org.mizan.launcher.LocalPorts;
import org.mizan.launcher.PayaraProcess;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail against whoever owns the database: removing the newest entries or
 * rewriting the last one, directly in the database, is reported by verification naming the first entry
 * affected — also after a restart, and by the offline check. A server of its own, on a database of its
 * own, because these tests break the trail on purpose.
 */
@ExtendWith(MizanServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditSealIT {

    private static final Path WAR = Path.of(System.getProperty("mizan.it.war", "target/mizan.war"));
    private static final Path PAYARA = Path.of(System.getProperty("mizan.it.payara", "target/payara-micro.jar"));

    private final MizanServer shared;
    private final String adminPassword = "audit seal " + UUID.randomUUID();
    private final String dataKey = org.mizan.contacts.control.DataKey.generate().encoded();
    private String dbUrl;
    private Path home;
    private Path shippedCopy;
    private int port;
    private int starts;
    private PayaraProcess payara;
    private boolean running;
    private Api api;

    AuditSealIT(MizanServer shared) {
        this.shared = shared;
    }

    @BeforeAll
    void startOwnServer() throws Exception {
        dbUrl = shared.createScratchDatabase("mizan_audit_seal");
        home = shared.work().resolve("audit-seal-home");
        Folders.deleteRecursively(home);
        shippedCopy = shared.work().resolve("audit-seal-shipped").resolve("checkpoints.log");
        Folders.deleteRecursively(shippedCopy.getParent());
        port = LocalPorts.free();
        start();
    }

    @AfterAll
    void stopOwnServer() throws SQLException {
        if (payara != null) {
            payara.close();
        }
        if (dbUrl != null) {
            shared.dropScratchDatabase(dbUrl);
        }
    }

    @Test
    void aRewrittenLastEntryIsNamedThoughItsPlainHashWasRecomputed() throws Exception {
        String token = adminToken();
        api.createUserWith(token, "sealed", "LAWYER");
        assertTrue(verify(token).getBoolean("valid"));
        long last = lastSeq();
        Row original = row(last);
        AuditEntry forged = new AuditEntry(last, original.occurredAt(), new AuditEvent(original.username(),
                original.clientAddress(), original.action(), original.target(), Outcome.valueOf(original.outcome()),
                "nothing to see here"), original.previousHash());
        try {
            // What the owner of the database can do: edit the entry, and seal it again the only way open to them.
            rewrite(last, "nothing to see here", AuditHash.of(forged), null);
            JsonObject after = verify(token);
            assertFalse(after.getBoolean("valid"), after.toString());
            assertEquals(last, after.getJsonNumber("firstBrokenEntry").longValue());
            assertEquals("ALTERED", after.getString("problem"));
        } finally {
            rewrite(last, original.details(), original.entryHash(), original.sealKey());
        }
        assertTrue(verify(token).getBoolean("valid"), "restored");
    }

    @Test
    void removingTheNewestEntriesIsReportedFromTheFirstOneRemovedAndNeverCoveredOver() throws Exception {
        String token = adminToken();
        api.createUserWith(token, "first", "LAWYER");
        api.createUserWith(token, "second", "LAWYER");
        assertTrue(verify(token).getBoolean("valid"));
        long last = lastSeq();
        String removed = removeNewest(3);
        try {
            JsonObject after = verify(token);
            assertFalse(after.getBoolean("valid"), after.toString());
            assertEquals(last - 2, after.getJsonNumber("firstBrokenEntry").longValue(), after.toString());
            assertEquals("TRUNCATED", after.getString("problem"));

            api.createUserWith(token, "after", "LAWYER");
            JsonObject later = verify(token);
            assertTrue(lastSeq() > last, "the next entry is numbered past the removed ones, never in their place");
            assertFalse(later.getBoolean("valid"), later.toString());
            assertEquals(last - 2, later.getJsonNumber("firstBrokenEntry").longValue(), later.toString());

            Offline offline = verifyOffline();
            assertEquals(1, offline.exitCode(), offline.output());
            assertTrue(offline.output().contains("AUDIT TRAIL BROKEN at entry " + (last - 2)), offline.output());
        } finally {
            restore(removed);
        }
        JsonObject whole = verify(token);
        assertTrue(whole.getBoolean("valid"), "the removed entries put back fill the gap: " + whole);
        Offline offline = verifyOffline();
        assertEquals(0, offline.exitCode(), offline.output());
    }

    @Test
    void entriesRemovedWhileMizanWasStoppedAreReportedAfterTheRestart() throws Exception {
        api.createUserWith(adminToken(), "restart", "LAWYER");
        payara.close(); // as an operator stops it: the last entry is checkpointed at shutdown
        running = false;
        long last = lastSeq();
        String removed = removeNewest(2);
        try {
            start();
            JsonObject after = verify(adminToken());
            assertFalse(after.getBoolean("valid"), after.toString());
            assertEquals(last - 1, after.getJsonNumber("firstBrokenEntry").longValue(), after.toString());
        } finally {
            restore(removed);
            if (!running) {
                start();
            }
        }
        assertTrue(verify(adminToken()).getBoolean("valid"));

        List<String> checkpoints = Files.readAllLines(home.resolve("audit-checkpoints.log"));
        assertTrue(checkpoints.stream().anyMatch(line -> line.contains(" seq=" + last + " ")), checkpoints.toString());
        assertEquals(checkpoints, Files.readAllLines(shippedCopy), "the configured copy receives every checkpoint");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("audit.key"))),
                "the audit key is created once, readable by its owner only");
    }

    private void start() throws Exception {
        starts++;
        Map<String, String> env = Map.of("MIZAN_DB_URL", dbUrl, "MIZAN_DB_USER", shared.dbUser(),
                "MIZAN_DB_PASSWORD", shared.dbPassword(), "MIZAN_ADMIN_PASSWORD", adminPassword,
                "MIZAN_HOME", home.toString(), "MIZAN_DATA_KEY", dataKey,
                // Only the opening and shutdown checkpoints, so the restart test sees the shutdown one at work.
                "MIZAN_AUDIT_CHECKPOINT_EVERY", "1000",
                "MIZAN_AUDIT_CHECKPOINT_COPY", shippedCopy.toString(),
                // The admin of this server takes tokens by password, as on the shared test server.
                "MIZAN_SECURITY_2FA_REQUIRED_ROLES", "none",
                "MIZAN_INSPECTOR_DIR", System.getProperty("mizan.it.inspector", "target/inspector"));
        payara = PayaraProcess.start(PAYARA, WAR, port, shared.work().resolve("audit-seal-root"), env,
                shared.work().resolve("audit-seal-" + starts + ".log"));
        payara.awaitReady(Duration.ofMinutes(3));
        running = true;
        api = Api.against(URI.create("http://localhost:" + port));
    }

    private String adminToken() {
        return api.token(MizanServer.ADMIN, adminPassword);
    }

    private JsonObject verify(String token) {
        Api.Reply reply = api.get("/api/audit/verify", token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private Connection sql() throws SQLException {
        return DriverManager.getConnection(dbUrl, shared.dbUser(), shared.dbPassword());
    }

    private long lastSeq() throws SQLException {
        try (Connection c = sql(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(seq) FROM audit_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private record Row(java.time.Instant occurredAt, String username, String action, String target, String outcome,
                       String clientAddress, String details, String previousHash, String entryHash, String sealKey) {
    }

    private Row row(long seq) throws SQLException {
        try (Connection c = sql(); PreparedStatement s = c.prepareStatement("SELECT * FROM audit_entry WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return new Row(rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"), rs.getString("action"),
                        rs.getString("target"), rs.getString("outcome"), rs.getString("client_address"), rs.getString("details"),
                        rs.getString("previous_hash"), rs.getString("entry_hash"), hasSealKey(c) ? rs.getString("seal_key") : null);
            }
        }
    }

    private static boolean hasSealKey(Connection c) throws SQLException {
        try (ResultSet columns = c.getMetaData().getColumns(null, null, "audit_entry", "seal_key")) {
            return columns.next();
        }
    }

    /** The row rewritten with the triggers off, as the database's owner can; the seal's key marked as none, if there is one. */
    private void rewrite(long seq, String details, String entryHash, String sealKey) throws SQLException {
        try (Connection c = sql(); Statement s = c.createStatement()) {
            boolean keyed = hasSealKey(c);
            s.execute("SET session_replication_role = replica");
            try (PreparedStatement update = c.prepareStatement("UPDATE audit_entry SET details = ?, entry_hash = ?"
                    + (keyed ? ", seal_key = ?" : "") + " WHERE seq = ?")) {
                update.setString(1, details);
                update.setString(2, entryHash);
                if (keyed) {
                    update.setString(3, sealKey);
                }
                update.setLong(keyed ? 4 : 3, seq);
                assertEquals(1, update.executeUpdate());
            }
        }
    }

    /** Deletes the newest entries as the database's owner can (triggers off), keeping them aside to put back. */
    private String removeNewest(int count) throws SQLException {
        String aside = "audit_removed_" + System.nanoTime();
        try (Connection c = sql(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + aside + " AS SELECT * FROM audit_entry ORDER BY seq DESC LIMIT " + count);
            s.execute("SET session_replication_role = replica");
            assertEquals(count, s.executeUpdate("DELETE FROM audit_entry WHERE seq IN (SELECT seq FROM " + aside + ")"));
        }
        return aside;
    }

    private void restore(String aside) throws SQLException {
        try (Connection c = sql(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO audit_entry SELECT * FROM " + aside);
            s.execute("DROP TABLE " + aside);
        }
    }

    private record Offline(int exitCode, String output) {
    }

    /** The auditor's command, in a JVM of its own, reading the database, the key and both checkpoint logs. */
    private Offline verifyOffline() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.mizan.launcher.VerifyAuditTrail",
                shippedCopy.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("MIZAN_"));
        builder.environment().putAll(Map.of("MIZAN_HOME", home.toString(), "MIZAN_DB_URL", dbUrl,
                "MIZAN_DB_USER", shared.dbUser(), "MIZAN_DB_PASSWORD", shared.dbPassword()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        return new Offline(process.exitValue(), output);
    }
}
