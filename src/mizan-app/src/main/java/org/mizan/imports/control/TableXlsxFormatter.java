package org.mizan.imports.control;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Turns XLSX numbers into text an import can read whatever the sheet's display formats: dates as ISO (a US
 * {@code 8/19/20} is ambiguous to readers who write the day first, and drops the century), other numbers plainly
 * (no grouping, no trailing {@code .0}, never {@code 1.23E+11} for a long ID number), with Excel's 15 significant
 * digits so that {@code 0.1+0.2} stays {@code 0.3}. Only zero-padded templates such as {@code 00000} keep their
 * formatting, as their leading zeros are part of the value people typed.
 */
final class TableXlsxFormatter extends DataFormatter {

    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final boolean date1904;

    TableXlsxFormatter(boolean date1904) {
        // Locale.ROOT: the server's locale must not change digits or separators.
        super(Locale.ROOT);
        this.date1904 = date1904;
    }

    /** The sheet handler calls this one, which knows nothing of the workbook's 1904 date system. */
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, date1904);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        String format = formatString == null ? "" : literalsRemoved(formatString);
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value) && has(format, "yd")) {
            return iso(DateUtil.getLocalDateTime(value, use1904Windowing, true), has(format, "hs"));
        }
        if (zeroPadded(format)) {
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
        return new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    private static String iso(LocalDateTime time, boolean withTime) {
        if (!withTime || time.toLocalTime().toSecondOfDay() == 0) {
            return time.toLocalDate().toString();
        }
        return (time.getSecond() == 0 ? MINUTES : SECONDS).format(time);
    }

    /** Quoted text, escaped characters and [bracketed] colours or locales say nothing about what a format shows. */
    private static String literalsRemoved(String format) {
        return format.replaceAll("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]", "").toLowerCase(Locale.ROOT);
    }

    private static boolean has(String format, String letters) {
        return format.chars().anyMatch(c -> letters.indexOf(c) >= 0);
    }

    private static boolean zeroPadded(String format) {
        return format.contains("00") && format.chars().allMatch(c -> c == '0' || c == '-' || c == ' ');
    }
}
