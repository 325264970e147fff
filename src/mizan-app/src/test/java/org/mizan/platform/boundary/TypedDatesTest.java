package org.mizan.platform.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TypedDatesTest {

    private static final LocalDate AUGUST_19 = LocalDate.of(2020, 8, 19);

    @ParameterizedTest
    @ValueSource(strings = {"2020-08-19", "2020-8-19", "19/8/2020", "19/08/2020", "19-8-2020", "19.8.2020", " 19/8/2020 ",
            "2020/08/19", "٢٠٢٠-٠٨-١٩", "١٩/٨/٢٠٢٠", "۱۹/۸/۲۰۲۰", "١٩\u060D٨\u060D٢٠٢٠", "19 8 2020"})
    void readsADateAsPeopleTypeIt(String typed) {
        assertEquals(Optional.of(AUGUST_19), TypedDates.date(typed), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-1", "2020", "19/8/20", "8/19/2020", "2020-02-30", "31/4/2021", "yesterday", "2020-08-19x", "", "20201-08-19"})
    void refusesWhatIsNoDateRatherThanGuessing(String typed) {
        assertEquals(Optional.empty(), TypedDates.date(typed), typed);
    }

    @Test
    void readsADateAndTimeInAnyDigits() {
        LocalDateTime expected = LocalDateTime.of(2020, 8, 19, 14, 30);
        assertEquals(Optional.of(expected), TypedDates.dateTime("2020-08-19 14:30"));
        assertEquals(Optional.of(expected), TypedDates.dateTime("19/8/2020 14:30"));
        assertEquals(Optional.of(expected), TypedDates.dateTime("١٩/٨/٢٠٢٠ ١٤:٣٠"));
        assertEquals(Optional.of(expected.withSecond(5)), TypedDates.dateTime("2020-08-19T14:30:05"));
        assertEquals(Optional.empty(), TypedDates.dateTime("2020-08-19"));
        assertEquals(Optional.empty(), TypedDates.dateTime("2020-08-19 25:00"));
        assertEquals(Optional.empty(), TypedDates.dateTime("19/8/2020 2pm"));
    }

    @Test
    void showsOneFormWhateverWasTyped() {
        assertEquals("2020-08-19", TypedDates.DATE.format(TypedDates.date("١٩/٨/٢٠٢٠").orElseThrow()));
    }
}
