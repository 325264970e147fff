package org.mizan.evidence.boundary;

import org.mizan.evidence.control.EvidenceContent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTTP answer for an item's bytes, the same over REST and for the pages: the detected type with
 * {@code nosniff}, an attachment unless the type is safe to show inline, a sandbox policy so that even
 * a mislabelled file cannot run script in Mizan's origin, ranges for video, nothing cached.
 */
final class ContentReply {

    private final EvidenceContent.Opened opened;
    private final ByteRange range;
    private final Map<String, String> headers = new LinkedHashMap<>();

    ContentReply(EvidenceContent.Opened opened, ByteRange range) {
        this.opened = opened;
        this.range = range;
        long size = opened.item().getSizeBytes();
        headers.put("Content-Type", opened.type());
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; media-src 'self'");
        headers.put("Cache-Control", "private, no-store");
        headers.put("Accept-Ranges", "bytes");
        headers.put("Content-Disposition", (opened.inline() ? "inline" : "attachment") + "; " + filename(opened.item().getDeclaredName()));
        headers.put("Content-Length", Long.toString(range.length()));
        if (range.partial()) {
            headers.put("Content-Range", range.contentRange(size));
        }
    }

    int status() {
        return range.partial() ? 206 : 200;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** Copies the range and closes the store's stream, even when the client goes away half-way. */
    void writeTo(OutputStream out) throws IOException {
        try (InputStream in = opened.bytes()) {
            byte[] buffer = new byte[256 * 1024];
            long remaining = range.length();
            while (remaining > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                remaining -= n;
            }
            out.flush();
        }
    }

    /** RFC 6266: an ASCII fallback and the UTF-8 name, so Arabic file names survive. */
    static String filename(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return "filename=\"" + ascii + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
