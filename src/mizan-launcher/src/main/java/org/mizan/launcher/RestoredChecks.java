package org.mizan.launcher;

import org.mizan.audit.control.AuditKey;
import org.mizan.audit.control.ChainVerification;
import org.mizan.audit.control.CheckpointLog;
import org.mizan.audit.control.StoredTrail;
import org.mizan.contacts.control.DataKey;
import org.mizan.contacts.control.EncryptedColumns;
import org.mizan.contacts.control.FieldCipher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What proves a restored installation whole: every evidence item's bytes hash to its row, the audit trail verifies
 * against its checkpoints, the data key opens the contacts. Each failure is named (case reference and item id, table
 * and row, audit entry), never with a value of personal data.
 */
public final class RestoredChecks {

    /** What the report counts: what it is called, then its table. */
    private static final String[][] COUNTED = {{"cases", "violation_case"}, {"persons", "person"},
        {"evidence items", "evidence_item"}, {"contacts", "family_contact"}, {"proceedings", "proceeding"},
        {"legal events", "legal_event"}, {"audit entries", "audit_entry"}};

    private RestoredChecks() {
    }

    /** The report's counts of a database: cases, persons, evidence items, contacts, proceedings, legal events, audit entries. */
    public static Map<String, Long> counts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String[] counted : COUNTED) {
                try (ResultSet row = statement.executeQuery("SELECT count(*) FROM " + counted[1])) {
                    row.next();
                    counts.put(counted[0], row.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Every evidence item whose object is missing from {@code evidence} or whose bytes no longer hash to its row. */
    static void evidence(Connection connection, Path evidence, List<String> problems) throws SQLException, IOException {
        Map<String, String> hashed = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT e.id, c.reference, e.sha256, e.size_bytes "
                + "FROM evidence_item e JOIN violation_case c ON c.id = e.case_id ORDER BY e.id");
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                String sha256 = row.getString(3);
                String item = "case " + row.getString(2) + ", evidence item " + row.getLong(1);
                Path object = evidence.resolve("objects").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
                if (!Files.isRegularFile(object)) {
                    problems.add(item + ": its file (" + sha256 + ") is missing");
                    continue;
                }
                String actual = hashed.get(sha256);
                if (actual == null) {
                    actual = Manifest.hash(object);
                    hashed.put(sha256, actual);
                }
                if (!actual.equals(sha256) || Files.size(object) != row.getLong(4)) {
                    problems.add(item + ": its file (" + sha256 + ") was changed: its bytes hash to " + actual);
                }
            }
        }
    }

    /** The trail verified under the audit key against the restored checkpoint log. */
    static void auditTrail(Connection connection, AuditKey key, Path checkpointLog, List<String> problems)
            throws SQLException, IOException {
        if (!anyAuditEntry(connection)) {
            // An installation that never ran has no trail, no key and no checkpoint: nothing to prove.
            return;
        }
        if (key == null) {
            problems.add("audit trail: not checked, no audit key was given (MIZAN_AUDIT_KEY, MIZAN_AUDIT_KEY_FILE or the exported key file)");
            return;
        }
        CheckpointLog log = new CheckpointLog(checkpointLog, null, key);
        if (!log.exists()) {
            problems.add("audit trail: the backup holds no checkpoint log, so removed newest entries could not be seen");
        }
        ChainVerification result = StoredTrail.verify(connection, key, log.read());
        if (!result.valid()) {
            problems.add("audit trail: broken at entry " + result.firstBrokenEntry() + " (" + result.broken() + "), "
                    + result.entries() + " entries checked under " + key + ", latest checkpoint entry " + result.latestCheckpoint());
        }
    }

    private static boolean anyAuditEntry(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM audit_entry)")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    /** One stored value of each encrypted table decrypted with the data key: proof that the key is the right one. */
    static void contacts(Connection connection, DataKey key, List<String> problems) throws SQLException {
        FieldCipher cipher = new FieldCipher(key);
        for (EncryptedColumns table : EncryptedColumns.values()) {
            String firstValue = "COALESCE(" + String.join(", ", table.columns()) + ")";
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT id, " + String.join(", ", table.columns()) + " FROM " + table.table()
                         + " WHERE " + firstValue + " IS NOT NULL ORDER BY id LIMIT 1")) {
                if (row.next()) {
                    decrypt(cipher, table, row, problems);
                }
            }
        }
    }

    private static void decrypt(FieldCipher cipher, EncryptedColumns table, ResultSet row, List<String> problems) throws SQLException {
        long id = row.getLong(1);
        for (int i = 0; i < table.columns().size(); i++) {
            String stored = row.getString(i + 2);
            if (stored == null) {
                continue;
            }
            String column = table.columns().get(i);
            try {
                cipher.decrypt(stored, table.context(column, id));
            } catch (FieldCipher.UnknownKey unknown) {
                problems.add("contacts: " + table.table() + " row " + id + " was encrypted under data key " + unknown.keyId()
                        + ", but the key given is " + cipher.current().id() + ": wrong data key");
            } catch (FieldCipher.Unreadable unreadable) {
                problems.add("contacts: " + table.table() + "." + column + " row " + id + " does not decrypt under " + cipher.current()
                        + ": the data was altered or the key is wrong");
            }
            return;
        }
    }
}
