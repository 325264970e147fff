package org.mizan.reports.entity;

/**
 * A ten-year band of age at the time of the incident ({@code 20–29}), or unknown. A band rather than the
 * age because an exact age, with a governorate and a date, is often enough to identify someone.
 * {@code from} is null when the age is unknown; {@code to} is null for the open top band.
 */
public record AgeGroup(Integer from, Integer to) {

    public static final AgeGroup UNKNOWN = new AgeGroup(null, null);
    /** The lower bound of the open top band: "80+". */
    static final int TOP = 80;
    private static final int WIDTH = 10;

    /** The band of an age in years; a negative or missing age is unknown. */
    public static AgeGroup of(Integer age) {
        if (age == null || age < 0) {
            return UNKNOWN;
        }
        if (age >= TOP) {
            return new AgeGroup(TOP, null);
        }
        int from = age / WIDTH * WIDTH;
        return new AgeGroup(from, from + WIDTH - 1);
    }

    public boolean known() {
        return from != null;
    }

    /**
     * {@code 20–29} (en dash), {@code 80+}, or {@code age unknown}: the machine-facing form used in exports;
     * a rendered report shows {@code report.ageUnknown} from the bundles instead of the English words.
     */
    public String label() {
        if (from == null) {
            return "age unknown";
        }
        return to == null ? from + "+" : from + "\u2013" + to;
    }

    @Override
    public String toString() {
        return label();
    }
}
