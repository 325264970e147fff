package org.mizan.cases.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;

/** Runs a native statement and returns its rows, each as an array of column values. */
@FunctionalInterface
public interface SqlRunner {

    List<Object[]> rows(SqlStatement statement);

    /** Runs statements through a JPA entity manager, in its transaction. */
    static SqlRunner of(EntityManager em) {
        return statement -> {
            Query query = em.createNativeQuery(statement.numbered());
            for (int i = 0; i < statement.parameters().size(); i++) {
                query.setParameter(i + 1, statement.parameters().get(i));
            }
            @SuppressWarnings("unchecked")
            List<Object> rows = query.getResultList();
            // A native query of one column returns the values themselves, not one-element arrays.
            return rows.stream().map(row -> row instanceof Object[] columns ? columns : new Object[]{row}).toList();
        };
    }
}
