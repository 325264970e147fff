package org.mizan.imports.control;

import org.mizan.cases.control.FoldedText;
import org.mizan.cases.entity.PartialDate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the dates people type into spreadsheets in Iraq: ISO, day-first numerals (never month-first, which nobody
 * there writes, so 5/8/2020 is the 5th of August), and month names in English, Arabic (the Levantine names used
 * in Iraq and the Egyptian ones) and Sorani, with any digits, and with "about" in any of the three languages
 * making the date approximate. A date that cannot be read with certainty is not read at all: two-digit years,
 * impossible days and years outside 1900–2200 (a Hijri year among them) give nothing.
 */
public final class ImportDates {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;

    /** Month names by month, January first; each written as commonly spelt, folding takes care of hamza and alef. */
    private static final List<List<String>> MONTH_NAMES = List.of(
            List.of("january", "jan", "كانون الثاني", "كانون ثاني", "يناير", "کانوونی دووەم"),
            List.of("february", "feb", "شباط", "فبراير", "شوبات"),
            List.of("march", "mar", "آذار", "مارس", "ئازار"),
            List.of("april", "apr", "نيسان", "أبريل", "إبريل"),
            List.of("may", "أيار", "مايو", "ئایار"),
            List.of("june", "jun", "حزيران", "يونيو", "يونيه", "حوزەیران"),
            List.of("july", "jul", "تموز", "يوليو", "يوليه", "تەمموز"),
            List.of("august", "aug", "آب", "أغسطس", "ئاب"),
            List.of("september", "sep", "sept", "أيلول", "سبتمبر", "ئەیلوول"),
            List.of("october", "oct", "تشرين الأول", "تشرين أول", "أكتوبر", "تشرینی یەکەم"),
            List.of("november", "nov", "تشرين الثاني", "تشرين ثاني", "نوفمبر", "تشرینی دووەم"),
            List.of("december", "dec", "كانون الأول", "كانون أول", "ديسمبر", "کانوونی یەکەم"));
    private static final Map<String, Integer> MONTHS = months();
    private static final Pattern MONTH = words(MONTHS.keySet().stream());

    private static final Pattern APPROXIMATE = words(Stream.of("~", "≈", "c.", "ca.", "circa", "about", "around",
            "approx.", "approx", "approximately", "حوالي", "تقريبا", "نحو", "بحدود", "قرابة", "نزیکەی", "لە دەوروبەری"));
    /** "The year 2019", "2019 AD", "the month of August": words around a date that add nothing to it. */
    private static final Pattern FILLER = words(Stream.of("عام", "سنة", "ساڵی", "ساڵ", "year", "شهر", "مانگی"));
    private static final Pattern ERA = Pattern.compile("(?<=\\d)\\s*م(?!\\p{L})");
    private static final Pattern ORDINAL = Pattern.compile("(?<=\\d)(?:st|nd|rd|th)(?!\\p{L})");
    /** A spreadsheet's date cell may come out with a time of day. */
    private static final Pattern TIME = Pattern.compile("[ t]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?z?$");
    private static final Pattern BRACKETS = Pattern.compile("[()\\[\\]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACED_SEPARATOR = Pattern.compile("(?<=\\d)\\s*([-/.])\\s*(?=\\d)");

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})(?:([-/.])(\\d{1,2})(?:\\2(\\d{1,2}))?)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern NAMED_SEPARATORS = Pattern.compile("[\\s,،./-]+");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private ImportDates() {
    }

    /**
     * The date a cell means, or empty when it cannot be read with certainty.
     *
     * @throws IllegalArgumentException for {@code null} or blank: an empty cell is the caller's case, not a bad date
     */
    public static Optional<PartialDate> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("no date in a blank cell");
        }
        // U+060D is the Arabic date separator.
        Matcher marker = APPROXIMATE.matcher(FoldedText.fold(raw.replace('\u060D', '/')));
        boolean approximate = marker.find();
        String text = withoutFiller(marker.replaceAll(" "));
        return numeric(text, approximate).or(() -> named(text, approximate));
    }

    private static Optional<PartialDate> numeric(String text, boolean approximate) {
        Matcher iso = YEAR_FIRST.matcher(text);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(3), iso.group(4), approximate);
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
            return date(dayFirst.group(4), dayFirst.group(3), dayFirst.group(1), approximate);
        }
        Matcher monthYear = MONTH_YEAR.matcher(text);
        return monthYear.matches() ? date(monthYear.group(2), monthYear.group(1), null, approximate) : Optional.empty();
    }

    /** "August 2020", "19 آب 2020", "August 19, 2020", "2020 August": one month name, a year, perhaps a day. */
    private static Optional<PartialDate> named(String text, boolean approximate) {
        Matcher month = MONTH.matcher(text);
        if (!month.find()) {
            return Optional.empty();
        }
        String number = String.valueOf(MONTHS.get(month.group()));
        List<String> before = numbers(text.substring(0, month.start()));
        List<String> after = numbers(text.substring(month.end()));
        if (month.find()) {
            return Optional.empty();
        }
        List<String> numbers = Stream.concat(before.stream(), after.stream()).toList();
        if (numbers.size() == 1 && YEAR.matcher(numbers.get(0)).matches()) {
            return date(numbers.get(0), number, null, approximate);
        }
        // The day is next to the month, and the year comes last: "19 August 2020" or "August 19, 2020".
        boolean dayThenYear = numbers.size() == 2 && !after.isEmpty()
                && DAY.matcher(numbers.get(0)).matches() && YEAR.matcher(numbers.get(1)).matches();
        return dayThenYear ? date(numbers.get(1), number, numbers.get(0), approximate) : Optional.empty();
    }

    private static String withoutFiller(String text) {
        String words = ORDINAL.matcher(ERA.matcher(FILLER.matcher(text).replaceAll(" ")).replaceAll(" ")).replaceAll("");
        String spaced = SPACES.matcher(BRACKETS.matcher(words).replaceAll(" ")).replaceAll(" ").strip();
        return SPACED_SEPARATOR.matcher(TIME.matcher(spaced).replaceFirst("").strip()).replaceAll("$1");
    }

    private static List<String> numbers(String text) {
        return Arrays.stream(NAMED_SEPARATORS.split(text)).filter(part -> !part.isEmpty()).toList();
    }

    private static Optional<PartialDate> date(String year, String month, String day, boolean approximate) {
        int y = Integer.parseInt(year);
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartialDate(y, month == null ? null : Integer.valueOf(month),
                    day == null ? null : Integer.valueOf(day), approximate));
        } catch (IllegalArgumentException impossible) {
            return Optional.empty();
        }
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < MONTH_NAMES.size(); i++) {
            for (String name : MONTH_NAMES.get(i)) {
                months.put(FoldedText.fold(name), i + 1);
            }
        }
        return months;
    }

    /** Any of the words, folded, standing alone (not inside another word); the longest wins where they overlap. */
    private static Pattern words(Stream<String> words) {
        return Pattern.compile(words.map(FoldedText::fold).sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|", "(?<!\\p{L})(?:", ")(?!\\p{L})")));
    }
}
