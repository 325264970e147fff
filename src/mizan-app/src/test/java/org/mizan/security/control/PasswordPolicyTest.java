package org.mizan.security.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.platform.control.InvalidInput;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordPolicyTest {

    private static String refusal(String password, String username, String displayName) {
        return assertThrows(InvalidInput.class, () -> PasswordPolicy.check("password", password, username, displayName))
                .errors().get(0).messageKey();
    }

    @Test
    void twelveCharactersAreTheMinimumCountedAsCharactersNotBytes() {
        assertEquals("password.tooShort", refusal("elevenchars", "someone", "Some One"));
        assertDoesNotThrow(() -> PasswordPolicy.check("password", "ميزان العدالة", "someone", "Some One"));
        assertDoesNotThrow(() -> PasswordPolicy.check("password", "وشەی نهێنی نوێی من ٢٠٢٦", "someone", "Some One"));
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> PasswordPolicy.check("newPassword", "my name is Layla!!", "layla", null));
        assertEquals("newPassword", e.errors().get(0).field());
        assertEquals("password.containsUsername", e.errors().get(0).messageKey());
    }

    @Test
    void thePasswordMayNotContainTheUsersName() {
        assertEquals("password.containsName", refusal("Zainab Kadhim 1990", "zk", "Zainab Kadhim"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "passwordpassword", "qwertyuiop123", "correct horse battery staple",
            "123456789012", "Password1234", "iloveyou2019!"})
    void guessablePasswordsAreRefusedWhateverTheirLength(String weak) {
        assertEquals("password.weak", refusal(weak, "someone", "Some One"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a brand new passphrase", "tigris cardamom lantern 1919", "Baghdad rain at midnight"})
    void afewUnrelatedWordsAreStrongEnough(String strong) {
        assertDoesNotThrow(() -> PasswordPolicy.check("password", strong, "someone", "Some One"));
    }

    @Test
    void absurdlyLongPasswordsAreRefused() {
        assertEquals("password.tooLong", refusal("x".repeat(257), "someone", null));
    }
}
