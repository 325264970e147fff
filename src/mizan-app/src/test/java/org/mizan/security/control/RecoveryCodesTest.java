package org.mizan.security.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryCodesTest {

    @Test
    void tenDifferentCodesOfEightyRandomBitsInGroupsOfFour() {
        List<String> codes = RecoveryCodes.generate();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        codes.forEach(code -> assertTrue(code.matches("[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}"), code));
    }

    @Test
    void theHashIgnoresHowTheCodeWasTyped() {
        String hash = RecoveryCodes.hash("ab01-cd23-ef45-gh67");
        assertEquals(hash, RecoveryCodes.hash("AB01CD23EF45GH67"));
        assertEquals(hash, RecoveryCodes.hash(" ab01 cd23 ef45 gh67 "));
        assertEquals(hash, RecoveryCodes.hash("abO1-cd23-ef45-gh67"), "O read as zero");
        assertEquals(RecoveryCodes.hash("1111-2222-3333-4444"), RecoveryCodes.hash("IlLi-2222-3333-4444"), "I and L read as one");
        assertNotEquals(hash, RecoveryCodes.hash("ab01-cd23-ef45-gh68"));
        assertEquals(64, hash.length());
    }

    @Test
    void onlyTheRightLengthAndAlphabetCountAsACode() {
        assertTrue(RecoveryCodes.looksLikeCode("ab01-cd23-ef45-gh67"));
        assertFalse(RecoveryCodes.looksLikeCode("ab01-cd23-ef45"));
        assertFalse(RecoveryCodes.looksLikeCode("ab01-cd23-ef45-gh6u"), "u is not in Crockford's alphabet");
        assertFalse(RecoveryCodes.looksLikeCode(null));
    }
}
