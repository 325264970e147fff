package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case references {@code MZN-<year>-<sequence>}, the year being the incident's as first recorded:
 * advocates quote "MZN-2019-0042" for a Tishreen case. A reference never changes once given.
 */
@ApplicationScoped
public class CaseReferences {

    public static final String PREFIX = "MZN-";
    /**
     * What a search reads as (the start of) a reference, in any case: the prefix on its own or with the start of a year
     * and sequence ("MZN", "mzn-2021-00"), or a year and the start of a sequence without it ("2021-0042"). A year alone
     * is not one: it is as likely a word of a narrative.
     */
    private static final Pattern SEARCHED = Pattern.compile("(?i)" + Pattern.quote(PREFIX.substring(0, PREFIX.length() - 1))
            + "(?:-\\d{0,4}(?:-\\d{0,6})?)?|(?<unprefixed>\\d{4}-\\d{1,6})");

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
        return String.format(PREFIX + "%d-%04d", year, sequence);
    }

    /** The reference prefix a search text stands for, upper-case and with the prefix; empty when it is no reference. */
    public static Optional<String> searched(String text) {
        Matcher m = SEARCHED.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group("unprefixed") != null ? PREFIX + m.group("unprefixed") : m.group().toUpperCase(Locale.ROOT));
    }
}
