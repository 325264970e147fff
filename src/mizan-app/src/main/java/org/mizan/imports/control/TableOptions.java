package org.mizan.imports.control;

/**
 * How to read a table when detection gets it wrong: each null means "detect" (for the sheet, the first one).
 *
 * @param encoding  a charset name for CSV, ignored for XLSX
 * @param delimiter one of {@code , ; \t |} for CSV, ignored for XLSX
 * @param sheet     the XLSX sheet's index, from 0, ignored for CSV
 */
public record TableOptions(String encoding, Character delimiter, Integer sheet) {

    public static TableOptions detect() {
        return new TableOptions(null, null, null);
    }
}
