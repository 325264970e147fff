package org.mizan.evidence.inspector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip (or a zip-based document: DOCX, ODT, EPUB…) whose entries claim to inflate to far more than
 * the file holds. Tika's own check counts the text produced against the bytes read, one embedded
 * document at a time, so a bomb of one huge entry would only be cut short by the text limit; the
 * sizes in the central directory tell before a byte is inflated.
 */
final class ZipBomb {

    private ZipBomb() {
    }

    /** The ratio of declared to stored size, when over the limit and over the floor (a small document may compress well). */
    static boolean suspected(Path file, long fileSize, WorkerLimits limits) throws IOException {
        long inflated = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                long size = entries.nextElement().getSize();
                if (size > 0) {
                    inflated += size;
                }
                if (inflated > limits.bombFloorBytes() && inflated / Math.max(1, fileSize) > limits.maxCompressionRatio()) {
                    return true;
                }
            }
        } catch (ZipException unreadable) {
            return false; // not a zip Java can read; Tika will say what it is
        }
        return false;
    }
}
