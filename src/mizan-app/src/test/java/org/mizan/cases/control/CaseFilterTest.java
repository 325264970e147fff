package org.mizan.cases.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What an audit entry says of a case filter: what filters, readably, and the search words only where they belong. */
class CaseFilterTest {

    @Test
    void describesOnlyWhatFilters() {
        CaseFilter filter = new CaseFilter("ASSASSINATION", null, LocalDate.of(2020, 1, 1), null, null, null, null, null, "سجاد");
        assertEquals("type=ASSASSINATION, from=2020-01-01, q=\"سجاد\"", filter.describe(true));
        assertEquals("type=ASSASSINATION, from=2020-01-01, q=(given)", filter.describe(false));
        assertEquals("all cases", CaseFilter.none().describe(true));
    }
}
