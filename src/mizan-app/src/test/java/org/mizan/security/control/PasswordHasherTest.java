package org.mizan.security.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("كلمة سر طويلة جداً".toCharArray());
        assertTrue(hasher.verify("كلمة سر طويلة جداً".toCharArray(), hash));
        assertFalse(hasher.verify("كلمة سر طويلة جدا".toCharArray(), hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same password".toCharArray()), hasher.hash("same password".toCharArray()));
    }

    @Test
    void storesTheWorkFactorAndAsksForARehashWhenItChanges() {
        String hash = hasher.hash("a password".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha256$1000$"));
        assertFalse(hasher.needsRehash(hash));
        PasswordHasher stronger = new PasswordHasher(2000);
        assertTrue(stronger.needsRehash(hash));
        assertTrue(stronger.verify("a password".toCharArray(), hash), "old hashes still verify");
    }

    @Test
    void rejectsMalformedHashes() {
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plain-text"));
        assertFalse(hasher.verify("x".toCharArray(), "md5$1$abc$def"));
    }
}
