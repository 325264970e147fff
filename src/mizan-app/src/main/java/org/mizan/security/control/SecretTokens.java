package org.mizan.security.control;

import org.mizan.platform.control.Sha256;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Bearer secrets (API tokens, calendar feed tokens): 256 random bits, URL-safe, shown once to their
 * owner; the database keeps only the SHA-256 (a fast hash is enough for a secret that cannot be guessed).
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    /** A new secret: 43 characters of base64url, no padding, safe in a URL path. */
    public static String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** What is stored for a secret: its SHA-256 as 64 lower-case hex digits. */
    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
