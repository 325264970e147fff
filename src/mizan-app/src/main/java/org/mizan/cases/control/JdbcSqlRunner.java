package org.mizan.cases.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs statements straight over a JDBC connection, every column of every row read: the services' searches
 * (on their transaction's connection, see {@link SqlRunner#of}), the benchmark's yardstick and tests.
 */
public class JdbcSqlRunner implements SqlRunner {

    private final Connection connection;

    public JdbcSqlRunner(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<Object[]> rows(SqlStatement statement) {
        try (PreparedStatement prepared = prepare(statement, ""); ResultSet result = prepared.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = value(result.getObject(i + 1));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** An SQL array as the Java array of its elements, read while its result set is still open. */
    private static Object value(Object column) throws SQLException {
        return column instanceof java.sql.Array array ? array.getArray() : column;
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of a statement, one line per plan line. */
    public List<String> explain(SqlStatement statement) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (PreparedStatement prepared = prepare(statement, "EXPLAIN (ANALYZE, BUFFERS) ");
             ResultSet result = prepared.executeQuery()) {
            while (result.next()) {
                plan.add(result.getString(1));
            }
        }
        return plan;
    }

    private PreparedStatement prepare(SqlStatement statement, String prefix) throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(prefix + statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            Object value = statement.parameters().get(i);
            // The driver cannot guess an array's element type; names and keys are passed as text[] (= ANY(?)).
            prepared.setObject(i + 1, value instanceof String[] texts ? connection.createArrayOf("text", texts) : value);
        }
        return prepared;
    }
}
