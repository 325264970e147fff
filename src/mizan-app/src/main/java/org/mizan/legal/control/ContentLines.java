package org.mizan.legal.control;

/**
 * RFC 5545 §3.1 line folding. Lines should not exceed 75 octets, and octets, not characters, are
 * what count: an Arabic or Kurdish letter is two octets in UTF-8. ical4j's own folding counts UTF-16
 * characters (up to 73), which lets an Arabic line grow to ~146 octets; hence this, used on ical4j's
 * unfolded output. A fold never splits a character (nor a surrogate pair), so a strict unfolding
 * reader gets back exactly the text that went in.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ContentLines() {
    }

    /** Folds every CRLF-separated content line; each line of the result ends with CRLF. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 30);
        int start = 0;
        while (start < unfolded.length()) {
            int end = unfolded.indexOf(CRLF, start);
            if (end < 0) {
                end = unfolded.length();
            }
            foldLine(unfolded, start, end, out);
            out.append(CRLF);
            start = end + CRLF.length();
        }
        return out.toString();
    }

    private static void foldLine(String text, int start, int end, StringBuilder out) {
        int octets = 0;
        for (int i = start; i < end; ) {
            int codePoint = text.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                // The continuation line's leading space counts towards its 75 octets.
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
    }

    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
