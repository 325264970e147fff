package org.mizan.evidence.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store hashes and writes on another thread than the one reading (see {@link HashingPipeline}):
 * whatever the chunking, the name is the SHA-256 of exactly the bytes received, the file holds them in
 * order, and a failed or oversized upload leaves nothing behind.
 */
class FolderEvidenceStoreTest {

    @TempDir
    Path root;

    @Test
    void manyBuffersArriveHashedAndWrittenInOrder() throws Exception {
        byte[] data = new byte[5 * 1024 * 1024 + 12_345];
        new Random(7).nextBytes(data);
        FolderEvidenceStore store = new FolderEvidenceStore(root);
        // A stream that hands out odd-sized pieces, as a network connection does.
        EvidenceStore.Stored stored = store.put(new Trickle(data, 70_001), Long.MAX_VALUE, data.length);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        assertEquals(expected, stored.sha256());
        assertEquals(data.length, stored.size());
        try (InputStream in = store.open(expected, 0)) {
            assertArrayEquals(data, in.readAllBytes());
        }
        assertEquals(FolderEvidenceStore.HEAD_BYTES, stored.head().length);
        assertEmpty(root.resolve("incoming"));
    }

    /**
     * With {@code incoming/} on a tmpfs an acknowledged upload lost its bytes, the failed atomic move being
     * taken for "another upload got there first". /dev/shm is a tmpfs on Linux; elsewhere the test says so and stops.
     */
    @Test
    void anUploadWhoseIncomingFolderIsOnAnotherFilesystemIsKept() throws Exception {
        Path shm = Path.of("/dev/shm");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm)
                && !Files.getFileStore(shm).equals(Files.getFileStore(root)), "no second filesystem here");
        Path elsewhere = Files.createTempDirectory(shm, "mizan-incoming");
        try {
            Files.createSymbolicLink(root.resolve("incoming"), elsewhere);
            byte[] data = new byte[2 * 1024 * 1024 + 7];
            new Random(11).nextBytes(data);
            FolderEvidenceStore store = new FolderEvidenceStore(root);
            EvidenceStore.Stored stored = store.put(new ByteArrayInputStream(data), Long.MAX_VALUE, data.length);
            try (InputStream in = store.open(stored.sha256(), 0)) {
                assertArrayEquals(data, in.readAllBytes());
            }
            // The same bytes again: kept once, nothing left over anywhere.
            assertEquals(stored.sha256(), store.put(new ByteArrayInputStream(data), Long.MAX_VALUE, data.length).sha256());
            assertEmpty(elsewhere);
            try (var objects = Files.walk(root.resolve("objects"))) {
                assertEquals(1, objects.filter(Files::isRegularFile).count(), "one object, no copy left beside it");
            }
        } finally {
            try (var left = Files.list(elsewhere)) {
                for (Path file : left.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(elsewhere);
        }
    }

    /**
     * Bytes a crash left unreferenced are uploaded again; the sweep, working from the references it read
     * before that upload's row was committed, must not delete them: receiving them again starts their grace anew.
     */
    @Test
    void bytesUploadedAgainAreNotSweptFromUnderTheirNewRow() throws Exception {
        byte[] data = "a video a crash left without its row".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        FolderEvidenceStore store = new FolderEvidenceStore(root);
        String hash = store.put(new ByteArrayInputStream(data), Long.MAX_VALUE, data.length).sha256();
        Path object = store.path(hash);
        Files.setLastModifiedTime(object, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));

        store.put(new ByteArrayInputStream(data), Long.MAX_VALUE, data.length);
        assertEquals(0, store.sweep(java.time.Duration.ofHours(1), name -> false), "received again a moment ago");
        assertTrue(Files.exists(object));

        Files.setLastModifiedTime(object, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));
        assertEquals(1, store.sweep(java.time.Duration.ofHours(1), name -> false), "an old leftover nobody names still goes");
    }

    /**
     * A full disk or a read-only folder was answered as the sender's fault ("the upload stopped") and logged
     * nothing. The store tells it apart: {@link EvidenceStore.Unavailable}, full or not, and keeps nothing.
     */
    @Test
    void aFullOrReadOnlyDiskIsTheStoresFaultNotTheSenders() throws Exception {
        FolderEvidenceStore store = new FolderEvidenceStore(root);
        try (org.mizan.testing.Tmpfs disk = org.mizan.testing.Tmpfs.over(root.resolve("incoming"), "1m")) {
            org.junit.jupiter.api.Assumptions.assumeTrue(disk != null, "mounting a tmpfs is refused here");
            byte[] data = new byte[3 * 1024 * 1024];
            new Random(13).nextBytes(data);
            EvidenceStore.Unavailable full = assertThrows(EvidenceStore.Unavailable.class,
                    () -> store.put(new ByteArrayInputStream(data), Long.MAX_VALUE, data.length));
            assertTrue(full.full(), full.getMessage());
            assertEmpty(root.resolve("incoming"));

            disk.readOnly();
            EvidenceStore.Unavailable readOnly = assertThrows(EvidenceStore.Unavailable.class,
                    () -> store.put(new ByteArrayInputStream(new byte[]{1, 2, 3}), Long.MAX_VALUE, 3));
            assertTrue(!readOnly.full(), readOnly.getMessage());
        }
        // The sender's failures stay the sender's.
        assertThrows(IOException.class, () -> store.put(new Failing(new byte[4096], 100), Long.MAX_VALUE, -1));
        org.junit.jupiter.api.Assertions.assertFalse(catchAny(() -> store.put(new Failing(new byte[4096], 100), Long.MAX_VALUE, -1))
                instanceof EvidenceStore.Unavailable);
    }

    private static Throwable catchAny(org.junit.jupiter.api.function.Executable call) {
        try {
            call.execute();
            return null;
        } catch (Throwable thrown) {
            return thrown;
        }
    }

    @Test
    void anUploadOverTheLimitOrCutShortKeepsNothing() throws Exception {
        byte[] data = new byte[3 * 1024 * 1024];
        new Random(9).nextBytes(data);
        FolderEvidenceStore store = new FolderEvidenceStore(root);
        assertThrows(EvidenceStore.TooLarge.class, () -> store.put(new ByteArrayInputStream(data), 2 * 1024 * 1024, -1));
        assertThrows(IOException.class, () -> store.put(new ByteArrayInputStream(data), Long.MAX_VALUE, data.length + 1L));
        assertThrows(IOException.class, () -> store.put(new Failing(data, 1_500_000), Long.MAX_VALUE, -1));
        assertEmpty(root.resolve("incoming"));
        try (var objects = Files.walk(root.resolve("objects"))) {
            assertTrue(objects.noneMatch(Files::isRegularFile), "no object stored");
        }
    }

    private static void assertEmpty(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "nothing left in " + folder);
        }
    }

    /** Hands out at most {@code piece} bytes per read, as a network connection does. */
    private static class Trickle extends InputStream {
        private final ByteArrayInputStream data;
        private final int piece;
        int position;

        Trickle(byte[] data, int piece) {
            this.data = new ByteArrayInputStream(data);
            this.piece = piece;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("whole buffers only");
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = data.read(b, off, Math.min(len, piece));
            position += Math.max(n, 0);
            return n;
        }
    }

    /** A connection that breaks after {@code after} bytes. */
    private static final class Failing extends Trickle {
        private final int after;

        Failing(byte[] data, int after) {
            super(data, 64 * 1024);
            this.after = after;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= after) {
                throw new IOException("connection reset");
            }
            return super.read(b, off, len);
        }
    }
}
