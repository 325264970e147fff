package org.mizan.imports.control;

/**
 * Why one row cannot be imported: its number as the user sees it in the spreadsheet, the column (its header,
 * or null for the row as a whole) and a message of the bundles with its arguments, shown in the user's language.
 */
public record RowError(long row, String column, String messageKey, Object... arguments) {
}
