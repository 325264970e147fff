package org.mizan.verify;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The parts of a Mizan report PDF the verifier needs, found in the file's bytes without a PDF library: the last signature's
 * /ByteRange and /Contents, its /M time, the embedded manifest ({@code mizan-manifest.json}, a flat JSON object) and the report
 * id the file's own metadata claims ({@code mizan-report:<id>} in the document information). Mizan writes these objects
 * uncompressed in the incremental update that signs the report; a file where they cannot be found is reported as such.
 */
final class PdfReport {

    private static final Pattern BYTE_RANGE = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*]");
    private static final Pattern SIGN_TIME = Pattern.compile("/M\\s*\\(D:(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})");
    private static final Pattern EMBEDDED_FILE = Pattern.compile("\\d+\\s+\\d+\\s+obj\\s*<<((?:(?!endobj).)*?/Type\\s*/EmbeddedFile(?:(?!endobj).)*?)>>\\s*stream\\r?\\n",
            Pattern.DOTALL);
    private static final Pattern LENGTH = Pattern.compile("/Length\\s+(\\d+)(?!\\s+\\d+\\s+R)");
    private static final Pattern JSON_FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(-?\\d+))");
    private static final Pattern CLAIM = Pattern.compile("mizan-report:([A-Z0-9-]+)");

    /** byteRange[0..3] as in the file: offset and length of the part before the signature value, then of the part after. */
    final long[] byteRange;
    final byte[] signature;
    final String signedAt;
    final Map<String, String> manifest;
    final String claimedId;

    private PdfReport(long[] byteRange, byte[] signature, String signedAt, Map<String, String> manifest, String claimedId) {
        this.byteRange = byteRange;
        this.signature = signature;
        this.signedAt = signedAt;
        this.manifest = manifest;
        this.claimedId = claimedId;
    }

    static PdfReport read(byte[] file) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        long[] range = null;
        byte[] signature = null;
        String signedAt = null;
        for (Matcher m = BYTE_RANGE.matcher(text); m.find(); ) {
            range = new long[]{Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), Long.parseLong(m.group(4))};
        }
        if (range != null && range[0] + range[1] < range[2] && range[2] <= file.length) {
            String value = text.substring((int) (range[0] + range[1]), (int) range[2]).trim();
            if (value.startsWith("<") && value.endsWith(">")) {
                String hex = value.substring(1, value.length() - 1).replaceAll("\\s", "");
                signature = HexFormat.of().parseHex(hex.length() % 2 == 0 ? hex : hex + "0");
            }
            int object = text.lastIndexOf(" obj", (int) range[0] + (int) range[1]);
            int end = text.indexOf("endobj", (int) range[2]);
            Matcher time = SIGN_TIME.matcher(text.substring(Math.max(0, object), end < 0 ? text.length() : end));
            if (time.find()) {
                signedAt = time.group(1) + "-" + time.group(2) + "-" + time.group(3) + " " + time.group(4) + ":" + time.group(5) + ":"
                        + time.group(6) + " UTC";
            }
        }
        Matcher claim = CLAIM.matcher(text);
        return new PdfReport(range, signature, signedAt, manifest(file, text).orElse(null), claim.find() ? claim.group(1) : null);
    }

    /** The last embedded file's JSON fields; empty when there is none or it cannot be read. */
    private static Optional<Map<String, String>> manifest(byte[] file, String text) {
        Matcher found = EMBEDDED_FILE.matcher(text);
        int start = -1;
        String dictionary = null;
        while (found.find()) {
            start = found.end();
            dictionary = found.group(1);
        }
        if (dictionary == null) {
            return Optional.empty();
        }
        Matcher length = LENGTH.matcher(dictionary);
        if (!length.find() || start + Long.parseLong(length.group(1)) > file.length) {
            return Optional.of(Map.of());
        }
        byte[] stream = java.util.Arrays.copyOfRange(file, start, start + Integer.parseInt(length.group(1)));
        if (dictionary.contains("/FlateDecode")) {
            stream = inflate(stream);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher field = JSON_FIELD.matcher(new String(stream, StandardCharsets.UTF_8));
        while (field.find()) {
            fields.put(field.group(1), field.group(2) != null ? unescape(field.group(2)) : field.group(3));
        }
        return Optional.of(fields);
    }

    private static byte[] inflate(byte[] deflated) {
        Inflater inflater = new Inflater();
        inflater.setInput(deflated);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished() && !inflater.needsInput()) {
                out.write(buffer, 0, inflater.inflate(buffer));
            }
        } catch (DataFormatException e) {
            return new byte[0];
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    private static String unescape(String json) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\' && i + 1 < json.length()) {
                char next = json.charAt(++i);
                if (next == 'u' && i + 4 < json.length()) {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    out.append(switch (next) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        default -> next;
                    });
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
