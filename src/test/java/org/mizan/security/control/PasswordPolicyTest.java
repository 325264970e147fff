package org.mizan.security.control;

import org.junit.jupiter.api.Test;
import org.mizan.platform.control.InvalidInput;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordPolicyTest {

    @Test
    void twelveCharactersAreTheMinimumCountedAsCharactersNotBytes() {
        assertEquals("password.tooShort", assertThrows(InvalidInput.class,
                () -> PasswordPolicy.check("password", "elevenchars", "someone")).errors().get(0).messageKey());
        assertDoesNotThrow(() -> PasswordPolicy.check("password", "twelve chars", "someone"));
        assertDoesNotThrow(() -> PasswordPolicy.check("password", "ميزان العدالة", "someone"));
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> PasswordPolicy.check("newPassword", "my name is Layla!!", "layla"));
        assertEquals("newPassword", e.errors().get(0).field());
    }

    @Test
    void absurdlyLongPasswordsAreRefused() {
        assertThrows(InvalidInput.class, () -> PasswordPolicy.check("password", "x".repeat(257), "someone"));
    }
}
