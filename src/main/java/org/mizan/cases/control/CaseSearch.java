package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.entity.PartialDate;
import org.mizan.security.entity.Actor;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lists and searches cases in one SQL statement: filters, full text over the Arabic-normalised
 * narrative (Arabic and English stemming), and names of everyone in the case in any spelling or
 * script (trigram word similarity on the cross-script name key). Only cases the reader may see.
 */
@ApplicationScoped
public class CaseSearch {

    public static final String ACTION_LIST = "CASE_LIST";
    private static final String TSQUERY = "(websearch_to_tsquery('arabic', ?) || websearch_to_tsquery('english', ?))";

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditTrail audit;

    /** Builds the WHERE clause and its parameters together, so they cannot drift apart. */
    private static final class Sql {
        final StringBuilder where = new StringBuilder();
        final List<Object> parameters = new ArrayList<>();

        void and(String condition, Object... values) {
            where.append(" AND ").append(condition);
            parameters.addAll(Arrays.asList(values));
        }

    }

    /** Numbers the {@code ?} placeholders in order ({@code ?1, ?2 …}) and binds the values to them. */
    private Query query(String sqlWithPlaceholders, List<Object> values) {
        StringBuilder numbered = new StringBuilder();
        int index = 0;
        for (char ch : sqlWithPlaceholders.toCharArray()) {
            numbered.append(ch);
            if (ch == '?') {
                numbered.append(++index);
            }
        }
        Query query = em.createNativeQuery(numbered.toString());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    @Transactional
    public ResultPage<CaseSummary> list(CaseFilter filter, CaseSort sort, boolean descending, int page, int size,
                                        CaseReader reader, Actor actor) {
        Sql sql = where(filter, reader);
        String text = filter.hasText() ? ArabicNames.normalise(filter.text()) : null;
        String key = filter.hasText() ? ArabicNames.latinKey(filter.text()) : null;
        List<Object> selectParameters = new ArrayList<>();
        String score = "0";
        String highlight = "NULL";
        if (text != null) {
            score = "ts_rank(c.narrative_search, " + TSQUERY + ") + coalesce((SELECT max(greatest(word_similarity(?, n.name_key), "
                    + "word_similarity(?, n.normalised))) FROM case_party cp JOIN person_name_index n ON n.person_id = cp.person_id "
                    + "WHERE cp.case_id = c.id), 0)";
            selectParameters.addAll(List.of(text, text, key, text));
            highlight = "CASE WHEN c.narrative_search @@ " + TSQUERY + " THEN ts_headline('arabic', c.narrative_normalised, "
                    + TSQUERY + ", 'StartSel=\uE000, StopSel=\uE001, MaxWords=35, MinWords=12') END";
            selectParameters.addAll(List.of(text, text, text, text));
        }
        CaseSort order = sort == null ? (text != null ? CaseSort.RELEVANCE : CaseSort.UPDATED) : sort;
        String direction = descending || order == CaseSort.RELEVANCE && sort == null ? " DESC" : " ASC";
        String select = "SELECT c.reference, c.incident_year, c.incident_month, c.incident_day, c.incident_approximate, "
                + "c.governorate_code, c.status, c.confidentiality, c.updated_at, "
                + "(SELECT string_agg(t.type_code, ',' ORDER BY t.type_code) FROM case_violation_type t WHERE t.case_id = c.id), "
                + "(SELECT string_agg(coalesce(p.name_ar, p.name_latin), '|' ORDER BY cp.position) FROM case_party cp "
                + "JOIN person p ON p.id = cp.person_id WHERE cp.case_id = c.id AND cp.role = 'VICTIM'), "
                + score + " AS score, " + highlight
                + " FROM violation_case c WHERE " + sql.where.substring(5)
                + " ORDER BY " + order.column + direction + ", c.id" + direction + " LIMIT " + size + " OFFSET " + (long) page * size;
        List<Object> values = new ArrayList<>(selectParameters);
        values.addAll(sql.parameters);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(select, values).getResultList();
        long total = ((Number) query("SELECT count(*) FROM violation_case c WHERE " + sql.where.substring(5), sql.parameters)
                .getSingleResult()).longValue();
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_LIST, "cases", Outcome.SUCCESS,
                describe(filter) + "; " + rows.size() + " of " + total));
        return new ResultPage<>(total, page, size, rows.stream().map(CaseSearch::summary).toList());
    }

    private static Sql where(CaseFilter filter, CaseReader reader) {
        Sql sql = new Sql();
        sql.and(reader.visibleSql("c"));
        if (filter.violationType() != null) {
            sql.and("EXISTS (SELECT 1 FROM case_violation_type t WHERE t.case_id = c.id AND t.type_code = ?)", filter.violationType());
        }
        if (filter.governorate() != null) {
            sql.and("c.governorate_code = ?", filter.governorate());
        }
        if (filter.from() != null) {
            sql.and("c.period_end >= ?", java.sql.Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.and("c.period_start <= ?", java.sql.Date.valueOf(filter.to()));
        }
        if (filter.status() != null) {
            sql.and("c.status = ?", filter.status().name());
        }
        if (filter.victimOccupation() != null) {
            sql.and("EXISTS (SELECT 1 FROM case_party cp JOIN person p ON p.id = cp.person_id WHERE cp.case_id = c.id "
                    + "AND cp.role = 'VICTIM' AND p.occupation = ?)", filter.victimOccupation().name());
        }
        if (filter.perpetratorKind() != null) {
            sql.and("EXISTS (SELECT 1 FROM case_party cp WHERE cp.case_id = c.id AND cp.role = 'PERPETRATOR' "
                    + "AND cp.perpetrator_kind = ?)", filter.perpetratorKind().name());
        }
        if (filter.hasText()) {
            String text = ArabicNames.normalise(filter.text());
            String key = ArabicNames.latinKey(filter.text());
            sql.and("(c.narrative_search @@ " + TSQUERY + " OR c.reference ILIKE ? OR EXISTS (SELECT 1 FROM case_party cp "
                            + "JOIN person_name_index n ON n.person_id = cp.person_id WHERE cp.case_id = c.id "
                            + "AND (? <% n.name_key OR ? <% n.normalised)))",
                    text, text, "%" + filter.text().strip() + "%", key.isBlank() ? text : key, text);
        }
        return sql;
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

    private static String describe(CaseFilter filter) {
        return filter.toString().replaceFirst("^CaseFilter", "");
    }
}
