package org.mizan.imports.boundary;

import org.mizan.imports.control.TableOptions;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Text;

import java.nio.charset.Charset;

/** Reading options as a client or the page gives them: blank means "detect"; a delimiter may be spelled {@code tab}. */
final class ImportOptions {

    private ImportOptions() {
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static TableOptions of(String encoding, String delimiter, Integer sheet) {
        String charset = Text.blankToNull(encoding);
        if (charset != null && !supported(charset)) {
            throw new InvalidInput("encoding", "import.options.encoding", charset);
        }
        Character separator = null;
        if (delimiter != null && !delimiter.isEmpty()) {
            if ("tab".equalsIgnoreCase(delimiter) || "\\t".equals(delimiter)) {
                separator = '\t';
            } else if (delimiter.length() == 1 && ",;\t|".indexOf(delimiter.charAt(0)) >= 0) {
                separator = delimiter.charAt(0);
            } else {
                throw new InvalidInput("delimiter", "import.options.delimiter");
            }
        }
        if (sheet != null && sheet < 0) {
            throw new InvalidInput("sheet", "import.options.sheet");
        }
        return new TableOptions(charset, separator, sheet);
    }
}
