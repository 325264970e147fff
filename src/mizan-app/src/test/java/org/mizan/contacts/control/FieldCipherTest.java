package org.mizan.contacts.control;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldCipherTest {

    private static final String PLACE = "family_contact.phones_enc#7";

    private final DataKey key = DataKey.generate();
    private final FieldCipher cipher = new FieldCipher(key);

    @Test
    void aValueComesBackAsItWent() {
        String phone = "+964 770 123 4567\nأم علي — ٠٧٧٠";
        assertEquals(phone, cipher.decrypt(cipher.encrypt(phone, PLACE), PLACE));
    }

    @Test
    void theStoredFormNamesTheKeyAndHidesTheValue() {
        String stored = cipher.encrypt("+964 770 123 4567", PLACE);
        assertTrue(stored.startsWith("g1:" + key.id() + ":"), stored);
        assertFalse(stored.contains("770"), stored);
        assertEquals(key.id(), FieldCipher.keyIdOf(stored));
    }

    @Test
    void everyValueGetsAFreshNonce() {
        String first = cipher.encrypt("same", PLACE);
        String second = cipher.encrypt("same", PLACE);
        assertNotEquals(first, second);
        assertNotEquals(first.substring(0, 30), second.substring(0, 30), "the nonces differ, not only the tags");
    }

    @Test
    void aValueMovedToAnotherRowOrColumnDoesNotDecrypt() {
        String stored = cipher.encrypt("+964 770 123 4567", PLACE);
        assertThrows(FieldCipher.Unreadable.class, () -> cipher.decrypt(stored, "family_contact.phones_enc#8"));
        assertThrows(FieldCipher.Unreadable.class, () -> cipher.decrypt(stored, "family_contact.address_enc#7"));
    }

    @Test
    void aFlippedBitIsFound() {
        String stored = cipher.encrypt("+964 770 123 4567", PLACE);
        String[] parts = stored.split(":");
        byte[] bytes = Base64.getDecoder().decode(parts[2]);
        bytes[bytes.length - 20] ^= 1;
        String altered = parts[0] + ":" + parts[1] + ":" + Base64.getEncoder().encodeToString(bytes);
        assertThrows(FieldCipher.Unreadable.class, () -> cipher.decrypt(altered, PLACE));
    }

    @Test
    void aValueUnderAnotherKeyNamesThatKey() {
        DataKey other = DataKey.generate();
        String stored = new FieldCipher(other).encrypt("x", PLACE);
        FieldCipher.UnknownKey unknown = assertThrows(FieldCipher.UnknownKey.class, () -> cipher.decrypt(stored, PLACE));
        assertEquals(other.id(), unknown.keyId());
    }

    @Test
    void whileRotatingTheOldKeyStillReadsAndTheNewOneWrites() {
        String old = cipher.encrypt("before", PLACE);
        DataKey fresh = DataKey.generate();
        FieldCipher rotating = new FieldCipher(fresh, List.of(key));
        assertEquals("before", rotating.decrypt(old, PLACE));
        assertEquals(fresh.id(), FieldCipher.keyIdOf(rotating.encrypt("after", PLACE)));
    }

    @Test
    void nothingStaysNothing() {
        assertEquals(null, cipher.encrypt(null, PLACE));
        assertEquals(null, cipher.decrypt(null, PLACE));
    }
}
