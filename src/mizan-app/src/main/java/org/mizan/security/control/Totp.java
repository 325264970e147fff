package org.mizan.security.control;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * RFC 6238 time-based codes as every authenticator app makes them (HMAC-SHA1, 6 digits, 30 s), computed
 * by java-otp. Ours is only the policy around it: a code of the step before or after is accepted (clocks
 * drift), and never a step at or before the last one accepted (a code seen once is spent).
 */
public final class Totp {

    public static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;
    public static final int DIGITS = 6;
    private static final int SECRET_BYTES = 20;
    private static final int DRIFT_STEPS = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new shared secret, in the Base32 form authenticator apps read (RFC 4648, no padding). */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeAsString(secret).replace("=", "");
    }

    public static long step(Instant instant) {
        return instant.getEpochSecond() / STEP.toSeconds();
    }

    /** The code for one time step. */
    public static String code(String secret, long step) {
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
        try {
            // Locale.ROOT: in an Arabic locale the library would otherwise write Arabic-Indic digits.
            return new TimeBasedOneTimePasswordGenerator(STEP, DIGITS)
                    .generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC-SHA1 key accepts any bytes", e);
        }
    }

    /** The step {@code given} is the code of, if it is near {@code now} and newer than {@code lastUsedStep}. */
    public static OptionalLong acceptedStep(String secret, String given, Instant now, long lastUsedStep) {
        String typed = digits(given);
        if (typed.length() != DIGITS) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            boolean matches = MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII));
            if (matches && step > lastUsedStep) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** Whether what was typed is meant as an app code (digits and spaces only), not a recovery code. */
    public static boolean looksLikeCode(String given) {
        return given != null && !given.isBlank() && given.chars().allMatch(c -> Character.isDigit(c) || Character.isWhitespace(c));
    }

    /** The {@code otpauth://} address the enrolment QR code holds (the Key Uri Format every app reads). */
    public static String uri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    /** Digits as typed, in any script (an Arabic keyboard types ١٢٣), as ASCII; spaces dropped. */
    private static String digits(String given) {
        if (given == null) {
            return "";
        }
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < given.length(); i++) {
            char c = given.charAt(i);
            if (Character.isDigit(c)) {
                ascii.append((char) ('0' + Character.digit(c, 10)));
            } else if (!Character.isWhitespace(c)) {
                return "";
            }
        }
        return ascii.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
