package org.mizan.imports.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.cases.control.FoldedText;
import org.mizan.cases.entity.PartialDate;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ImportDatesTest {

    /** The date as PartialDate prints it ("~2019-10"), or "none". */
    private static String read(String raw) {
        return ImportDates.parse(raw).map(PartialDate::toString).orElse("none");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2020-08-19 | 2020-08-19",
            "2020-08    | 2020-08",
            "2020       | 2020",
            "2020/08/19 | 2020-08-19",
            "2020.8.9   | 2020-08-09",
            "2020-08-19 00:00:00 | 2020-08-19",
            "2020-08-19T00:00 | 2020-08-19",
            "19 / 8 / 2020 | 2020-08-19",
    })
    void readsIsoAndYearFirst(String raw, String expected) {
        assertEquals(expected, read(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "19/8/2020  | 2020-08-19",
            "19-08-2020 | 2020-08-19",
            "19.8.2020  | 2020-08-19",
            "5/8/2020   | 2020-08-05",
            "01/02/2021 | 2021-02-01",
            "8/2020     | 2020-08",
            "08-2020    | 2020-08",
    })
    void readsDayFirstNeverMonthFirst(String raw, String expected) {
        assertEquals(expected, read(raw));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "8/19/2020",      // month-first: there is no 19th month
            "31/2/2020", "30/02/2021", "29/2/2021", "0/5/2020", "2020-13", "2020-02-30", "13/2020", "32/1/2020",
            "19/8/20", "8/20", "20-08-19", "Aug 20", "19 آب 20",   // two-digit years
            "1899", "2201", "1441", "0999-01-01", "19/8/1441",      // out of range, a Hijri year among them
            "19/8-2020",     // mixed separators
            "yesterday", "2020 or 2021", "19 August", "August", "آب", "~", "circa", "Q3 2020", "20200819",
            "August July 2020", "19 20 August 2020",
    })
    void rejectsWhatCannotBeReadWithCertainty(String raw) {
        assertEquals(Optional.empty(), ImportDates.parse(raw));
    }

    @Test
    void acceptsALeapDay() {
        assertEquals("2020-02-29", read("29/2/2020"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "August 2020        | 2020-08",
            "Aug 2020           | 2020-08",
            "aug. 2020          | 2020-08",
            "AUGUST 2020        | 2020-08",
            "Sept 2019          | 2019-09",
            "19 August 2020     | 2020-08-19",
            "19 Aug 2020        | 2020-08-19",
            "19-Aug-2020        | 2020-08-19",
            "August 19, 2020    | 2020-08-19",
            "August 19 2020     | 2020-08-19",
            "19th August 2020   | 2020-08-19",
            "August 1st, 2020   | 2020-08-01",
            "2020 August        | 2020-08",
            "31 September 2020  | none",
    })
    void readsEnglishMonthNames(String raw, String expected) {
        assertEquals(expected, read(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "كانون الثاني 2020 | 2020-01",
            "كانون ثاني 2020   | 2020-01",
            "شباط 2020         | 2020-02",
            "آذار 2020         | 2020-03",
            "اذار 2020         | 2020-03",
            "نيسان 2020        | 2020-04",
            "أيار 2020         | 2020-05",
            "ايار 2020         | 2020-05",
            "حزيران 2020       | 2020-06",
            "تموز 2020         | 2020-07",
            "آب 2020           | 2020-08",
            "اب 2020           | 2020-08",
            "أيلول 2020        | 2020-09",
            "ايلول 2020        | 2020-09",
            "تشرين الأول 2019  | 2019-10",
            "تشرين الاول 2019  | 2019-10",
            "تشرين الثاني 2019 | 2019-11",
            "كانون الأول 2019  | 2019-12",
            "25 تشرين الأول 2019 | 2019-10-25",
    })
    void readsIraqiArabicMonthNames(String raw, String expected) {
        assertEquals(expected, read(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "يناير 2020  | 2020-01",
            "فبراير 2020 | 2020-02",
            "مارس 2020   | 2020-03",
            "أبريل 2020  | 2020-04",
            "ابريل 2020  | 2020-04",
            "مايو 2020   | 2020-05",
            "يونيو 2020  | 2020-06",
            "يونيه 2020  | 2020-06",
            "يوليو 2020  | 2020-07",
            "يوليه 2020  | 2020-07",
            "أغسطس 2020  | 2020-08",
            "اغسطس 2020  | 2020-08",
            "سبتمبر 2020 | 2020-09",
            "أكتوبر 2020 | 2020-10",
            "اكتوبر 2020 | 2020-10",
            "نوفمبر 2020 | 2020-11",
            "ديسمبر 2020 | 2020-12",
            "3 أكتوبر 2019 | 2019-10-03",
    })
    void readsEgyptianArabicMonthNames(String raw, String expected) {
        assertEquals(expected, read(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "کانوونی دووەم 2020 | 2020-01",
            "کانونی دووەم 2020  | 2020-01",
            "شوبات 2020         | 2020-02",
            "ئازار 2020         | 2020-03",
            "نیسان 2020         | 2020-04",
            "ئایار 2020         | 2020-05",
            "حوزەیران 2020      | 2020-06",
            "تەمموز 2020        | 2020-07",
            "ئاب 2020           | 2020-08",
            "ئەیلوول 2020       | 2020-09",
            "تشرینی یەکەم 2019  | 2019-10",
            "تشرینی دووەم 2019  | 2019-11",
            "کانوونی یەکەم 2019 | 2019-12",
            "1 ئایار 2021       | 2021-05-01",
            "ساڵی 2019          | 2019",
    })
    void readsSoraniMonthNames(String raw, String expected) {
        assertEquals(expected, read(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "٢٠٢٠-٠٨-١٩   | 2020-08-19",
            "١٩/٨/٢٠٢٠    | 2020-08-19",
            "۱۹/۸/۲۰۲۰    | 2020-08-19",
            "آب ٢٠٢٠      | 2020-08",
            "١٩ آب ٢٠٢٠   | 2020-08-19",
            "۲۵ تشرینی یەکەم ۲۰۱۹ | 2019-10-25",
            "٢٠١٩         | 2019",
            "٢٩/٢/٢٠٢١    | none",
    })
    void readsArabicIndicAndPersianDigits(String raw, String expected) {
        assertEquals(expected, read(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "عام 2019         | 2019",
            "2019م            | 2019",
            "2019 م           | 2019",
            "سنة 2019         | 2019",
            "19 آب، 2020      | 2020-08-19",
            "آب، ٢٠٢٠         | 2020-08",
            "19 آب 2020م      | 2020-08-19",
            "شهر تموز 2019    | 2019-07",
            "\u00a02020-08-19\u00a0 | 2020-08-19",
            "\u200f19/8/2020\u200f  | 2020-08-19",
            "19؍8؍2020        | 2020-08-19",
    })
    void toleratesYearWordsCommasAndInvisibleCharacters(String raw, String expected) {
        assertEquals(expected, read(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "~2019             | ~2019",
            "~ 2019            | ~2019",
            "c. 2019           | ~2019",
            "ca. 2019          | ~2019",
            "circa 2019        | ~2019",
            "Circa August 2019 | ~2019-08",
            "about 2019        | ~2019",
            "around 10/2019    | ~2019-10",
            "approx. 2019      | ~2019",
            "2019 (approx.)    | ~2019",
            "حوالي 2019        | ~2019",
            "حوالي عام 2019    | ~2019",
            "تقريبا 2019       | ~2019",
            "2019 تقريباً      | ~2019",
            "نحو 2019          | ~2019",
            "تقريبا آب 2020    | ~2020-08",
            "نزیکەی 2019       | ~2019",
            "لە دەوروبەری 2019 | ~2019",
            "لە دەوروبەری ساڵی ٢٠١٩ | ~2019",
            "~19/8/2020        | ~2020-08-19",
    })
    void marksApproximateDates(String raw, String expected) {
        assertEquals(expected, read(raw));
    }

    @Test
    void aMarkerInsideAWordIsNotOne() {
        // "dec." must stay December, not "de" + "c.".
        assertEquals("2019-12", read("Dec. 2019"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void refusesABlankCell(String raw) {
        assertThrows(IllegalArgumentException.class, () -> ImportDates.parse(raw));
    }

    @Test
    void aCellOfNoBreakSpacesIsNoDate() {
        // String.isBlank does not see NBSP as blank, so callers pass it on; it must not be an error of the code.
        assertEquals(Optional.empty(), ImportDates.parse("\u00a0\u00a0"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"٤٢ | 42", "۱۹۸۰ | 1980", "abc 12 | abc 12", "'' | ''"})
    void givesAsciiDigits(String raw, String expected) {
        assertEquals(expected, FoldedText.asciiDigits(raw));
    }
}
