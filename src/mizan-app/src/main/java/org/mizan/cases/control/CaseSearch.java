package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.entity.PartialDate;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Text;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Lists and searches cases ({@link CaseQuery} builds the SQL): one page and its count, only cases
 * the reader may see; every list is audited.
 */
@ApplicationScoped
public class CaseSearch {

    public static final String ACTION_LIST = "CASE_LIST";
    static final int SUGGESTIONS = 10;
    private static final int LOCALITY_MAX = 200;

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    CaseDisclosure disclosure;

    @Transactional
    public ResultPage<CaseSummary> list(CaseFilter filter, CaseSort sort, boolean descending, int page, int size,
                                        CaseReader reader, Actor actor) {
        SqlRunner db = SqlRunner.of(em);
        ResultPage<CaseSummary> found = disclosure.redacts(reader)
                ? redacted(db, filter, sort, descending, page, size, reader) : all(db, filter, sort, descending, page, size, reader);
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_LIST, "cases", Outcome.SUCCESS,
                filter.describe(true) + "; " + found.items().size() + " of " + found.total() + (found.totalExact() ? "" : "+")));
        return found;
    }

    /**
     * Up to {@value #SUGGESTIONS} known localities for what was typed: those containing it as written (a trigram index,
     * V25) or holding each of its words in another spelling (Nasiriya suggests الناصرية), only of cases the reader may
     * see — a place named only in a restricted case must not be suggested outside its team.
     */
    @Transactional
    public List<String> localities(String typed, CaseReader reader) {
        String text = Text.blankToNull(typed);
        if (text == null) {
            return List.of();
        }
        if (text.length() > LOCALITY_MAX) {
            throw new InvalidInput("q", "validation.tooLong", LOCALITY_MAX);
        }
        SqlStatement.Builder sql = new SqlStatement.Builder().append("SELECT DISTINCT c.locality FROM violation_case c WHERE "
                + CaseVisibility.sql("c", reader) + " AND (c.locality ILIKE ? ESCAPE '\\'", "%" + text.replaceAll("[\\\\%_]", "\\\\$0") + "%");
        LocalityKeys.condition(text).ifPresent(keys -> sql.append(" OR (").append(keys).append(")"));
        return SqlRunner.of(em).rows(sql.append(") ORDER BY 1 LIMIT " + SUGGESTIONS).build()).stream()
                .map(row -> (String) row[0]).toList();
    }

    private static ResultPage<CaseSummary> all(SqlRunner db, CaseFilter filter, CaseSort sort, boolean descending, int page,
                                               int size, CaseReader reader) {
        CaseQuery.Statements statements = CaseQuery.of(db, filter, sort, descending, page, size, reader);
        List<CaseSummary> rows = db.rows(statements.page()).stream().map(CaseSearch::summary).toList();
        long total = ((Number) db.rows(statements.count()).get(0)[0]).longValue();
        return new ResultPage<>(total, statements.exactTotal(), page, size, rows);
    }

    /**
     * For a reader who reads cases redacted and searches words: the references of the cases found by what that reader
     * may read, in reference order, as the list finds them — so that an export cannot be used to learn which case holds a
     * withheld name, note or narrative. Empty when the plain query serves (no words, or a reader who reads cases whole).
     */
    @Transactional
    public Optional<List<String>> findableReferences(CaseFilter filter, CaseReader reader) {
        if (!filter.hasText() || !disclosure.redacts(reader)) {
            return Optional.empty();
        }
        SqlRunner db = SqlRunner.of(em);
        CaseQuery.Statements statements = CaseQuery.of(db, filter, CaseSort.REFERENCE, false, 0, RedactedCaseList.CANDIDATES, reader);
        List<CaseSummary> candidates = db.rows(statements.page()).stream().map(CaseSearch::summary).toList();
        return Optional.of(new RedactedCaseList(em, db, disclosure, reader).findable(candidates, filter.text()).stream()
                .map(CaseSummary::reference).toList());
    }

    /** The list for a reader who reads cases redacted: see {@link RedactedCaseList}. */
    private ResultPage<CaseSummary> redacted(SqlRunner db, CaseFilter filter, CaseSort sort, boolean descending, int page,
                                             int size, CaseReader reader) {
        RedactedCaseList list = new RedactedCaseList(em, db, disclosure, reader);
        if (!filter.hasText()) {
            ResultPage<CaseSummary> found = all(db, filter, sort, descending, page, size, reader);
            return new ResultPage<>(found.total(), found.totalExact(), page, size, list.disclose(found.items()));
        }
        CaseQuery.Statements statements = CaseQuery.of(db, filter, sort, descending, 0, RedactedCaseList.CANDIDATES, reader);
        List<CaseSummary> candidates = db.rows(statements.page()).stream().map(CaseSearch::summary).toList();
        List<CaseSummary> findable = list.findable(candidates, filter.text());
        int from = (int) Math.min((long) page * size, findable.size());
        List<CaseSummary> rows = list.disclose(findable.subList(from, Math.min(from + size, findable.size())));
        return new ResultPage<>(findable.size(), statements.exactTotal() && candidates.size() < RedactedCaseList.CANDIDATES, page,
                size, rows);
    }

    private static CaseSummary summary(Object[] row) {
        PartialDate date = new PartialDate(((Number) row[1]).intValue(), row[2] == null ? null : ((Number) row[2]).intValue(),
                row[3] == null ? null : ((Number) row[3]).intValue(), Boolean.TRUE.equals(row[4]));
        return new CaseSummary((String) row[0], date.toString(), (String) row[5], (String) row[6], (String) row[7],
                split((String) row[9], ","), split((String) row[10], "\\|"), instant(row[8]),
                ((Number) row[11]).doubleValue(), (String) row[12]);
    }

    private static List<String> split(String joined, String separator) {
        return joined == null ? List.of() : List.of(joined.split(separator));
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return value instanceof Timestamp ts ? ts.toInstant() : null;
    }

}
