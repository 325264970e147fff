package org.mizan.launcher;

import org.mizan.audit.control.AuditKey;
import org.mizan.contacts.control.DataKey;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The keys a backup leaves out — the data key (contacts) and the audit key (the trail's seals) — exported to a file of
 * their own, encrypted under a passphrase: PBKDF2-HMAC-SHA256 (600,000 iterations, OWASP's 2023 figure) turns the
 * passphrase into an AES-256 key, AES-GCM encrypts and authenticates, so a wrong passphrase and an altered file are
 * both refused. Kept apart from the backups: whoever holds both reads every contact.
 */
public final class ExportedKeys {

    static final String HEADER = "mizan-keys 1 PBKDF2WithHmacSHA256 600000 AES/GCM/NoPadding";
    static final int MIN_PASSPHRASE = 12;
    private static final int ITERATIONS = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The two keys; the audit key is null where there was none to export. */
    public record Keys(DataKey data, AuditKey audit) {
    }

    private ExportedKeys() {
    }

    public static void write(Path file, Keys keys, char[] passphrase) throws IOException {
        if (passphrase.length < MIN_PASSPHRASE) {
            throw new IOException("The passphrase must be at least " + MIN_PASSPHRASE + " characters long.");
        }
        byte[] salt = random(16);
        byte[] nonce = random(12);
        String plain = "data " + keys.data().encoded() + "\n" + (keys.audit() == null ? "" : "audit " + keys.audit().encoded() + "\n");
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, passphrase, salt, nonce, plain.getBytes(StandardCharsets.US_ASCII));
        Base64.Encoder b64 = Base64.getEncoder();
        String text = HEADER + "\n" + b64.encodeToString(salt) + "\n" + b64.encodeToString(nonce) + "\n" + b64.encodeToString(sealed) + "\n";
        Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Encrypted anyway; the permissions only keep the curious out.
        }
    }

    public static Keys read(Path file, char[] passphrase) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        if (lines.size() < 4 || !HEADER.equals(lines.get(0))) {
            throw new IOException(file + " is not a key file written by the backup command's -DexportKey.");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] plain;
        try {
            plain = crypt(Cipher.DECRYPT_MODE, passphrase, b64.decode(lines.get(1)), b64.decode(lines.get(2)), b64.decode(lines.get(3)));
        } catch (IllegalArgumentException notBase64) {
            throw new IOException(file + " is damaged: " + notBase64.getMessage(), notBase64);
        }
        DataKey data = null;
        AuditKey audit = null;
        for (String line : new String(plain, StandardCharsets.US_ASCII).split("\n")) {
            if (line.startsWith("data ")) {
                data = DataKey.parse(line.substring(5));
            } else if (line.startsWith("audit ")) {
                audit = AuditKey.of(Base64.getDecoder().decode(line.substring(6)));
            }
        }
        Arrays.fill(plain, (byte) 0);
        if (data == null) {
            throw new IOException(file + " holds no data key.");
        }
        return new Keys(data, audit);
    }

    private static byte[] crypt(int mode, char[] passphrase, byte[] salt, byte[] nonce, byte[] input) throws IOException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, ITERATIONS, 256);
        try {
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(128, nonce));
            Arrays.fill(derived, (byte) 0);
            cipher.updateAAD(HEADER.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (javax.crypto.AEADBadTagException wrong) {
            throw new IOException("The passphrase is wrong, or the key file was altered.", wrong);
        } catch (GeneralSecurityException e) {
            throw new IOException("The key file could not be " + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted") + ": "
                    + e.getMessage(), e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }
}
