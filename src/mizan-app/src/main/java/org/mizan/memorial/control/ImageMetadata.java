package org.mizan.memorial.control;

import java.util.Locale;

/**
 * Whether an image file carries metadata blocks, read from its structure rather than trusted from how it was made: in a
 * JPEG the APP1 (EXIF, XMP, with GPS), APP13 (IPTC) and comment segments; in a PNG the eXIf, text and time chunks. A file
 * that cannot be walked to its end counts as carrying metadata: what cannot be checked is not published.
 */
final class ImageMetadata {

    private static final int APP1 = 0xE1;
    private static final int APP13 = 0xED;
    private static final int COMMENT = 0xFE;
    private static final int START_OF_SCAN = 0xDA;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageMetadata() {
    }

    static boolean isImage(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png") || lower.endsWith(".gif")
                || lower.endsWith(".webp");
    }

    static boolean carriesMetadata(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return jpegCarries(bytes);
        }
        if (startsWith(bytes, PNG_SIGNATURE)) {
            return pngCarries(bytes);
        }
        return true;
    }

    private static boolean jpegCarries(byte[] b) {
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return true;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == APP1 || marker == APP13 || marker == COMMENT) {
                return true;
            }
            if (marker == START_OF_SCAN) {
                return false;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            i += 2 + length;
        }
        return true;
    }

    private static boolean pngCarries(byte[] b) {
        int i = PNG_SIGNATURE.length;
        while (i + 8 <= b.length) {
            long length = ((b[i] & 0xFFL) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            String type = new String(b, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (type.equals("eXIf") || type.equals("tEXt") || type.equals("zTXt") || type.equals("iTXt") || type.equals("tIME")) {
                return true;
            }
            if (type.equals("IEND")) {
                return false;
            }
            i += 12 + (int) length;
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
