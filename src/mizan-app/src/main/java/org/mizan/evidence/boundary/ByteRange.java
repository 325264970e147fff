package org.mizan.evidence.boundary;

/**
 * The part of a file a request asks for (RFC 9110 {@code Range: bytes=…}, one range), so that video
 * can play and seek in the browser without downloading the whole file.
 */
record ByteRange(long offset, long length, boolean partial) {

    /** The whole file, or the one range asked for; null when the range cannot be satisfied (416). */
    static ByteRange of(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
            return new ByteRange(0, size, false);
        }
        String spec = header.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new ByteRange(0, size, false);
        }
        try {
            String first = spec.substring(0, dash).strip();
            String last = spec.substring(dash + 1).strip();
            if (first.isEmpty()) {
                long suffix = Long.parseLong(last);
                if (suffix <= 0 || size == 0) {
                    return null;
                }
                long length = Math.min(suffix, size);
                return new ByteRange(size - length, length, true);
            }
            long start = Long.parseLong(first);
            long end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
            if (start >= size || end < start) {
                return null;
            }
            return new ByteRange(start, end - start + 1, true);
        } catch (NumberFormatException e) {
            return new ByteRange(0, size, false);
        }
    }

    String contentRange(long size) {
        return "bytes " + offset + "-" + (offset + length - 1) + "/" + size;
    }
}
