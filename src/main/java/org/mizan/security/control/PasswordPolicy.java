package org.mizan.security.control;

import org.mizan.platform.control.InvalidInput;

/** What a password must be: long enough to resist guessing, short enough not to tie up the hasher. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    /** Throws {@link InvalidInput} on {@code field} when the password breaks a rule. */
    public static void check(String field, String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInput(field, "password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInput(field, "password.tooLong", MAX_LENGTH);
        }
        if (username != null && password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw new InvalidInput(field, "password.containsUsername");
        }
    }
}
