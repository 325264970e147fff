package org.mizan.cases.control;

import jakarta.persistence.EntityManager;

import java.util.List;

/** Runs a native statement and returns its rows, each as an array of column values. */
@FunctionalInterface
public interface SqlRunner {

    List<Object[]> rows(SqlStatement statement);

    /**
     * Runs statements on the connection of the entity manager's transaction, so they see what it wrote
     * and commit with it. Plain JDBC rather than JPA native queries: the searches read up to a thousand
     * candidate rows a statement, and EclipseLink's per-statement and per-row work (a query object, a
     * record per row) was a good part of what a search request cost beyond its SQL. Callers flush first
     * if they have written in the same transaction.
     */
    static SqlRunner of(EntityManager em) {
        return new JdbcSqlRunner(em.unwrap(java.sql.Connection.class));
    }
}
