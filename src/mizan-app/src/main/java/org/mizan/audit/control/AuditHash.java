package org.mizan.audit.control;

import org.mizan.audit.entity.AuditEntry;
import org.mizan.platform.control.Sha256;

import javax.crypto.Mac;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * The seal of an audit entry over its fields and the previous entry's seal: HMAC-SHA256 under the
 * audit key named in the entry, or plain SHA-256 for the entries written before there was a key. Each
 * field is length-prefixed, so moving text from one field to the next changes the seal.
 */
public final class AuditHash {

    /** What the first entry of the chain points back to. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    /** The unkeyed seal of the entries written before the audit key (anyone can recompute it). */
    public static String of(AuditEntry entry) {
        MessageDigest sha256 = Sha256.digest();
        feed(entry, sha256::update, false);
        return Sha256.hex(sha256);
    }

    /** The keyed seal; the key's id, stored in the entry, is sealed too. */
    public static String of(AuditEntry entry, AuditKey key) {
        Mac mac = key.mac();
        feed(entry, mac::update, true);
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** The seal the entry should carry, or null when it names a key other than {@code key}. */
    static String expected(AuditEntry entry, AuditKey key) {
        if (entry.getSealKey() == null) {
            return of(entry);
        }
        return entry.getSealKey().equals(key.id()) ? of(entry, key) : null;
    }

    private static void feed(AuditEntry entry, Consumer<byte[]> sink, boolean keyed) {
        for (String field : new String[]{
                Long.toString(entry.getSeq()), entry.getOccurredAt().toString(), entry.getUsername(),
                entry.getAction(), entry.getTarget(), entry.getOutcome().name(), entry.getClientAddress(),
                entry.getDetails(), entry.getPreviousHash()}) {
            lengthPrefixed(field, sink);
        }
        if (keyed) {
            lengthPrefixed(entry.getSealKey(), sink);
        }
    }

    private static void lengthPrefixed(String field, Consumer<byte[]> sink) {
        byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
        String prefix = field == null ? "-1:" : bytes.length + ":";
        sink.accept(prefix.getBytes(StandardCharsets.US_ASCII));
        sink.accept(bytes);
    }
}
