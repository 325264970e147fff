package org.mizan.imports.control;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Guesses a CSV file's encoding from its first bytes. A byte order mark settles it; text that is valid UTF-8 is UTF-8
 * (nothing else produces valid multi-byte sequences by chance); otherwise the file comes from a legacy code page, which
 * for Mizan's users is nearly always Arabic Excel's windows-1256, so ICU's guess is taken only when it is one of the
 * few code pages that make sense here.
 */
final class TableCharsets {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** ICU's names for the Arabic code pages; it tells windows-1256 from ISO-8859-6 by letter frequencies. */
    private static final Set<String> ARABIC = Set.of("windows-1256", "ISO-8859-6");
    /** ICU's names for Western European text, read as windows-1252, the superset that Excel writes. */
    private static final Set<String> WESTERN = Set.of("windows-1252", "ISO-8859-1");
    /**
     * ICU is sure of Western text only when there is plenty of it; below this, Arabic bytes are as likely. Both code
     * pages have the French letters at the same places, so a wrong windows-1256 costs little.
     */
    private static final int WESTERN_CONFIDENCE = 50;
    private static final int DECODE_CHUNK = 8192;

    /** A byte order mark: the encoding it announces and its length, to be skipped. */
    record Bom(Charset charset, int length) {
    }

    private TableCharsets() {
    }

    static Bom bom(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@code complete}: the sample is the whole file, so a sequence cut at its end is an error, not the sample's edge. */
    static Charset detect(byte[] sample, boolean complete) {
        if (isUtf8(sample, complete)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample);
        for (CharsetMatch match : detector.detectAll()) {
            if (ARABIC.contains(match.getName())) {
                return Charset.forName(match.getName());
            }
            if (WESTERN.contains(match.getName()) && match.getConfidence() >= WESTERN_CONFIDENCE) {
                return WINDOWS_1252;
            }
        }
        return WINDOWS_1256;
    }

    static boolean isUtf8(byte[] sample, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(sample);
        CharBuffer out = CharBuffer.allocate(DECODE_CHUNK);
        while (true) {
            CoderResult result = decoder.decode(in, out, complete);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                // Without endOfInput the decoder leaves a sequence cut by the sample's end unread instead of failing it.
                return true;
            }
            out.clear();
        }
    }
}
