package org.mizan.cases.control;

import org.junit.jupiter.api.Test;
import org.mizan.cases.entity.PartialDate;
import org.mizan.platform.control.InvalidInput;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypedDateTest {

    @Test
    void aRequestsDateNeedsAYearInRangeAndMustExist() {
        assertEquals(new PartialDate(2019, 10, null, false), new TypedDate(2019, 10, null, null).toPartialDate("incidentDate"));
        assertEquals(new PartialDate(2019, 10, 25, true), new TypedDate(2019, 10, 25, true).toPartialDate("incidentDate"));
        assertRefused("case.date.yearRequired", new TypedDate(null, 10, null, null));
        assertRefused("case.date.yearRange", new TypedDate(1899, null, null, null));
        assertRefused("case.date.invalid", new TypedDate(2019, 2, 30, null));
        // The API has always called a day without its month an invalid date; the pages say more (below).
        assertRefused("case.date.invalid", new TypedDate(2019, null, 5, null));
    }

    @Test
    void aPagesFieldsMayBeEmptyAndSayWhatIsWrong() {
        assertEquals(List.of(), keysOf(null, null, null));
        assertEquals(List.of("case.date.yearRequired"), keysOf(null, 10, null));
        assertEquals(List.of("cases.date.dayNeedsMonth"), keysOf(2019, null, 5));
        assertEquals(List.of("case.date.yearRange"), keysOf(2201, null, null));
        assertEquals(List.of("case.date.invalid"), keysOf(2019, 2, 30));
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        assertEquals(new PartialDate(2019, 10, 1, true), TypedDate.parse("date", 2019, 10, 1, true, errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void aStoredDateIsSentInTheSameParts() {
        assertNull(TypedDate.of(null));
        assertEquals(new TypedDate(2020, 3, null, true), TypedDate.of(new PartialDate(2020, 3, null, true)));
    }

    private static void assertRefused(String key, TypedDate typed) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> typed.toPartialDate("incidentDate"));
        assertEquals(List.of("incidentDate:" + key),
                refused.errors().stream().map(e -> e.field() + ":" + e.messageKey()).toList());
    }

    private static List<String> keysOf(Integer year, Integer month, Integer day) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        assertNull(TypedDate.parse("date", year, month, day, false, errors));
        return errors.stream().map(InvalidInput.FieldError::messageKey).toList();
    }
}
