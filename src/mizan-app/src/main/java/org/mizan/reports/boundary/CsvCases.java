package org.mizan.reports.boundary;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mizan.reports.control.CaseExport;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.RedactedCase;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Export rows as CSV: UTF-8 behind a byte-order mark (without it Excel reads the file as the system's
 * ANSI code page and Arabic turns to mojibake), comma separated, CRLF, quoted where needed, every cell
 * neutralised against formula injection ({@link SpreadsheetCells}). The header row holds the English field
 * names, the same as the JSON export's keys: an export is for spreadsheets and programs, and fixed names
 * keep it machine-readable whatever language the user works in. PUBLIC has no locality column.
 */
final class CsvCases implements CaseFile {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CSVPrinter printer;
    private final boolean locality;

    CsvCases(OutputStream out, Audience audience) throws IOException {
        out.write(BOM);
        this.locality = audience != Audience.PUBLIC;
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(locality ? ExportFields.ALL : ExportFields.PUBLIC);
    }

    @Override
    public void row(CaseExport.Row row) throws IOException {
        RedactedCase c = row.redacted();
        List<String> cells = new ArrayList<>(List.of(c.reference(), String.join(";", c.violationTypes()),
                c.incidentDate().toString(), nullToEmpty(c.governorate())));
        if (locality) {
            cells.add(nullToEmpty(c.locality()));
        }
        cells.addAll(List.of(c.status().name(), PartyText.victims(c.victims()), PartyText.perpetrators(c.perpetrators()),
                Long.toString(row.evidenceItems())));
        printer.printRecord(cells.stream().map(SpreadsheetCells::neutralise));
    }

    /** Writes out what is buffered; the response stream itself is closed by the container. */
    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
