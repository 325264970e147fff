package org.mizan.reports.boundary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Formula neutralisation of CSV cells: an apostrophe before a formula trigger, nothing else changed. */
class SpreadsheetCellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "+1 555|'+1 555",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "ساحة التحرير|ساحة التحرير",
            "2019-10-25|2019-10-25",
            "a=b|a=b",
            "'quoted|'quoted",
    })
    void formulaTriggersGetALeadingApostropheAndNothingElseChanges(String value, String expected) {
        assertEquals(expected, SpreadsheetCells.neutralise(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t=1+1", "\r=1+1", "\tplain"})
    void tabsAndCarriageReturnsAreTriggersToo(String value) {
        assertEquals("'" + value, SpreadsheetCells.neutralise(value));
    }
}
