package org.mizan.imports.control;

import java.util.List;

/**
 * One row of a table.
 *
 * @param number the row's number as the user sees it: Excel's row number, or the CSV record's (not line's) ordinal,
 *               the header being 1
 * @param cells  stripped values, "" for an empty cell, at least as many as there are headers
 */
public record TableRow(long number, List<String> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
