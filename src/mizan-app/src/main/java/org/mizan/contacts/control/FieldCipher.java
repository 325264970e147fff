package org.mizan.contacts.control;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AES-256-GCM, one value at a time: a fresh 96-bit nonce per value, the key id stored with it, and
 * the value bound to where it lives ({@code table.column#row}) so ciphertext copied to another row
 * or column does not decrypt. Stored form: {@code g1:<key id>:<base64 nonce+ciphertext+tag>}.
 * Writes under the current key; reads under any key it holds (the previous ones, while rotating).
 */
public final class FieldCipher {

    private static final String FORMAT = "g1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataKey current;
    private final Map<String, DataKey> readable = new LinkedHashMap<>();

    public FieldCipher(DataKey current, Collection<DataKey> previous) {
        this.current = current;
        readable.put(current.id(), current);
        previous.forEach(key -> readable.putIfAbsent(key.id(), key));
    }

    public FieldCipher(DataKey current) {
        this(current, java.util.List.of());
    }

    public DataKey current() {
        return current;
    }

    public String encrypt(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, current, nonce, context);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return FORMAT + ":" + current.id() + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String decrypt(String stored, String context) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !FORMAT.equals(parts[0])) {
            throw new Unreadable("not a value this version of Mizan wrote");
        }
        DataKey key = readable.get(parts[1]);
        if (key == null) {
            throw new UnknownKey(parts[1]);
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(parts[2]);
            if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new Unreadable("too short");
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(bytes, NONCE_BYTES), context);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new Unreadable("altered, moved, or written under another key with the same id");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The id of the key a stored value was written under. */
    public static String keyIdOf(String stored) {
        String[] parts = stored.split(":", 3);
        return parts.length == 3 ? parts[1] : "";
    }

    private static Cipher cipher(int mode, DataKey key, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key.secret(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** A stored value that does not decrypt: never a reason to show anything of it. */
    public static class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unreadable(String why) {
            super("An encrypted value could not be read: " + why);
        }
    }

    /** A value written under a key this server was not given. */
    public static final class UnknownKey extends Unreadable {
        private static final long serialVersionUID = 1L;
        private final String keyId;

        public UnknownKey(String keyId) {
            super("written under data key " + keyId + ", which this server does not hold");
            this.keyId = keyId;
        }

        public String keyId() {
            return keyId;
        }
    }
}
