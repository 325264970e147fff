package org.mizan.security.control;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 key, "12345678901234567890", in the Base32 form apps are given. */
    private static final String RFC_SECRET = new Base32().encodeAsString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codesAreRfc6238sTruncatedToTheSixDigitsAppsShow() {
        // Appendix B gives 8 digits: 94287082 at T=59, 07081804 at T=1111111109, 14050471 at T=1111111111.
        assertEquals("287082", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109))));
        assertEquals("050471", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111111))));
    }

    @Test
    void theCodeOfTheStepBeforeOrAfterIsAcceptedButNoFurther() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);
        assertEquals(OptionalLong.of(step), Totp.acceptedStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now, 0));
        assertEquals(OptionalLong.of(step - 1), Totp.acceptedStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, 0));
        assertEquals(OptionalLong.of(step + 1), Totp.acceptedStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, 0));
        assertTrue(Totp.acceptedStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, 0).isEmpty());
        assertTrue(Totp.acceptedStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, 0).isEmpty());
    }

    @Test
    void aCodeOnceAcceptedIsSpentAndSoIsEveryOlderOne() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);
        assertTrue(Totp.acceptedStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step).isEmpty());
        assertTrue(Totp.acceptedStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step).isEmpty());
        assertEquals(OptionalLong.of(step + 1), Totp.acceptedStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, step));
    }

    @Test
    void digitsMayBeTypedWithSpacesOrOnAnArabicKeyboard() {
        Instant now = Instant.ofEpochSecond(59);
        assertTrue(Totp.acceptedStep(RFC_SECRET, "287 082", now, 0).isPresent());
        assertTrue(Totp.acceptedStep(RFC_SECRET, "٢٨٧٠٨٢", now, 0).isPresent());
        assertTrue(Totp.acceptedStep(RFC_SECRET, "28708", now, 0).isEmpty());
        assertTrue(Totp.acceptedStep(RFC_SECRET, "2870821", now, 0).isEmpty());
        assertTrue(Totp.acceptedStep(RFC_SECRET, "28708x", now, 0).isEmpty());
        assertTrue(Totp.acceptedStep(RFC_SECRET, null, now, 0).isEmpty());
    }

    @Test
    void secretsAreFreshBase32With160Bits() {
        String one = Totp.newSecret();
        assertTrue(one.matches("[A-Z2-7]{32}"), one);
        assertEquals(20, new Base32().decode(one).length);
        assertFalse(one.equals(Totp.newSecret()));
    }

    @Test
    void theAddressFollowsTheKeyUriFormatWithTheNameEscaped() {
        assertEquals("otpauth://totp/Mizan:layla%20h?secret=ABC&issuer=Mizan&algorithm=SHA1&digits=6&period=30",
                Totp.uri("Mizan", "layla h", "ABC"));
    }
}
