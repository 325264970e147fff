package org.mizan.imports.boundary;

import org.mizan.imports.control.TableOptions;

import java.io.Serializable;
import java.util.List;

/** How the page asks for the file to be read: blank means "as detected", as over REST ({@link ImportOptions}). */
public final class ImportReading implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> ENCODINGS = List.of("UTF-8", "windows-1256");
    private static final List<String> DELIMITERS = List.of(",", ";", "tab", "|");

    private String encoding;
    private String delimiter;
    private Integer sheet;

    TableOptions options() {
        return ImportOptions.of(encoding, delimiter, sheet);
    }

    void reset() {
        encoding = null;
        delimiter = null;
        sheet = null;
    }

    /** How a detected delimiter is shown: a tab is invisible. */
    static String shown(Character delimiter) {
        if (delimiter == null) {
            return "";
        }
        return delimiter == '\t' ? "tab" : delimiter.toString();
    }

    public List<String> getEncodings() { return ENCODINGS; }
    public List<String> getDelimiters() { return DELIMITERS; }
    public String getEncoding() { return encoding; }
    public void setEncoding(String encoding) { this.encoding = encoding; }
    public String getDelimiter() { return delimiter; }
    public void setDelimiter(String delimiter) { this.delimiter = delimiter; }
    public Integer getSheet() { return sheet; }
    public void setSheet(Integer sheet) { this.sheet = sheet; }
}
