package org.mizan.evidence.control;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Where the original bytes of evidence live: written once, named by their SHA-256, never changed.
 * One small interface, so that a large deployment can put an S3-compatible store behind it.
 */
public interface EvidenceStore {

    /** What was stored: the hash and size of the bytes, and their first bytes for type detection. */
    record Stored(String sha256, long size, byte[] head) {
    }

    /**
     * Streams {@code bytes} into the store, hashing them on the way, in constant memory. Stops with
     * {@link TooLarge} (and keeps nothing) after {@code maxBytes}; keeps nothing either when the
     * stream fails half-way, or ends before the {@code expectedBytes} the sender announced (-1: not
     * announced) — a cut-off upload must never pass for a whole file. Bytes already stored under the
     * same hash are not written twice.
     */
    Stored put(InputStream bytes, long maxBytes, long expectedBytes) throws IOException;

    /** The stored bytes from {@code offset} on. */
    InputStream open(String sha256, long offset) throws IOException;

    /**
     * Deletes what no item refers to: unfinished uploads and objects that {@code referenced} does not
     * know, once older than {@code grace} (an upload being committed right now is younger). Returns
     * how many files went.
     */
    int sweep(Duration grace, Predicate<String> referenced) throws IOException;

    /**
     * The store could not keep the bytes — its disk is full, read-only or gone — and kept nothing. Not the sender's
     * fault: never answered as a cut-off upload.
     */
    final class Unavailable extends IOException {
        private static final long serialVersionUID = 1L;

        public Unavailable(IOException cause) {
            super("the evidence store could not keep the bytes: " + cause.getMessage(), cause);
        }

        /** Full (ENOSPC, a quota), as opposed to read-only, missing or failing. */
        public boolean full() {
            for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
                String message = String.valueOf(cause.getMessage());
                if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The bytes went over the limit; nothing was kept. */
    final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        public TooLarge(long limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
