package org.mizan.launcher;

import org.mizan.platform.control.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/** Copies a file and hashes it in the same read, then forces the copy to disk: a backup is worth only what reached it. */
final class HashingCopy {

    private static final int BUFFER = 1024 * 1024;

    private HashingCopy() {
    }

    /** The SHA-256 of the bytes copied from {@code source} to the new file {@code target}. */
    static String copy(Path source, Path target) throws IOException {
        MessageDigest sha256 = Sha256.digest();
        try (InputStream in = Files.newInputStream(source);
             FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[BUFFER];
            for (int n = in.readNBytes(buffer, 0, BUFFER); n > 0; n = in.readNBytes(buffer, 0, BUFFER)) {
                sha256.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            channel.force(true);
        }
        return Sha256.hex(sha256);
    }

    /** Forces a file written by another program (pg_dump) to disk. */
    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
