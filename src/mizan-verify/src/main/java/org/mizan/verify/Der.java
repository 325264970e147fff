package org.mizan.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Just enough of ASN.1 DER to read a CMS SignedData (RFC 5652) with the JDK alone: one tag-length-value at a time, definite
 * lengths only (CMS in a PDF signature is DER). {@link #encoded()} is the element's bytes exactly as they stand in the file,
 * which is what a signature over signed attributes is computed on.
 */
final class Der {

    static final int SEQUENCE = 0x30;
    static final int SET = 0x31;
    static final int OCTET_STRING = 0x04;
    static final int OID = 0x06;
    /** [0] constructed: the SignedData in a ContentInfo, the certificates and the signed attributes of a SignerInfo. */
    static final int CONTEXT_0 = 0xA0;

    private final byte[] source;
    private final int start;
    private final int contentStart;
    private final int end;

    private Der(byte[] source, int start, int contentStart, int end) {
        this.source = source;
        this.start = start;
        this.contentStart = contentStart;
        this.end = end;
    }

    /** The element starting at {@code offset}; trailing bytes after it (the zero padding of a PDF's /Contents) are ignored. */
    static Der read(byte[] source, int offset) {
        require(offset + 2 <= source.length);
        int at = offset + 1;
        int first = source[at++] & 0xFF;
        long length;
        if (first < 0x80) {
            length = first;
        } else {
            int bytes = first & 0x7F;
            require(bytes >= 1 && bytes <= 4 && at + bytes <= source.length); // 0x80 alone is BER's indefinite length
            length = 0;
            for (int i = 0; i < bytes; i++) {
                length = (length << 8) | (source[at++] & 0xFF);
            }
        }
        require(at + length <= source.length);
        return new Der(source, offset, at, (int) (at + length));
    }

    int tag() {
        return source[start] & 0xFF;
    }

    /** The elements inside a constructed element, in order. */
    List<Der> children() {
        List<Der> children = new ArrayList<>();
        for (int at = contentStart; at < end; ) {
            Der child = read(source, at);
            require(child.end <= end);
            children.add(child);
            at = child.end;
        }
        return children;
    }

    Der child(int index) {
        List<Der> children = children();
        require(index < children.size());
        return children.get(index);
    }

    byte[] content() {
        return Arrays.copyOfRange(source, contentStart, end);
    }

    byte[] encoded() {
        return Arrays.copyOfRange(source, start, end);
    }

    private static void require(boolean wellFormed) {
        if (!wellFormed) {
            throw new IllegalArgumentException("not DER");
        }
    }
}
