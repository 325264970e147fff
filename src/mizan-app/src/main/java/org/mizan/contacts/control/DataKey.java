package org.mizan.contacts.control;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.mizan.platform.control.SecretKeyFile;
import org.mizan.platform.control.Sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * A 256-bit data-encryption key, written as base64, and the short id stored beside every value it
 * encrypts (so keys can rotate, and a wrong key is told apart from damaged data). The id is a hash
 * of the key: it names the key without revealing it. Never printed: {@link #toString()} is the id.
 */
public final class DataKey {

    public static final int BYTES = SecretKeyFile.BYTES;

    private final SecretKey key;
    private final String id;

    private DataKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
        this.id = idOf(bytes);
        Arrays.fill(bytes, (byte) 0);
    }

    static DataKey of(byte[] bytes) {
        return new DataKey(bytes);
    }

    public static DataKey generate() {
        return new DataKey(SecretKeyFile.random());
    }

    /** The key from its base64 form; the message of a failure never repeats what it was given. */
    public static DataKey parse(String base64) {
        return new DataKey(SecretKeyFile.parse(base64));
    }

    public static DataKey read(Path file) throws IOException {
        return new DataKey(SecretKeyFile.read(file));
    }

    /** Writes a new key file readable by its owner only; never replaces an existing one. */
    public void writeNew(Path file) throws IOException {
        SecretKeyFile.writeNew(file, key.getEncoded());
    }

    public String encoded() {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public String id() {
        return id;
    }

    SecretKey secret() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataKey that && MessageDigest.isEqual(key.getEncoded(), that.key.getEncoded());
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "data key " + id;
    }

    private static String idOf(byte[] bytes) {
        return Sha256.hex("mizan data key id\0".getBytes(StandardCharsets.US_ASCII), bytes).substring(0, 12);
    }
}
