package org.mizan.reports.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.mizan.cases.control.CaseFilter;
import org.mizan.cases.control.CaseQuery;
import org.mizan.cases.control.CaseSearch;
import org.mizan.cases.control.CaseSort;
import org.mizan.cases.control.SqlRunner;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.security.control.CaseReader;

import java.util.Comparator;
import java.util.List;

/**
 * The cases of a case-list filter, a page at a time, for everything that prints many of them (exports, the periodic
 * report): chosen by {@link CaseQuery} — the list's own filters, search and visibility — in reference order, then
 * loaded with their collections in a few queries per page. The caller clears the persistence context between pages.
 */
final class CasePages {

    private final SqlRunner db;
    private final CaseFilter filter;
    private final CaseReader reader;
    /** The cases a redacted reader finds by words (CaseSearch#findableReferences), or null: the list's query serves. */
    private final List<String> findable;

    private CasePages(SqlRunner db, CaseFilter filter, CaseReader reader, List<String> findable) {
        this.db = db;
        this.filter = filter;
        this.reader = reader;
        this.findable = findable;
    }

    /** The cases of the filter for this reader, found as the case list finds them (by words only in what they may read). */
    static CasePages of(SqlRunner db, CaseFilter filter, CaseReader reader, CaseSearch search) {
        return new CasePages(db, filter, reader, search.findableReferences(filter, reader).orElse(null));
    }

    /** How many cases the filter selects for this reader (a lower bound when a search is too broad to count). */
    long count() {
        if (findable != null) {
            return findable.size();
        }
        return ((Number) db.rows(CaseQuery.of(db, filter, CaseSort.REFERENCE, false, 0, 1, reader).count()).get(0)[0]).longValue();
    }

    /** The references of one page, in reference order: stable from page to page. */
    List<String> references(int page, int size) {
        if (findable != null) {
            int from = (int) Math.min((long) page * size, findable.size());
            return findable.subList(from, Math.min(from + size, findable.size()));
        }
        return db.rows(CaseQuery.of(db, filter, CaseSort.REFERENCE, false, page, size, reader).page())
                .stream().map(row -> (String) row[0]).toList();
    }

    /** The cases of these references, in the same order. */
    static List<ViolationCase> load(EntityManager em, List<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        TypedQuery<ViolationCase> query = em.createQuery("SELECT c FROM ViolationCase c WHERE c.reference IN :references",
                ViolationCase.class).setParameter("references", references);
        // Each case's collections in one query per collection for the whole page, not one per case — down to the eagerly
        // fetched collections of what they hold (a person's aliases, a team member's roles), else one query per person.
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : List.of("c.parties", "c.parties.person", "c.parties.person.aliases", "c.violationTypes", "c.tags",
                "c.sources", "c.assignees", "c.assignees.roles")) {
            query.setHint("eclipselink.batch", path);
        }
        return query.getResultList().stream().sorted(Comparator.comparing(c -> references.indexOf(c.getReference()))).toList();
    }
}
