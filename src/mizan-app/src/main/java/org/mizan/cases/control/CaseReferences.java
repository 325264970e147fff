package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Case references {@code MZN-<year>-<sequence>}, the year being the incident's as first recorded:
 * advocates quote "MZN-2019-0042" for a Tishreen case. A reference never changes once given.
 */
@ApplicationScoped
public class CaseReferences {

    @PersistenceContext
    EntityManager em;

    /** The next reference for the year; the counter row lock makes concurrent creations take turns. */
    public String next(int year) {
        return format(year, reserve(year, 1));
    }

    /**
     * Takes {@code count} consecutive sequence numbers of the year at once — an import's cases of that year — and
     * returns the first; the counter row stays locked until the transaction ends.
     */
    public int reserve(int year, int count) {
        Number last = (Number) em.createNativeQuery("INSERT INTO case_reference_counter (year, last_value) VALUES (?1, ?2) "
                        + "ON CONFLICT (year) DO UPDATE SET last_value = case_reference_counter.last_value + ?2 RETURNING last_value")
                .setParameter(1, year).setParameter(2, count).getSingleResult();
        return last.intValue() - count + 1;
    }

    public static String format(int year, int sequence) {
        return String.format("MZN-%d-%04d", year, sequence);
    }
}
