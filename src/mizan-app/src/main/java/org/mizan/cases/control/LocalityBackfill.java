package org.mizan.cases.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.mizan.platform.control.MizanDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Keys the localities of cases recorded before search knew them (V25 added {@code violation_case.locality_keys}, which
 * only Java can fill: the keying uses ICU). Runs at start-up after the migrations, a batch per transaction, and finds
 * nothing to do once every locality with a word to key has its keys; a locality of digits only stays unkeyed.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class LocalityBackfill {

    private static final Logger LOG = Logger.getLogger(LocalityBackfill.class.getName());
    private static final int BATCH = 1000;

    @Resource(lookup = MizanDataSource.JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void keyLocalities() {
        try (Connection db = dataSource.getConnection()) {
            long after = 0;
            int keyed = 0;
            Map<Long, String> batch;
            do {
                batch = unkeyed(db, after);
                keyed += store(db, batch);
                after = batch.keySet().stream().mapToLong(Long::longValue).max().orElse(after);
            } while (batch.size() == BATCH);
            int total = keyed;
            if (total > 0) {
                LOG.info(() -> "Keyed the localities of " + total + " cases for search");
            }
        } catch (SQLException e) {
            // Search by these localities waits for the next start; nothing else depends on the keys.
            LOG.warning(() -> "Could not key the localities of older cases: " + e.getMessage());
        }
    }

    private static Map<Long, String> unkeyed(Connection db, long after) throws SQLException {
        Map<Long, String> found = new LinkedHashMap<>();
        try (PreparedStatement select = db.prepareStatement("SELECT id, locality FROM violation_case WHERE id > ? "
                + "AND locality IS NOT NULL AND locality_keys IS NULL ORDER BY id LIMIT " + BATCH)) {
            select.setLong(1, after);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        return found;
    }

    private static int store(Connection db, Map<Long, String> localities) throws SQLException {
        int keyed = 0;
        try (PreparedStatement update = db.prepareStatement("UPDATE violation_case SET locality_keys = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> locality : localities.entrySet()) {
                String keys = LocalityKeys.of(locality.getValue());
                if (keys != null) {
                    update.setString(1, keys);
                    update.setLong(2, locality.getKey());
                    update.addBatch();
                    keyed++;
                }
            }
            update.executeBatch();
        }
        return keyed;
    }
}
