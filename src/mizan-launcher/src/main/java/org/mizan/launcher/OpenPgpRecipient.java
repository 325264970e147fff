package org.mizan.launcher;

import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The organisation's OpenPGP public key that encrypted backups are written to, read from the file {@code gpg --export}
 * wrote (armored or binary). Only the public half is ever on the server: what it encrypts, it cannot read back.
 */
public final class OpenPgpRecipient {

    private final String fingerprint;
    private final PGPPublicKey encryptionKey;

    private OpenPgpRecipient(String fingerprint, PGPPublicKey encryptionKey) {
        this.fingerprint = fingerprint;
        this.encryptionKey = encryptionKey;
    }

    public static OpenPgpRecipient read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("The backup recipient key " + file + " does not exist.");
        }
        List<PGPPublicKeyRing> rings = new ArrayList<>();
        try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(file))) {
            new PGPPublicKeyRingCollection(in, new BcKeyFingerprintCalculator()).forEach(rings::add);
        } catch (PGPException | IOException | RuntimeException notAPublicKey) {
            throw new IOException(file + " is not an OpenPGP public key (write it with gpg --export --armor <fingerprint>; never give "
                    + "the server the private key): " + notAPublicKey.getMessage(), notAPublicKey);
        }
        if (rings.size() != 1) {
            throw new IOException(file + " holds " + rings.size() + " OpenPGP keys: export only the organisation's backup key.");
        }
        PGPPublicKeyRing ring = rings.get(0);
        PGPPublicKey encryptionKey = null;
        for (PGPPublicKey key : ring) {
            // A subkey made for encryption is preferred to the primary key: that is how gpg makes and uses them.
            if (key.isEncryptionKey() && !key.hasRevocation() && (encryptionKey == null || encryptionKey.isMasterKey())) {
                encryptionKey = key;
            }
        }
        String fingerprint = fingerprint(ring.getPublicKey());
        if (encryptionKey == null) {
            throw new IOException("The OpenPGP key " + fingerprint + " in " + file + " has no key that may encrypt: add one with "
                    + "gpg --quick-add-key " + fingerprint + " cv25519 encr never.");
        }
        return new OpenPgpRecipient(fingerprint, encryptionKey);
    }

    /** The primary key's fingerprint, as gpg shows it: what the manifest names and a restore checks the private key against. */
    public String fingerprint() {
        return fingerprint;
    }

    PGPPublicKey encryptionKey() {
        return encryptionKey;
    }

    static String fingerprint(PGPPublicKey key) {
        return HexFormat.of().formatHex(key.getFingerprint()).toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "OpenPGP key " + fingerprint;
    }
}
