package org.mizan.imports.control;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Tells what a file is from its first bytes, whatever its name claims: people rename files freely. */
final class TableSniffer {

    /** Magic numbers: a zip (which XLSX is), and OLE2, the container of binary .xls (and of encrypted XLSX). */
    private static final int[] ZIP = {'P', 'K', 3, 4};
    private static final int[] OLE2 = {0xD0, 0xCF, 0x11, 0xE0};
    static final int MAGIC_LENGTH = 4;
    /** Web pages and XML that some systems save under an .xls name: text, but not a table a CSV parser can read. */
    private static final String[] MARKUP = {"<!doctype html", "<html", "<?xml", "<table"};

    /** One control character in this many bytes is more than a text file has. */
    private static final int CONTROL_RATIO = 100;

    private TableSniffer() {
    }

    static TableFormat format(byte[] head) {
        if (head.length == 0) {
            throw TableFile.refusal("import.file.empty");
        }
        if (TableCharsets.startsWith(head, OLE2)) {
            throw TableFile.refusal("import.file.xls");
        }
        return TableCharsets.startsWith(head, ZIP) ? TableFormat.XLSX : TableFormat.CSV;
    }

    /**
     * Refuses what no spreadsheet saves as text: markup, and (outside UTF-16) a NUL or more than the odd control
     * character; a few are tolerated, as Excel for Mac writes line breaks in cells as vertical tabs.
     */
    static void requireText(byte[] sample, int offset, Charset charset) {
        boolean wide = charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)
                || charset.equals(StandardCharsets.UTF_16);
        if (!wide && binary(sample, offset)) {
            throw TableFile.refusal("import.file.unreadable");
        }
        String start = new String(sample, offset, Math.min(sample.length - offset, 256), charset).strip().toLowerCase(Locale.ROOT);
        for (String markup : MARKUP) {
            if (start.startsWith(markup)) {
                throw TableFile.refusal("import.file.unreadable");
            }
        }
    }

    private static boolean binary(byte[] sample, int offset) {
        int controls = 0;
        for (int i = offset; i < sample.length; i++) {
            int b = sample[i];
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1A) {
                controls++;
            }
        }
        return controls * CONTROL_RATIO > sample.length - offset;
    }
}
