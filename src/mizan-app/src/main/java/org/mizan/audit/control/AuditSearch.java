package org.mizan.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.mizan.audit.entity.AuditEntry;
import org.mizan.audit.entity.AuditFilter;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Newest-first pages of the audit trail, filtered by user, action, outcome and time; every event committed before the
 * question is chained first, so it is in the answer.
 */
@ApplicationScoped
public class AuditSearch {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditChain chain;

    public List<AuditEntry> page(AuditFilter filter, int first, int size) {
        chain.flush();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(entry).where(predicates(cb, entry, filter)).orderBy(cb.desc(entry.get("seq")));
        TypedQuery<AuditEntry> typed = em.createQuery(query).setFirstResult(first).setMaxResults(size);
        return typed.getResultList();
    }

    public long count(AuditFilter filter) {
        chain.flush();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(predicates(cb, entry, filter));
        return em.createQuery(query).getSingleResult();
    }

    public List<String> actions() {
        chain.flush();
        return em.createQuery("SELECT DISTINCT a.action FROM AuditEntry a ORDER BY a.action", String.class)
                .getResultList();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.username() != null && !filter.username().isBlank()) {
            predicates.add(cb.equal(entry.get("username"), filter.username().trim().toLowerCase(java.util.Locale.ROOT)));
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            predicates.add(cb.equal(entry.get("action"), filter.action()));
        }
        if (filter.outcome() != null) {
            predicates.add(cb.equal(entry.get("outcome"), filter.outcome()));
        }
        if (filter.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), filter.from().atOffset(ZoneOffset.UTC)));
        }
        if (filter.to() != null) {
            predicates.add(cb.lessThan(entry.get("occurredAt"), filter.to().atOffset(ZoneOffset.UTC)));
        }
        return predicates.toArray(Predicate[]::new);
    }
}
