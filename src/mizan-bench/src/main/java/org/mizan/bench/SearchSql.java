package org.mizan.bench;

import org.mizan.cases.control.CaseFilter;
import org.mizan.cases.control.CaseQuery;
import org.mizan.cases.control.CaseSort;
import org.mizan.cases.control.JdbcSqlRunner;
import org.mizan.cases.control.NameQuery;
import org.mizan.cases.control.PersonRow;
import org.mizan.cases.control.SqlStatement;
import org.mizan.security.control.CaseReader;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's yardstick: the very statements {@code PersonSearch.rows} and {@code CaseSearch.list}
 * run ({@link NameQuery}, {@link CaseQuery} build them for both), run straight over JDBC. Every
 * statement run is kept, so the slowest query's plans can be shown.
 */
final class SearchSql extends JdbcSqlRunner {

    private final CaseReader reader;
    private final List<SqlStatement> ran = new ArrayList<>();

    SearchSql(Connection connection, CaseReader reader) {
        super(connection);
        this.reader = reader;
    }

    /** GET /api/persons?q=… (limit 20), with the persons found and their aliases read as the service reads them; returns the rows found. */
    int persons(String query) {
        ran.clear();
        List<NameQuery.Hit> hits = NameQuery.of(query).matching(this).map(m -> m.persons(this, reader, 20)).orElse(List.of());
        if (!hits.isEmpty()) {
            rows(PersonRow.byIds(hits.stream().map(NameQuery.Hit::personId).toList()));
        }
        return hits.size();
    }

    /** GET /api/cases?q=… (relevance order, first page of 50): the page and its count; returns the page's rows. */
    int fullText(String query) {
        return cases(new CaseFilter(null, null, null, null, null, null, null, null, query), null);
    }

    /** GET /api/cases?governorate=…&type=…&sort=incident&size=50 (newest first). */
    int list(String governorate, String type) {
        return cases(new CaseFilter(type, governorate, null, null, null, null, null, null, null), CaseSort.INCIDENT);
    }

    private int cases(CaseFilter filter, CaseSort sort) {
        ran.clear();
        CaseQuery.Statements statements = CaseQuery.of(this, filter, sort, true, 0, 50, reader);
        int rows = rows(statements.page()).size();
        rows(statements.count());
        return rows;
    }

    /** The statements the last request ran. */
    List<SqlStatement> ran() {
        return List.copyOf(ran);
    }

    @Override
    public List<Object[]> rows(SqlStatement statement) {
        ran.add(statement);
        return super.rows(statement);
    }
}
