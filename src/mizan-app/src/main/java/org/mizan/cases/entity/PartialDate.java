package org.mizan.cases.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date known to the year, the month or the day, possibly approximate: witnesses often remember
 * "October 2019" or "around the Arbaeen of 2020", and the record must not pretend to know more.
 */
public record PartialDate(int year, Integer month, Integer day, boolean approximate) implements java.io.Serializable {

    /**
     * The years a date typed in may have: what the case columns admit (schema V2: CHECK 1900–2200), as imports
     * do. Checked where dates come in, not here: a date already stored (a legal event's year has no CHECK) must
     * still be readable.
     */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range");
        }
        try {
            start(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date", e);
        }
    }

    /** The first day the date may mean. */
    public LocalDate start() {
        return start(year, month, day);
    }

    /** The last day the date may mean. */
    public LocalDate end() {
        if (day != null) {
            return LocalDate.of(year, month, day);
        }
        if (month != null) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    private static LocalDate start(int year, Integer month, Integer day) {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** ISO-8601 with only the known parts, and a leading {@code ~} when approximate: {@code ~2019-10}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(approximate ? "~" : "").append(String.format("%04d", year));
        if (month != null) {
            text.append(String.format("-%02d", month));
        }
        if (day != null) {
            text.append(String.format("-%02d", day));
        }
        return text.toString();
    }
}
