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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Export rows as CSV: UTF-8 behind a byte-order mark (without it Excel reads the file as the system's
 * ANSI code page and Arabic turns to mojibake), comma separated, CRLF, quoted where needed, every cell
 * neutralised against formula injection ({@link SpreadsheetCells}). The header row holds the English field
 * names, the same as the JSON export's keys: an export is for spreadsheets and programs, and fixed names
 * keep it machine-readable whatever language the user works in; a cell the audience may not see is empty. PUBLIC has
 * no columns for the exact place and the witnesses ({@link ExportFields#of}).
 */
final class CsvCases implements CaseFile {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CSVPrinter printer;
    private final List<String> fields;

    CsvCases(OutputStream out, Audience audience) throws IOException {
        out.write(BOM);
        this.fields = ExportFields.of(audience);
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(fields);
    }

    @Override
    public void row(CaseExport.Row row) throws IOException {
        RedactedCase c = row.redacted();
        Map<String, String> cells = new HashMap<>();
        cells.put(ExportFields.REFERENCE, c.reference());
        cells.put(ExportFields.VIOLATION_TYPES, String.join(";", c.violationTypes()));
        cells.put(ExportFields.INCIDENT_DATE, c.incidentDate().toString());
        cells.put(ExportFields.END_DATE, c.endDate() == null ? null : c.endDate().toString());
        cells.put(ExportFields.DATE_NOTE, c.dateNote());
        cells.put(ExportFields.GOVERNORATE, c.governorate());
        cells.put(ExportFields.LOCALITY, c.locality());
        cells.put(ExportFields.LATITUDE, c.latitude() == null ? null : c.latitude().toPlainString());
        cells.put(ExportFields.LONGITUDE, c.longitude() == null ? null : c.longitude().toPlainString());
        cells.put(ExportFields.STATUS, c.status().name());
        cells.put(ExportFields.NARRATIVE, c.narrative());
        cells.put(ExportFields.TAGS, String.join(";", c.tags()));
        cells.put(ExportFields.VICTIMS, PartyText.victims(c.victims()));
        cells.put(ExportFields.PERPETRATORS, PartyText.perpetrators(c.perpetrators()));
        cells.put(ExportFields.WITNESSES, PartyText.witnesses(c.witnesses()));
        cells.put(ExportFields.SOURCES, ProceedingText.sources(c.sources()));
        cells.put(ExportFields.PROCEEDINGS, ProceedingText.proceedings(row.proceedings()));
        cells.put(ExportFields.MEASURES, ProceedingText.measures(row.measures()));
        cells.put(ExportFields.EVIDENCE_ITEMS, Long.toString(row.evidenceItems()));
        printer.printRecord(fields.stream().map(f -> SpreadsheetCells.neutralise(cells.get(f))));
    }

    /** Writes out what is buffered; the response stream itself is closed by the container. */
    @Override
    public void finish() throws IOException {
        printer.flush();
    }
}
