package org.mizan.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trail tells the truth: an action that did not commit has no SUCCESS entry, however late it failed;
 * and many audited requests at once make one chain, without gaps, that verifies.
 */
@ExtendWith(MizanServerExtension.class)
class AuditTruthIT {

    private static final int CLIENTS = 12;
    private static final int READS_EACH = 10;

    private final Api api;
    private final MizanServer server;

    AuditTruthIT(Api api, MizanServer server) {
        this.api = api;
        this.server = server;
    }

    @Test
    void aCaseRolledBackAtCommitLeavesNoSuccessEntry() throws Exception {
        String investigator = api.createUser("rolledback", "INVESTIGATOR");
        String token = api.token(investigator, Api.USER_PASSWORD);
        String marker = Api.unique("fails at commit");
        try (Connection c = server.sql(); Statement s = c.createStatement()) {
            // What a crash between the audit record and the commit does, made certain: the case's transaction fails at
            // its very end, after everything the server wrote in it — the audit record included.
            s.execute("CREATE FUNCTION pg_temp_fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF NEW.narrative = '" + marker + "' THEN RAISE EXCEPTION 'failed at commit'; END IF; RETURN NULL; END $$");
            s.execute("CREATE CONSTRAINT TRIGGER fail_at_commit AFTER INSERT ON violation_case DEFERRABLE INITIALLY DEFERRED "
                    + "FOR EACH ROW EXECUTE FUNCTION pg_temp_fail_at_commit()");
            try {
                Api.Reply failed = api.post("/api/cases", token, CaseIT.caseBody(marker).build().toString());
                assertNotEquals(201, failed.status(), failed.body());
                assertEquals(0, entries(investigator, "CASE_CREATE"), "no entry for a case that was never stored");

                CaseIT.recordedCase(api, token, "stored");
                assertEquals(1, entries(investigator, "CASE_CREATE"), "the case that was stored has its entry");
            } finally {
                s.execute("DROP TRIGGER fail_at_commit ON violation_case");
                s.execute("DROP FUNCTION pg_temp_fail_at_commit()");
            }
        }
        assertTrue(verify().getBoolean("valid"));
    }

    @Test
    void concurrentAuditedRequestsMakeOneGapFreeChainThatVerifies() throws Exception {
        String reader = api.createUser("concurrent", "INVESTIGATOR");
        String token = api.token(reader, Api.USER_PASSWORD);
        String reference = CaseIT.recordedCase(api, token, "read by many at once");
        List<Callable<Integer>> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(() -> {
                int ok = 0;
                for (int j = 0; j < READS_EACH; j++) {
                    ok += api.get("/api/cases/" + reference, token).status() == 200 ? 1 : 0;
                }
                return ok;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        int answered = 0;
        try {
            for (Future<Integer> client : pool.invokeAll(clients)) {
                answered += client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(CLIENTS * READS_EACH, answered);
        assertEquals(CLIENTS * READS_EACH, entries(reader, "CASE_READ"), "every read has its entry, once");
        JsonObject verification = verify();
        assertTrue(verification.getBoolean("valid"), verification.toString());
        try (Connection c = server.sql(); Statement s = c.createStatement();
             ResultSet trail = s.executeQuery("SELECT count(*), min(seq), max(seq) FROM audit_entry")) {
            trail.next();
            assertEquals(trail.getLong(3) - trail.getLong(2) + 1, trail.getLong(1), "numbered without a gap");
        }
    }

    @Test
    void thePendingTableLetsAnEventGoOnlyOnceItIsChained() throws SQLException {
        api.createUser("pending", "LAWYER");
        verify(); // everything committed so far is chained: what is left pending is an event written here
        try (Connection c = server.sql(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO audit_pending (occurred_at, action, outcome) VALUES (now(), 'PROBE', 'DENIED')");
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_pending SET outcome = 'SUCCESS'"));
            c.rollback();
            s.executeUpdate("INSERT INTO audit_pending (occurred_at, action, outcome) VALUES (now(), 'PROBE', 'DENIED')");
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_pending"));
            c.rollback();
            s.executeUpdate("INSERT INTO audit_pending (occurred_at, action, outcome) VALUES (now(), 'PROBE', 'DENIED')");
            assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE audit_pending"));
            c.rollback();
        }
    }

    /** The entries of this user and action, read through the API (which chains what is pending first). */
    private int entries(String username, String action) {
        Api.Reply reply = api.get("/api/audit?user=" + username + "&action=" + action + "&size=1", api.adminToken());
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getInt("total");
    }

    private JsonObject verify() {
        Api.Reply reply = api.get("/api/audit/verify", api.adminToken());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }
}
