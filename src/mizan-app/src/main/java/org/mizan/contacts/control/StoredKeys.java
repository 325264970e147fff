package org.mizan.contacts.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is encrypted in the database, over plain JDBC so that the server's start-up check and the
 * offline rotation command share it: which keys the stored values were written under (one sample
 * each, to prove the configured key really opens them), and re-encryption under a new key.
 */
public final class StoredKeys {

    private StoredKeys() {
    }

    /** One stored value written under a key, and where it lives. */
    public record Sample(String keyId, EncryptedColumns table, String column, long rowId, String value) {
        String decryptWith(FieldCipher cipher) {
            return cipher.decrypt(value, table.context(column, rowId));
        }
    }

    public static List<Sample> oneValuePerKey(Connection connection) throws SQLException {
        List<String> selects = new ArrayList<>();
        for (EncryptedColumns table : EncryptedColumns.values()) {
            for (String column : table.columns()) {
                selects.add("SELECT split_part(" + column + ", ':', 2) AS key_id, '" + table.name() + "' AS tbl, '" + column
                        + "' AS col, id, " + column + " AS val FROM " + table.table() + " WHERE " + column + " IS NOT NULL");
            }
        }
        String sql = "SELECT DISTINCT ON (key_id) key_id, tbl, col, id, val FROM (" + String.join(" UNION ALL ", selects)
                + ") stored ORDER BY key_id";
        List<Sample> samples = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                samples.add(new Sample(rows.getString(1), EncryptedColumns.valueOf(rows.getString(2)), rows.getString(3),
                        rows.getLong(4), rows.getString(5)));
            }
        }
        return samples;
    }

    /**
     * Why the server must not start with this cipher, if it must not: a stored value under a key it
     * does not hold, or one that its key does not open.
     */
    public static Optional<String> refusal(List<Sample> samples, FieldCipher cipher) {
        for (Sample sample : samples) {
            try {
                sample.decryptWith(cipher);
            } catch (FieldCipher.UnknownKey unknown) {
                return Optional.of("Encrypted contact data in the database was written under data key " + unknown.keyId()
                        + ", but the key configured is " + cipher.current().id() + ". The key is missing or wrong: start "
                        + "Mizan with the key the data was written with (" + DataKeySource.KEY_SETTING + " or "
                        + DataKeySource.FILE_SETTING + ").");
            } catch (FieldCipher.Unreadable unreadable) {
                return Optional.of("Encrypted contact data in " + sample.table().table() + " (row " + sample.rowId()
                        + ") does not decrypt under data key " + sample.keyId() + ": the data was altered or the key is wrong.");
            }
        }
        return Optional.empty();
    }

    /** Counts of a re-encryption. */
    public record Rotation(int rows, int values) {
    }

    /**
     * Re-encrypts, in one transaction, every stored value not already under the cipher's current
     * key (the cipher must also hold the keys they were written under). Running it again after an
     * interruption finishes the job.
     */
    public static Rotation reencrypt(Connection connection, FieldCipher cipher) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        int rows = 0;
        int values = 0;
        try {
            try (var statement = connection.createStatement()) {
                statement.execute("SET LOCAL mizan.key_rotation = 'on'");
            }
            String current = cipher.current().id();
            for (EncryptedColumns table : EncryptedColumns.values()) {
                String columns = String.join(", ", table.columns());
                String update = "UPDATE " + table.table() + " SET "
                        + String.join(", ", table.columns().stream().map(c -> c + " = ?").toList()) + " WHERE id = ?";
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, " + columns + " FROM " + table.table() + " ORDER BY id FOR UPDATE");
                     PreparedStatement write = connection.prepareStatement(update);
                     ResultSet found = select.executeQuery()) {
                    while (found.next()) {
                        long id = found.getLong(1);
                        boolean changed = false;
                        for (int i = 0; i < table.columns().size(); i++) {
                            String value = found.getString(i + 2);
                            if (value != null && !FieldCipher.keyIdOf(value).equals(current)) {
                                String context = table.context(table.columns().get(i), id);
                                value = cipher.encrypt(cipher.decrypt(value, context), context);
                                changed = true;
                                values++;
                            }
                            write.setString(i + 1, value);
                        }
                        if (changed) {
                            write.setLong(table.columns().size() + 1, id);
                            write.addBatch();
                            rows++;
                        }
                    }
                    write.executeBatch();
                }
            }
            connection.commit();
            return new Rotation(rows, values);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
