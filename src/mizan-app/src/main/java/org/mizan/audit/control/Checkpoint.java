package org.mizan.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the trail looked like at one moment — its last sequence number and seal — written outside the
 * database so that removing the newest entries shows. One line of text, signed with HMAC-SHA256 under
 * the audit key over everything before {@code " mac="}, so an auditor can check it with openssl alone.
 */
public record Checkpoint(long seq, String hash, Instant at) {

    private static final Pattern LINE = Pattern.compile(
            "(mizan-audit-checkpoint v1 seq=(\\d{1,18}) hash=([0-9a-f]{64}) at=(\\S+) key=([0-9a-f]{1,16})) mac=([0-9a-f]{64})");

    /** The signed line, without its line break. */
    public String line(AuditKey key) {
        String body = "mizan-audit-checkpoint v1 seq=" + seq + " hash=" + hash + " at=" + at + " key=" + key.id();
        return body + " mac=" + mac(body, key);
    }

    /** The checkpoint a line holds, when it is one signed under {@code key}; empty for anything else. */
    public static Optional<Checkpoint> parse(String line, AuditKey key) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches() || !m.group(5).equals(key.id())
                || !MessageDigest.isEqual(mac(m.group(1), key).getBytes(StandardCharsets.US_ASCII),
                m.group(6).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Checkpoint(Long.parseLong(m.group(2)), m.group(3), Instant.parse(m.group(4))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String mac(String body, AuditKey key) {
        return HexFormat.of().formatHex(key.mac().doFinal(body.getBytes(StandardCharsets.US_ASCII)));
    }
}
