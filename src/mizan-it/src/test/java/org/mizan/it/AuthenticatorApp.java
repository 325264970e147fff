package org.mizan.it;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;

/**
 * The phone in the tests: an RFC 6238 authenticator made from the secret Mizan showed, as any app
 * makes it (java-otp directly, not Mizan's own code). Mizan accepts each 30-second step once, and the
 * step after the current one too (clock drift), so a fresh code is the next unused step, waiting only
 * when both are spent.
 */
final class AuthenticatorApp {

    private final SecretKeySpec key;
    private long lastStep = Long.MIN_VALUE;

    AuthenticatorApp(String shownSecret) {
        this.key = new SecretKeySpec(new Base32().decode(shownSecret.replace(" ", "")), "HmacSHA1");
    }

    /** A code Mizan has not accepted yet. */
    synchronized String freshCode() {
        long step = Math.max(currentStep(), lastStep + 1);
        while (step > currentStep() + 1) {
            pause();
        }
        lastStep = step;
        return codeAt(step);
    }

    /** The code of the step before the last one given: already spent, or too old. */
    String spentCode() {
        return codeAt(lastStep);
    }

    String codeAt(long step) {
        try {
            return new TimeBasedOneTimePasswordGenerator()
                    .generateOneTimePasswordString(key, Instant.ofEpochSecond(step * 30), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    static long currentStep() {
        return Instant.now().getEpochSecond() / 30;
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
