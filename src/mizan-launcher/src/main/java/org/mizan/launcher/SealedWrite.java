package org.mizan.launcher;

import org.mizan.platform.control.Sha256;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;

/**
 * Writes a new file of an encrypted backup: the clear bytes go straight into the encryption, hashed on the way in and
 * on the way out, and only the encrypted bytes reach the disk, forced there before the file counts as written.
 */
final class SealedWrite {

    /** What produces the clear bytes, writing them into the stream it is given. */
    interface Source {
        void writeTo(OutputStream clear) throws IOException;
    }

    /** The SHA-256 of the clear bytes and of the encrypted file, and the encrypted file's size. */
    record Written(String clearSha256, String sealedSha256, long size) {
    }

    private SealedWrite() {
    }

    static Written write(Path target, OpenPgpRecipient recipient, Source source) throws IOException {
        MessageDigest clear = Sha256.digest();
        MessageDigest sealed = Sha256.digest();
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            // Not closed here: that would close the channel before it is forced; the channel's own close ends it.
            OutputStream file = new DigestOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), sealed);
            try (OutputStream encrypting = OpenPgpFiles.seal(file, recipient); OutputStream hashing = new DigestOutputStream(encrypting, clear)) {
                source.writeTo(hashing);
            }
            file.flush();
            channel.force(true);
        }
        return new Written(Sha256.hex(clear), Sha256.hex(sealed), Files.size(target));
    }

    /** Encrypts a copy of {@code file}. */
    static Written copy(Path file, Path target, OpenPgpRecipient recipient) throws IOException {
        return write(target, recipient, clear -> {
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(clear);
            }
        });
    }
}
