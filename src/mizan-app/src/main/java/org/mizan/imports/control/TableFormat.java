package org.mizan.imports.control;

/** What an uploaded table turned out to be, judged by its content rather than its name. */
public enum TableFormat {
    CSV,
    XLSX
}
