package org.mizan.audit.control;

import org.mizan.audit.entity.AuditEntry;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;

/**
 * The trail read over plain JDBC, oldest first, for checking it without the server (the offline
 * verifier); the same {@link ChainVerification} as the server's, so both judge alike.
 */
public final class StoredTrail {

    private StoredTrail() {
    }

    public static ChainVerification verify(Connection connection, AuditKey key, Collection<Checkpoint> checkpoints)
            throws SQLException {
        ChainVerification verification = new ChainVerification(key, checkpoints);
        boolean autoCommit = connection.getAutoCommit();
        // A cursor (fetch size) needs a transaction in PostgreSQL; without one the driver reads every row at once.
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement("SELECT seq, occurred_at, username, action, target, "
                + "outcome, client_address, details, previous_hash, seal_key, entry_hash FROM audit_entry ORDER BY seq")) {
            statement.setFetchSize(1000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Timestamp at = row.getTimestamp(2);
                    AuditEvent event = new AuditEvent(row.getString(3), row.getString(7), row.getString(4), row.getString(5),
                            Outcome.valueOf(row.getString(6)), row.getString(8));
                    verification.accept(AuditEntry.stored(row.getLong(1), at.toInstant(), event, row.getString(9),
                            row.getString(10), row.getString(11)));
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
        return verification.finish();
    }

    /**
     * How many events are committed but not chained yet (a server stopped before it chained them); none where the
     * database predates the pending table.
     */
    public static long pending(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT to_regclass('audit_pending') IS NOT NULL");
             ResultSet table = exists.executeQuery()) {
            if (!table.next() || !table.getBoolean(1)) {
                return 0;
            }
        }
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM audit_pending");
             ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
