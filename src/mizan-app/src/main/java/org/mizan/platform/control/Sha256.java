package org.mizan.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as Mizan writes it everywhere — evidence, reports, uploads, tokens, the audit chain: 64 lower-case hex
 * digits. One place, so that every stored hash compares with every other the same way.
 */
public final class Sha256 {

    private static final int BUFFER = 256 * 1024;

    private Sha256() {
    }

    /** A fresh digest, for hashing bytes while they stream somewhere else; finish it with {@link #hex(MessageDigest)}. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Finishes (and resets) {@code digest}. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The hash of the parts one after the other (a label first keeps hashes of the same bytes for two uses apart). */
    public static String hex(byte[]... parts) {
        MessageDigest digest = digest();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return hex(digest);
    }

    /** The hash of the text's UTF-8 bytes. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of everything left in {@code in}, read in large buffers; the caller closes the stream. */
    public static String hex(InputStream in) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[BUFFER];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            digest.update(buffer, 0, n);
        }
        return hex(digest);
    }
}
