package org.mizan.audit.control;

import org.mizan.platform.control.SecretKeyFile;
import org.mizan.platform.control.Sha256;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * The key that seals the audit trail (HMAC-SHA256). It lives outside the database, so whoever owns the
 * database can delete or edit rows but cannot seal what they wrote. Its id, a hash of the key, is stored
 * beside every entry to name the key without revealing it. Never printed: {@link #toString()} is the id.
 */
public final class AuditKey {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final String id;

    private AuditKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, ALGORITHM);
        this.id = idOf(bytes);
        Arrays.fill(bytes, (byte) 0);
    }

    public static AuditKey of(byte[] bytes) {
        return new AuditKey(bytes);
    }

    public static AuditKey generate() {
        return new AuditKey(SecretKeyFile.random());
    }

    public static AuditKey read(Path file) throws IOException {
        return new AuditKey(SecretKeyFile.read(file));
    }

    public void writeNew(Path file) throws IOException {
        SecretKeyFile.writeNew(file, key.getEncoded());
    }

    public String encoded() {
        return java.util.Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public String id() {
        return id;
    }

    /** A fresh MAC under this key; a Mac is not thread-safe, so each seal takes its own. */
    Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "audit key " + id;
    }

    private static String idOf(byte[] bytes) {
        return Sha256.hex("mizan audit key id\0".getBytes(StandardCharsets.US_ASCII), bytes).substring(0, 12);
    }
}
