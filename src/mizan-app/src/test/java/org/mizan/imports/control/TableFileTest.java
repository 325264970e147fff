package org.mizan.imports.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;
import org.mizan.platform.control.InvalidInput;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableFileTest {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    @TempDir
    Path folder;

    // ---- CSV ----

    @Test
    void utf8WithBomAndCommas() throws IOException {
        Path file = write("bom.csv", bytes("\uFEFFname,city\r\nأحمد علي,بغداد\r\nSara,Erbil\r\n", StandardCharsets.UTF_8));
        try (TableFile table = TableFile.open(file, "bom.csv", TableOptions.detect())) {
            assertEquals(TableFormat.CSV, table.format());
            assertEquals("UTF-8", table.encoding());
            assertEquals(',', table.delimiter());
            assertEquals(List.of(), table.sheets());
            assertEquals(List.of("name", "city"), table.headers());
            assertEquals(List.of(row(2, "أحمد علي", "بغداد"), row(3, "Sara", "Erbil")), drain(table));
        }
    }

    @Test
    void utf8WithoutBomAndSemicolonsStripsAndPads() throws IOException {
        Path file = write("plain.csv", bytes("name;city;amount\n  Ali ;  Duhok \nسارا;السليمانية;1,5\n", StandardCharsets.UTF_8));
        try (TableFile table = TableFile.open(file, "plain.csv", null)) {
            assertEquals("UTF-8", table.encoding());
            assertEquals(';', table.delimiter());
            assertEquals(List.of(row(2, "Ali", "Duhok", ""), row(3, "سارا", "السليمانية", "1,5")), drain(table));
        }
    }

    @Test
    void windows1256WithTabs() throws IOException {
        String text = "الاسم\tالمدينة\tالتاريخ\nأحمد علي حسين\tالبصرة\t2020-08-19\nفاطمة محمد\tالموصل\t2021-01-02\n"
                + "زينب عبد الله\tكربلاء\t2019-05-30\n";
        Path file = write("arabic.csv", bytes(text, WINDOWS_1256));
        try (TableFile table = TableFile.open(file, "arabic.csv", TableOptions.detect())) {
            assertEquals("windows-1256", table.encoding());
            assertEquals('\t', table.delimiter());
            assertEquals(List.of("الاسم", "المدينة", "التاريخ"), table.headers());
            List<TableRow> rows = drain(table);
            assertEquals(row(2, "أحمد علي حسين", "البصرة", "2020-08-19"), rows.get(0));
            assertEquals(row(4, "زينب عبد الله", "كربلاء", "2019-05-30"), rows.get(2));
        }
    }

    @Test
    void pipes() throws IOException {
        Path file = write("pipes.txt", bytes("a|b|c\n1|2|3\n4|5|6|7\n", StandardCharsets.UTF_8));
        try (TableFile table = TableFile.open(file, "pipes.txt", TableOptions.detect())) {
            assertEquals('|', table.delimiter());
            assertEquals(List.of(row(2, "1", "2", "3"), row(3, "4", "5", "6", "7")), drain(table));
        }
    }

    @Test
    void quotedNewlinesAndDelimitersCountAsOneRecordAndBlankLinesAsRows() throws IOException {
        String text = "id,text,note\n1,\"line one\nline two, with a comma\",x\n2,\"say \"\"hi\"\"; bye\",y\n\n3,last,z\n";
        Path file = write("quoted.csv", bytes(text, StandardCharsets.UTF_8));
        try (TableFile table = TableFile.open(file, "quoted.csv", TableOptions.detect())) {
            assertEquals(',', table.delimiter());
            assertEquals(List.of(row(2, "1", "line one\nline two, with a comma", "x"), row(3, "2", "say \"hi\"; bye", "y"),
                    row(5, "3", "last", "z")), drain(table));
        }
    }

    @Test
    void formulasAreText() throws IOException {
        String text = "link,plus,minus,at\n\"=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\",+1,-2,@SUM(A1:A2)\n";
        Path file = write("formulas.csv", bytes(text, StandardCharsets.UTF_8));
        try (TableFile table = TableFile.open(file, "formulas.csv", TableOptions.detect())) {
            assertEquals(List.of(row(2, "=HYPERLINK(\"http://example.org\",\"x\")", "+1", "-2", "@SUM(A1:A2)")), drain(table));
        }
    }

    @Test
    void explicitOptionsOverrideDetection() throws IOException {
        Path file = write("options.csv", bytes("a;b,c\n1;2,3\n", StandardCharsets.UTF_8));
        try (TableFile table = TableFile.open(file, "options.csv", new TableOptions("windows-1256", ',', null))) {
            assertEquals("windows-1256", table.encoding());
            assertEquals(',', table.delimiter());
            assertEquals(List.of("a;b", "c"), table.headers());
        }
    }

    @Test
    void invalidByteLateInExplicitUtf8NamesItsRow() throws IOException {
        Path file = write("bad.csv", rowsWithBadByte(3000, 2500));
        try (TableFile table = TableFile.open(file, "bad.csv", new TableOptions("UTF-8", null, null))) {
            assertRefused("import.file.encoding", 2500L, () -> drain(table));
        }
    }

    @Test
    void invalidByteAfterTheDetectionSampleNamesItsRow() throws IOException {
        Path file = write("late.csv", rowsWithBadByte(40_000, 39_000));
        assertTrue(Files.size(file) > TableCsv.SAMPLE_BYTES);
        try (TableFile table = TableFile.open(file, "late.csv", TableOptions.detect())) {
            assertEquals("UTF-8", table.encoding());
            assertRefused("import.file.encoding", 39_000L, () -> drain(table));
        }
    }

    /** Header, then rows numbered 2..rows, each with Arabic text; record {@code bad} holds a byte never valid in UTF-8. */
    private static byte[] rowsWithBadByte(int rows, int bad) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes("number,name,note\n", StandardCharsets.UTF_8));
        for (int number = 2; number <= rows; number++) {
            String multiline = number % 7 == 0 ? "\"two\nlines\"" : "one line";
            out.write(bytes(number + ",محمد جاسم " + number + "," + multiline, StandardCharsets.UTF_8));
            if (number == bad) {
                out.write(0xFF);
            }
            out.write('\n');
        }
        return out.toByteArray();
    }

    // ---- XLSX ----

    @Test
    void xlsxCellsAsText() throws IOException {
        Path file = folder.resolve("cases.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Cases");
            fill(sheet.createRow(0), "name", "city", "date", "count", "sum", "id", "text");
            Row data = sheet.createRow(1);
            fill(data, "أحمد علي", " Baghdad ");
            dateCell(workbook, data.createCell(2), "m/d/yy", LocalDate.of(2020, 8, 19));
            data.createCell(3).setCellValue(42);
            data.createCell(4).setCellFormula("1+1");
            data.createCell(5).setCellValue(123456789012.0);
            data.createCell(6).setCellValue("=HYPERLINK(\"http://example.org\")");
            Row sparse = sheet.createRow(2);
            sparse.createCell(0).setCellValue("Sara");
            sparse.createCell(3).setCellValue(0.5);
            Row later = sheet.createRow(5);
            dateCell(workbook, later.createCell(2), "dd/mm/yyyy", LocalDate.of(1999, 12, 31));
            workbook.createSheet("Other").createRow(0).createCell(0).setCellValue("x");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        try (TableFile table = TableFile.open(file, "cases.xlsx", TableOptions.detect())) {
            assertEquals(TableFormat.XLSX, table.format());
            assertNull(table.encoding());
            assertNull(table.delimiter());
            assertEquals(List.of("Cases", "Other"), table.sheets());
            assertEquals(List.of("name", "city", "date", "count", "sum", "id", "text"), table.headers());
            assertEquals(List.of(
                    row(2, "أحمد علي", "Baghdad", "2020-08-19", "42", "2", "123456789012", "=HYPERLINK(\"http://example.org\")"),
                    row(3, "Sara", "", "", "0.5", "", "", ""),
                    row(6, "", "", "1999-12-31", "", "", "", "")), drain(table));
            assertTrue(table.progress() > 0.9, "progress " + table.progress());
        }
        try (TableFile table = TableFile.open(file, "cases.xlsx", new TableOptions(null, null, 1))) {
            assertEquals(List.of("x"), table.headers());
            assertFalse(table.rows().hasNext());
        }
        assertThrows(InvalidInput.class, () -> TableFile.open(file, "cases.xlsx", new TableOptions(null, null, 2)));
    }

    @Test
    void closingStopsTheSheetReaderEarly() throws IOException {
        Path file = folder.resolve("long.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Long");
            for (int i = 0; i < 5000; i++) {
                fill(sheet.createRow(i), "row " + i, "value");
            }
            workbook.write(out);
        }
        try (TableFile table = TableFile.open(file, "long.xlsx", TableOptions.detect())) {
            assertEquals(2, table.rows().next().number());
            assertThrows(IllegalStateException.class, table::rows);
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().equals("mizan-xlsx-sheet")), "the sheet's reader thread is left running");
    }

    private static void fill(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static void dateCell(XSSFWorkbook workbook, Cell cell, String format, LocalDate date) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }

    // ---- refusals ----

    @Test
    void oldBinaryExcelIsRefused() throws IOException {
        byte[] ole2 = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        Path file = write("old.xls", ole2);
        assertRefused("import.file.xls", null, () -> TableFile.open(file, "old.xls", TableOptions.detect()));
    }

    @Test
    void randomBytesAreUnreadable() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(8).nextBytes(noise);
        noise[0] = 'x';
        Path file = write("noise.csv", noise);
        assertRefused("import.file.unreadable", null, () -> TableFile.open(file, "noise.csv", TableOptions.detect()));
    }

    @Test
    void brokenZipIsUnreadable() throws IOException {
        byte[] broken = new byte[4096];
        new Random(9).nextBytes(broken);
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, broken, 0, 4);
        Path file = write("broken.xlsx", broken);
        assertRefused("import.file.unreadable", null, () -> TableFile.open(file, "broken.xlsx", TableOptions.detect()));
    }

    @Test
    void zipThatIsNoWorkbookIsUnreadable() throws IOException {
        Path file = folder.resolve("other.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write(bytes("hello", StandardCharsets.UTF_8));
        }
        assertRefused("import.file.unreadable", null, () -> TableFile.open(file, "other.xlsx", TableOptions.detect()));
    }

    @Test
    void emptyFilesAreRefused() throws IOException {
        Path empty = write("empty.csv", new byte[0]);
        assertRefused("import.file.empty", null, () -> TableFile.open(empty, "empty.csv", TableOptions.detect()));
        Path blank = write("blank.csv", bytes("\uFEFF\n ; \n\n", StandardCharsets.UTF_8));
        assertRefused("import.file.empty", null, () -> TableFile.open(blank, "blank.csv", TableOptions.detect()));
    }

    // ---- streaming ----

    @Test
    void largeCsvStreams() throws IOException {
        Path file = folder.resolve("large.csv");
        int rows = 600_000;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("number,name,city,note\n");
            for (int i = 1; i <= rows; i++) {
                out.write(i + ",محمد جاسم حسين العبيدي " + i + ",البصرة,\"a note, quoted, long enough to make this row a hundred bytes\"\n");
            }
        }
        assertTrue(Files.size(file) > 60L * 1024 * 1024, "size " + Files.size(file));
        long before = usedHeapAfterGc();
        long peak = before;
        long count = 0;
        try (TableFile table = TableFile.open(file, "large.csv", TableOptions.detect())) {
            for (Iterator<TableRow> iterator = table.rows(); iterator.hasNext(); ) {
                TableRow row = iterator.next();
                count++;
                if (count % 100_000 == 0) {
                    assertEquals(count + 1, row.number());
                    peak = Math.max(peak, usedHeapAfterGc());
                }
            }
            assertTrue(table.progress() > 0.99, "progress " + table.progress());
        }
        assertEquals(rows, count);
        assertTrue(peak - before < 64L * 1024 * 1024, "heap grew by " + (peak - before) / (1024 * 1024) + " MiB");
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    // ---- helpers ----

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private static TableRow row(long number, String... cells) {
        return new TableRow(number, List.of(cells));
    }

    private static List<TableRow> drain(TableFile table) {
        List<TableRow> rows = new ArrayList<>();
        table.rows().forEachRemaining(rows::add);
        return rows;
    }

    /** {@code argument} null: the refusal's arguments are not checked. */
    private static void assertRefused(String key, Object argument, Executable action) {
        InvalidInput refusal = assertThrows(InvalidInput.class, action);
        InvalidInput.FieldError error = refusal.errors().get(0);
        assertEquals("file", error.field());
        assertEquals(key, error.messageKey());
        if (argument != null) {
            assertArrayEquals(new Object[] {argument}, error.arguments());
        }
    }
}
