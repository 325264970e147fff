package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.control.CaseFilter;
import org.mizan.cases.control.CaseSearch;
import org.mizan.cases.control.SqlRunner;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.legal.control.MeasureService;
import org.mizan.legal.control.ProceedingService;
import org.mizan.platform.control.Forbidden;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.reports.entity.RedactedMeasure;
import org.mizan.reports.entity.RedactedProceeding;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exports the cases of a case-list filter, redacted for an audience, one page at a time: the cases are
 * chosen by {@link CasePages} — the very filters, search and visibility of the case list — in reference
 * order, redacted by {@link Redaction}, handed to a {@link Sink} that writes them out, and then dropped
 * from the persistence context, so that many thousand cases never sit in memory together. Every export
 * is audited: who, audience, format, filter (without the search words, which may be a name), row count.
 */
@ApplicationScoped
public class CaseExport {

    public static final String ACTION = "CASE_EXPORT";
    static final int PAGE = 200;

    @PersistenceContext
    EntityManager em;
    @Inject
    Redaction redaction;
    @Inject
    CaseSearch search;
    @Inject
    AuditTrail audit;
    @Inject
    ProceedingService proceedings;
    @Inject
    MeasureService measures;

    /**
     * One exported case: as the audience may see it, its proceedings and measures outside the courts as the audience may see
     * them, its evidence count.
     */
    public record Row(RedactedCase redacted, List<RedactedProceeding> proceedings, List<RedactedMeasure> measures, long evidenceItems) {
    }

    /** Where the rows go, in order. */
    @FunctionalInterface
    public interface Sink {
        void row(Row row) throws IOException;
    }

    /** Before anything is written: 403 unless the reader may produce the audience; a refusal is audited. */
    public void requireAllowed(Audience audience, String format, CaseFilter filter, CaseReader reader, Actor actor) {
        try {
            redaction.requireAllowed(audience, reader);
        } catch (Forbidden e) {
            audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION, "cases", Outcome.DENIED,
                    describe(format, audience, filter)));
            throw e;
        }
    }

    /** Writes every matching case to the sink and returns how many; the audit entry follows, success or not. */
    @Transactional
    public long export(CaseFilter filter, Audience audience, String format, CaseReader reader, Actor actor, Sink sink)
            throws IOException {
        long rows = 0;
        Outcome outcome = Outcome.FAILURE;
        try {
            CasePages pages = CasePages.of(SqlRunner.of(em), filter, reader, search);
            for (int page = 0; ; page++) {
                // A page through the list's own query: the same cases, the same visibility, ordered stably by reference.
                List<String> references = pages.references(page, PAGE);
                for (Row row : rows(references, audience, reader)) {
                    sink.row(row);
                    rows++;
                }
                em.clear();
                if (references.size() < PAGE) {
                    break;
                }
            }
            outcome = Outcome.SUCCESS;
            return rows;
        } finally {
            audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION, "cases", outcome,
                    describe(format, audience, filter) + "; " + rows + " rows"));
        }
    }

    /** One case the reader may see, as the audience may see it (the case summary of an evidence package). */
    @Transactional
    public Row row(String reference, Audience audience, CaseReader reader) {
        return rows(List.of(reference), audience, reader).get(0);
    }

    private List<Row> rows(List<String> references, Audience audience, CaseReader reader) {
        List<ViolationCase> cases = CasePages.load(em, references);
        if (cases.isEmpty()) {
            return List.of();
        }
        List<Long> ids = cases.stream().map(ViolationCase::getId).toList();
        Map<Long, Long> evidence = evidenceCounts(ids);
        // Through the links: a proceeding shared with a case of the page is that case's too.
        Set<Long> prosecuted = having("ProceedingCase", ids);
        Set<Long> measured = having("CaseMeasure", ids);
        return redaction.redact(cases, audience, reader).stream()
                .map(r -> new Row(r, prosecuted.contains(r.caseId())
                        ? ProceedingRedaction.of(proceedings.ofCase(r.reference(), reader), r) : List.of(),
                        measured.contains(r.caseId())
                                ? ProceedingRedaction.measures(measures.ofCase(r.reference(), reader), r) : List.of(),
                        evidence.getOrDefault(r.caseId(), 0L))).toList();
    }

    /**
     * The cases of a page with a proceeding, or with a measure ({@code entity}, a constant): only theirs are read one by one,
     * through the service that applies visibility.
     */
    private Set<Long> having(String entity, List<Long> caseIds) {
        return new HashSet<>(em.createQuery("SELECT DISTINCT p.caseId FROM " + entity + " p WHERE p.caseId IN :cases", Long.class)
                .setParameter("cases", caseIds).getResultList());
    }

    private Map<Long, Long> evidenceCounts(List<Long> caseIds) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT e.caseId, COUNT(e) FROM EvidenceItem e WHERE e.caseId IN :cases GROUP BY e.caseId", Object[].class)
                .setParameter("cases", caseIds).getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The audit details: format, audience and filter — the search words only as "given", since they may be a name. */
    static String describe(String format, Audience audience, CaseFilter filter) {
        return format + " " + audience + " " + filter.describe(false);
    }
}
