package org.mizan.reports.control;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Report ids such as {@code MZR-7KQ2-WD9X-HA3F}: 60 random bits in Crockford's base 32 (no I, L, O, U, so they read
 * aloud and copy by hand without confusion). Random rather than counted, so an id says nothing about how many
 * reports were made.
 */
public final class ReportIds {

    static final Pattern FORM = Pattern.compile("MZR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReportIds() {
    }

    static String next() {
        return next("MZR");
    }

    /** An id of the same form for another kind of issued thing ({@code MZP-…} for a memorial publication). */
    public static String next(String prefix) {
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                id.append('-');
            }
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
