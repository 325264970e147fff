package org.mizan.legal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.mizan.cases.control.CaseVisibility;
import org.mizan.security.control.CaseReader;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cases a proceeding is linked to, as a reader may know them. A proceeding is visible through any linked case the
 * reader may see, and changed by the team of any linked case; what reaches a reader through a shared proceeding is
 * never more than the cases they may see: the other cases' references and evidence items are filtered here.
 */
@ApplicationScoped
public class ProceedingLinks {

    /** A linked case the reader may see: its id and reference. */
    record LinkedCase(long id, String reference) {
    }

    @PersistenceContext
    EntityManager em;

    /** The case the reader sees the proceeding under: its home case when visible, else the earliest visible linked case. */
    Optional<LinkedCase> shownUnder(long proceedingId, long homeCaseId, CaseReader reader) {
        List<?> rows = em.createNativeQuery("SELECT c.id, c.reference FROM proceeding_case pc JOIN violation_case c ON c.id = pc.case_id "
                        + "WHERE pc.proceeding_id = ?1 AND " + CaseVisibility.sql("c", reader) + " ORDER BY c.id <> ?2, c.id LIMIT 1")
                .setParameter(1, proceedingId).setParameter(2, homeCaseId).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new LinkedCase(number(row[0]), (String) row[1])).findFirst();
    }

    /** The linked cases the reader is an assigned investigator or lawyer of: whose team may change the proceeding. */
    Set<Long> teamCases(long proceedingId, CaseReader reader) {
        if (!reader.mayJoinTeams()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("SELECT pc.case_id FROM proceeding_case pc JOIN violation_case c ON c.id = pc.case_id "
                        + "JOIN case_assignee a ON a.case_id = c.id AND a.user_id = ?2 WHERE pc.proceeding_id = ?1 AND " + CaseVisibility.live("c"))
                .setParameter(1, proceedingId).setParameter(2, reader.userId()).getResultList();
        return rows.stream().map(ProceedingLinks::number).collect(Collectors.toSet());
    }

    /** Every case a proceeding is linked to, visible or not, oldest link first. */
    List<Long> allCases(long proceedingId) {
        List<?> rows = em.createNativeQuery("SELECT case_id FROM proceeding_case WHERE proceeding_id = ?1 ORDER BY linked_at, case_id")
                .setParameter(1, proceedingId).getResultList();
        return rows.stream().map(ProceedingLinks::number).toList();
    }

    /** For each proceeding, the references of its other linked cases that the reader may see: one query for all. */
    Map<Long, List<String>> alsoLinked(Collection<Long> proceedingIds, long shownUnder, CaseReader reader) {
        if (proceedingIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery("SELECT pc.proceeding_id, c.reference FROM proceeding_case pc JOIN violation_case c "
                        + "ON c.id = pc.case_id WHERE pc.proceeding_id = ANY(CAST(?1 AS BIGINT[])) AND pc.case_id <> ?2 AND "
                        + CaseVisibility.sql("c", reader) + " ORDER BY c.reference")
                .setParameter(1, array(proceedingIds)).setParameter(2, shownUnder).getResultList();
        Map<Long, List<String>> linked = new LinkedHashMap<>();
        rows.stream().map(row -> (Object[]) row)
                .forEach(row -> linked.computeIfAbsent(number(row[0]), p -> new java.util.ArrayList<>()).add((String) row[1]));
        return linked;
    }

    /**
     * Of these evidence items, those whose case the reader may see: an event of a shared proceeding may rest on another
     * case's files, which its link must not open to the readers of this case.
     */
    Set<Long> readableEvidence(Collection<Long> items, CaseReader reader) {
        if (items.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("SELECT e.id FROM evidence_item e JOIN violation_case c ON c.id = e.case_id "
                        + "WHERE e.id = ANY(CAST(?1 AS BIGINT[])) AND " + CaseVisibility.sql("c", reader))
                .setParameter(1, array(items)).getResultList();
        return rows.stream().map(ProceedingLinks::number).collect(Collectors.toSet());
    }

    /** Of these evidence items, those of the given cases. */
    Set<Long> evidenceOf(Collection<Long> cases, Collection<Long> items) {
        if (cases.isEmpty() || items.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("SELECT id FROM evidence_item WHERE id = ANY(CAST(?1 AS BIGINT[])) AND case_id = ANY(CAST(?2 AS BIGINT[]))")
                .setParameter(1, array(items)).setParameter(2, array(cases)).getResultList();
        return rows.stream().map(ProceedingLinks::number).collect(Collectors.toSet());
    }

    /** A PostgreSQL array literal of ids read from the database or bound as numbers: never text from a request. */
    private static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
