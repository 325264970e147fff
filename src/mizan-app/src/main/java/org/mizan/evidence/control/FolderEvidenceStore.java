package org.mizan.evidence.control;

import org.mizan.platform.control.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A content-addressed folder: {@code objects/ab/cd/<sha256>}, read-only once written. An upload
 * streams into {@code incoming/<random>.part} while it is hashed, is forced to disk, and is then
 * renamed into place in one atomic step — so a file under {@code objects/} is always whole and its
 * name is its hash. A database row naming the hash is committed only after that; what no row names
 * (an upload whose transaction failed, a server killed mid-upload) is swept after a grace period.
 */
public class FolderEvidenceStore implements EvidenceStore {

    static final int HEAD_BYTES = 64 * 1024;
    private static final int BUFFER = 1024 * 1024;

    private final Path objects;
    private final Path incoming;
    /**
     * Held while intake finds an object already in place (and marks it as just received) and while the sweep deletes
     * one: either the sweep sees the fresh mark and spares it, or it deletes first and intake then puts its own copy
     * in place. Without it, bytes re-uploaded after a crash left them unreferenced were swept from under the new row.
     * One server process; several nodes sharing a folder need a lock they share.
     */
    private final Object placement = new Object();

    public FolderEvidenceStore(Path root) throws IOException {
        this.objects = Files.createDirectories(root.resolve("objects"));
        this.incoming = Files.createDirectories(root.resolve("incoming"));
        restrict(root);
    }

    /** The sender's side failed (the connection dropped, fewer bytes than announced): the sender's to retry. */
    private static final class SenderStopped extends IOException {
        private static final long serialVersionUID = 1L;

        SenderStopped(String message, IOException cause) {
            super(message, cause);
        }
    }

    @Override
    public Stored put(InputStream bytes, long maxBytes, long expectedBytes) throws IOException {
        try {
            return write(bytes, maxBytes, expectedBytes);
        } catch (TooLarge | SenderStopped senders) {
            throw senders;
        } catch (IOException | java.io.UncheckedIOException disk) {
            // Everything else failed on our side of the upload: the folder, the disk, the rename.
            throw new Unavailable(disk instanceof IOException io ? io : ((java.io.UncheckedIOException) disk).getCause());
        }
    }

    private Stored write(InputStream bytes, long maxBytes, long expectedBytes) throws IOException {
        Path part = incoming.resolve(UUID.randomUUID() + ".part");
        MessageDigest sha256 = Sha256.digest();
        byte[] head = new byte[HEAD_BYTES];
        int headLength = 0;
        long size = 0;
        boolean kept = false;
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            WriteBehind disk = new WriteBehind(channel);
            HashingPipeline pipeline = new HashingPipeline(sha256, out, disk, BUFFER);
            try {
                // Whole buffers, not whatever the connection had ready (often a few KiB): fewer, larger writes.
                for (byte[] buffer = pipeline.buffer(); ; buffer = pipeline.buffer()) {
                    int n = read(bytes, buffer);
                    if (n <= 0) {
                        break;
                    }
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    if (headLength < HEAD_BYTES) {
                        int copy = Math.min(n, HEAD_BYTES - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copy);
                        headLength += copy;
                    }
                    pipeline.write(buffer, n);
                }
                pipeline.finish();
            } catch (IOException | RuntimeException e) {
                pipeline.abandon();
                disk.abandon();
                throw e;
            }
            if (expectedBytes >= 0 && size != expectedBytes) {
                disk.abandon();
                throw new SenderStopped("upload ended after " + size + " of " + expectedBytes + " bytes", null);
            }
            out.flush();
            disk.finish();
            String hash = Sha256.hex(sha256);
            moveIntoPlace(part, hash);
            kept = true;
            return new Stored(hash, size, Arrays.copyOf(head, headLength));
        } finally {
            if (!kept) {
                Files.deleteIfExists(part);
            }
        }
    }

    private static int read(InputStream bytes, byte[] buffer) throws SenderStopped {
        try {
            return bytes.readNBytes(buffer, 0, buffer.length);
        } catch (IOException e) {
            throw new SenderStopped("the upload stopped: " + e.getMessage(), e);
        }
    }

    private void moveIntoPlace(Path part, String hash) throws IOException {
        Path target = path(hash);
        synchronized (placement) {
            if (Files.exists(target)) {
                // The same bytes are there already (the store is content-addressed): keep the first copy, marked as
                // just received so that the sweep's grace period starts again for the row about to name it.
                Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
                Files.delete(part);
                return;
            }
        }
        Files.createDirectories(target.getParent());
        readOnly(part);
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            // Another upload of the same bytes got there first.
            Files.deleteIfExists(part);
        } catch (AtomicMoveNotSupportedException otherFilesystem) {
            // incoming/ is on another filesystem (a tmpfs, say): no rename crosses it. Deleting the part here, as
            // "someone else won", lost acknowledged uploads; copy it beside its place instead.
            copyIntoPlace(part, target);
        }
        forceDirectory(target.getParent());
    }

    /** Copies the part next to its target, forces it to disk, and renames it into place within the objects' filesystem. */
    private static void copyIntoPlace(Path part, Path target) throws IOException {
        Path copy = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ);
                 FileChannel out = FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                long size = in.size();
                for (long done = 0; done < size; ) {
                    done += in.transferTo(done, size - done, out);
                }
                out.force(true);
            }
            readOnly(copy);
            Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            // The same bytes arrived meanwhile.
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(part);
        }
    }

    /** A rename is durable only once its directory is on disk too. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisPlatform) {
            // Some platforms cannot open a directory; the file itself was forced.
        }
    }

    private static void readOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setReadOnly();
        }
    }

    @Override
    public InputStream open(String sha256, long offset) throws IOException {
        FileChannel channel = FileChannel.open(path(sha256), StandardOpenOption.READ);
        channel.position(offset);
        return Channels.newInputStream(channel);
    }

    @Override
    public int sweep(Duration grace, Predicate<String> referenced) throws IOException {
        Instant before = Instant.now().minus(grace);
        int deleted = 0;
        try (Stream<Path> parts = Files.list(incoming)) {
            for (Path part : parts.toList()) {
                if (olderThan(part, before) && Files.deleteIfExists(part)) {
                    deleted++;
                }
            }
        }
        try (Stream<Path> files = Files.walk(objects)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (olderThan(file, before) && !referenced.test(file.getFileName().toString()) && deleteIfStillOld(file, before)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private boolean deleteIfStillOld(Path file, Instant before) throws IOException {
        synchronized (placement) {
            return olderThan(file, before) && Files.deleteIfExists(file);
        }
    }

    private static boolean olderThan(Path file, Instant before) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        return modified.toInstant().isBefore(before);
    }

    Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return objects.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void restrict(Path root) {
        try {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException | IOException notPossible) {
            // Not a POSIX file system or not ours to change: the operator's permissions stand.
        }
    }
}
