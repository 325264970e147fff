package org.mizan.evidence.inspector;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a second format hidden in a file of another type — one that a different program would
 * open — straight from the bytes, since type detection only reads the start: a zip archive
 * appended to a picture (unzip reads archives from their end), or a PDF header within the first
 * kilobyte but not at its start (PDF readers look for it anywhere there; Tika then calls the whole
 * file a PDF). PDF writers put the header first, so anything before it is another format's.
 */
final class Polyglot {

    /** PDF readers accept the header anywhere in the first 1024 bytes. */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final int ZIP_END_RECORD = 22;
    /** The end record carries a comment of up to 65,535 bytes, so it is within this distance of the end. */
    private static final int ZIP_END_WINDOW = ZIP_END_RECORD + 0xFFFF;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private Polyglot() {
    }

    /** What else the file is ({@code ZIP} or {@code PDF}), or empty when it is only what it starts as. */
    static Optional<String> otherFormat(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] start = read(in, 0, (int) Math.min(in.length(), PDF_HEADER_WINDOW));
            if (startsWithZip(start)) {
                return Optional.empty(); // an archive (or DOCX, ODT…): what it holds is inspected as embedded documents
            }
            if (hasZipDirectoryAtEnd(in)) {
                return Optional.of("ZIP");
            }
            if (indexOf(start, PDF) > 0) {
                return Optional.of("PDF");
            }
            return Optional.empty();
        }
    }

    static boolean startsWithZip(byte[] start) {
        return start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
    }

    /**
     * A well-formed zip end record at the end of the file, whose central directory sits right before
     * it: what an unzip program looks for. Checking both keeps chance byte patterns in compressed
     * image data from counting.
     */
    private static boolean hasZipDirectoryAtEnd(RandomAccessFile in) throws IOException {
        long length = in.length();
        if (length < ZIP_END_RECORD) {
            return false;
        }
        long windowStart = Math.max(0, length - ZIP_END_WINDOW);
        byte[] tail = read(in, windowStart, (int) (length - windowStart));
        for (int at = tail.length - ZIP_END_RECORD; at >= 0; at--) {
            if (tail[at] == 'P' && tail[at + 1] == 'K' && tail[at + 2] == 5 && tail[at + 3] == 6) {
                int commentLength = u16(tail, at + 20);
                long directorySize = u32(tail, at + 12);
                long endRecord = windowStart + at;
                if (at + ZIP_END_RECORD + commentLength == tail.length && directorySize <= endRecord) {
                    byte[] directory = read(in, endRecord - directorySize, 4);
                    boolean empty = directorySize == 0;
                    return empty || directory[0] == 'P' && directory[1] == 'K' && directory[2] == 1 && directory[3] == 2;
                }
            }
        }
        return false;
    }

    private static byte[] read(RandomAccessFile in, long offset, int length) throws IOException {
        byte[] bytes = new byte[length];
        in.seek(offset);
        in.readFully(bytes);
        return bytes;
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xFFFFFFFFL;
    }
}
