package org.mizan.audit.control;

import org.mizan.audit.entity.AuditEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The seal of an audit entry: SHA-256 over its fields and the previous entry's seal. Each field
 * is length-prefixed, so moving text from one field to the next changes the hash.
 */
public final class AuditHash {

    /** What the first entry of the chain points back to. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(AuditEntry entry) {
        MessageDigest sha256 = sha256();
        for (String field : new String[]{
                Long.toString(entry.getSeq()), entry.getOccurredAt().toString(), entry.getUsername(),
                entry.getAction(), entry.getTarget(), entry.getOutcome().name(), entry.getClientAddress(),
                entry.getDetails(), entry.getPreviousHash()}) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            String prefix = field == null ? "-1:" : bytes.length + ":";
            sha256.update(prefix.getBytes(StandardCharsets.US_ASCII));
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
