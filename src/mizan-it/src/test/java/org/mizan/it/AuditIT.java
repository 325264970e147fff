package org.mizan.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit trail records what matters, cannot be edited by the application's role, and shows tampering. */
@ExtendWith(MizanServerExtension.class)
class AuditIT {

    private final Api api;
    private final MizanServer server;

    AuditIT(Api api, MizanServer server) {
        this.api = api;
        this.server = server;
    }

    @Test
    void signInsAndUserAdministrationAreRecorded() {
        String user = api.createUser("audited", "LAWYER");
        api.signIn(user, "wrong password here", "203.0.113.9");
        api.token(user, Api.USER_PASSWORD);

        JsonObject failures = api.get("/api/audit?user=" + user + "&action=LOGIN&outcome=FAILURE", api.adminToken()).json();
        assertEquals(1, failures.getInt("total"));
        JsonObject failure = failures.getJsonArray("entries").getJsonObject(0);
        assertEquals("203.0.113.9", failure.getString("clientAddress"));
        assertEquals("{\"reason\":\"wrong_password\"}", failure.getString("details"));

        assertEquals(1, api.get("/api/audit?user=" + user + "&action=LOGIN&outcome=SUCCESS", api.adminToken())
                .json().getInt("total"));
        assertEquals(1, api.get("/api/audit?user=" + user + "&action=TOKEN_ISSUE", api.adminToken()).json().getInt("total"));
        JsonObject creation = api.get("/api/audit?action=USER_CREATE&user=admin&size=500", api.adminToken()).json();
        assertTrue(creation.getJsonArray("entries").stream()
                .anyMatch(e -> e.asJsonObject().getString("target").equals("user:" + user)));
    }

    @Test
    void badFiltersAreFieldErrors() {
        Api.Reply reply = api.get("/api/audit?from=yesterday", api.adminToken());
        assertEquals(400, reply.status());
        assertEquals("from", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, api.get("/api/audit?size=100000", api.adminToken()).status());
    }

    @Test
    void theApplicationsDatabaseRoleCannotUpdateOrDeleteAuditRows() throws SQLException {
        api.adminToken();
        try (Connection c = server.sql(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_entry SET details = 'x' WHERE seq = 1"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_entry WHERE seq = 1"));
            assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE audit_entry"));
        }
    }

    @Test
    void aRowChangedBehindMizansBackBreaksTheChainAtThatRow() throws SQLException {
        api.createUser("chain", "ADVOCATE");
        JsonObject before = api.get("/api/audit/verify", api.adminToken()).json();
        assertTrue(before.getBoolean("valid"), before.toString());
        assertTrue(before.getInt("entries") > 3);

        long victim = before.getJsonNumber("entries").longValue() / 2;
        String original;
        try (Connection c = server.sql(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT details FROM audit_entry WHERE seq = " + victim)) {
                assertTrue(rs.next());
                original = rs.getString(1);
            }
            tamper(s, "UPDATE audit_entry SET details = 'nothing to see here' WHERE seq = " + victim);
            try {
                JsonObject after = api.get("/api/audit/verify", api.adminToken()).json();
                assertFalse(after.getBoolean("valid"));
                assertEquals(victim, after.getJsonNumber("firstBrokenEntry").longValue());
            } finally {
                tamper(s, "UPDATE audit_entry SET details = " + (original == null ? "NULL" : "'" + original.replace("'", "''") + "'")
                        + " WHERE seq = " + victim);
            }
        }
        assertTrue(api.get("/api/audit/verify", api.adminToken()).json().getBoolean("valid"), "restored");
    }

    /** What an attacker with the database owner's rights could do: switch the guard off, edit, switch it on. */
    private static void tamper(Statement s, String update) throws SQLException {
        s.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete");
        try {
            assertEquals(1, s.executeUpdate(update));
        } finally {
            s.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete");
        }
    }
}
