package org.mizan.platform.boundary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them into a date field: {@code 2020-08-19}, {@code 19/8/2020}, {@code 19.8.2020}, in Western,
 * Arabic-Indic (٢٠٢٠) or Eastern Arabic-Indic (۲۰۲۰, as Kurdish keyboards type) digits, with the Arabic date
 * separator or decimal comma too. A year of four digits comes first or last; when it comes last the day comes first, as
 * Iraqi forms write it. Times are {@code 14:30} after the date. Anything else is no date: never a guess.
 */
public final class TypedDates {

    /** What the date fields show and the calendar reads: one form, whatever was typed. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String SEPARATOR = "[-/.\u060D\u066B\u066C\u2010-\u2015\\s]";
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})" + SEPARATOR + "(\\d{1,2})" + SEPARATOR + "(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})" + SEPARATOR + "(\\d{1,2})" + SEPARATOR + "(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:\u066B.](\\d{2})(?:[:](\\d{2}))?");

    private TypedDates() {
    }

    /** The date typed, or empty when the text is no date. */
    public static Optional<LocalDate> date(String typed) {
        return typed == null ? Optional.empty() : dateOf(western(typed).strip());
    }

    /** The date and time typed (a date, then a space or T, then the time), or empty when the text is no such thing. */
    public static Optional<LocalDateTime> dateTime(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = western(typed).strip();
        int split = Math.max(text.lastIndexOf(' '), text.lastIndexOf('T'));
        if (split < 0) {
            return Optional.empty();
        }
        Optional<LocalDate> date = dateOf(text.substring(0, split).strip());
        Matcher time = TIME.matcher(text.substring(split + 1).strip());
        if (date.isEmpty() || !time.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(date.get().atTime(LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)),
                    time.group(3) == null ? 0 : Integer.parseInt(time.group(3)))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> dateOf(String text) {
        Matcher yearFirst = YEAR_FIRST.matcher(text);
        if (yearFirst.matches()) {
            return of(yearFirst.group(1), yearFirst.group(2), yearFirst.group(3));
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
            return of(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Every decimal digit of any script as its Western digit, so that one pattern reads them all. */
    static String western(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int digit = Character.isDigit(c) ? Character.digit(c, 10) : -1;
            if (digit >= 0) {
                out.append((char) ('0' + digit));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
