package org.mizan.launcher;

import org.mizan.platform.control.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.List;

/**
 * Reads the files of an encrypted backup back: each is decrypted in full into a scratch file and put in its place only
 * once its integrity check passed, so that nothing altered is ever restored, even in part.
 */
final class SealedRead {

    private SealedRead() {
    }

    /** Decrypts {@code sealed} into the new file {@code target}; returns the SHA-256 of the clear bytes. */
    static String open(Path sealed, OpenPgpIdentity identity, Path target) throws IOException {
        MessageDigest clear = Sha256.digest();
        try (InputStream in = Files.newInputStream(sealed);
             OutputStream out = new DigestOutputStream(Files.newOutputStream(target, java.nio.file.StandardOpenOption.CREATE_NEW), clear)) {
            OpenPgpFiles.open(in, identity, out);
        } catch (IOException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        return Sha256.hex(clear);
    }

    /**
     * Decrypts the evidence objects and the checkpoint log into the target: each object is put under the hash of its
     * clear bytes, as the store names it, for the restore's check of every row to compare. A file that does not
     * decrypt is named in {@code problems}, and the others are still restored.
     */
    static void copyFiles(Path from, Manifest manifest, MizanData target, OpenPgpIdentity identity, Path scratch, List<String> problems)
            throws IOException {
        for (Manifest.Entry entry : manifest.entries()) {
            boolean object = entry.path().startsWith("objects/");
            if (!object && !entry.path().equals(MizanData.CHECKPOINT_LOG + Sealing.SUFFIX)) {
                continue;
            }
            Path clear = scratch.resolve("file");
            String sha256;
            try {
                sha256 = open(from.resolve(entry.path()), identity, clear);
            } catch (IOException e) {
                problems.add(entry.path() + ": " + e.getMessage());
                continue;
            }
            Path destination = object ? target.evidence().resolve("objects").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4))
                    .resolve(sha256) : target.checkpointLog();
            Files.createDirectories(destination.getParent());
            Files.move(clear, destination, StandardCopyOption.REPLACE_EXISTING);
            if (object) {
                // As the store leaves them: original bytes are never changed.
                Files.setPosixFilePermissions(destination, PosixFilePermissions.fromString("r--------"));
            }
        }
    }
}
