package org.mizan.cases.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A native SQL statement with its parameters in the order of its {@code ?} placeholders, built once
 * and run either through JPA (the services) or straight over JDBC (the search benchmark), so that
 * both run exactly the same SQL.
 */
public record SqlStatement(String sql, List<Object> parameters) {

    public SqlStatement {
        parameters = List.copyOf(parameters);
    }

    /** The SQL with the placeholders numbered ({@code ?1, ?2 …}), as JPA native queries bind them. */
    public String numbered() {
        StringBuilder numbered = new StringBuilder(sql.length() + 16);
        int index = 0;
        for (char ch : sql.toCharArray()) {
            numbered.append(ch);
            if (ch == '?') {
                numbered.append(++index);
            }
        }
        return numbered.toString();
    }

    /** Collects SQL text and its parameters together, so they cannot drift apart. */
    public static final class Builder {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        public Builder append(String text, Object... values) {
            sql.append(text);
            parameters.addAll(List.of(values));
            return this;
        }

        public Builder append(SqlStatement part) {
            sql.append(part.sql());
            parameters.addAll(part.parameters());
            return this;
        }

        public boolean isEmpty() {
            return sql.length() == 0;
        }

        public SqlStatement build() {
            return new SqlStatement(sql.toString(), parameters);
        }
    }
}
