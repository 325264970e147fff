package org.mizan.launcher;

import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation's OpenPGP private key that opens encrypted backups, read from the file
 * {@code gpg --export-secret-keys} wrote, unlocked with its passphrase at once: a wrong passphrase or a wrong key is
 * refused before a restore touches anything. It lives with the organisation, never on the server.
 */
public final class OpenPgpIdentity {

    /** Asked only when the key is protected by one. */
    public interface PassphraseSource {
        char[] passphrase() throws IOException;
    }

    private final Set<String> fingerprints;
    private final Map<Long, PGPPrivateKey> keys;

    private OpenPgpIdentity(Set<String> fingerprints, Map<Long, PGPPrivateKey> keys) {
        this.fingerprints = fingerprints;
        this.keys = keys;
    }

    public static OpenPgpIdentity read(Path file, PassphraseSource passphrase) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("The private key " + file + " does not exist.");
        }
        PGPSecretKeyRingCollection rings;
        try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(file))) {
            rings = new PGPSecretKeyRingCollection(in, new BcKeyFingerprintCalculator());
        } catch (PGPException | IOException | RuntimeException notAPrivateKey) {
            throw new IOException(file + " is not an OpenPGP private key (write it with gpg --export-secret-keys --armor "
                    + "<fingerprint>): " + notAPrivateKey.getMessage(), notAPrivateKey);
        }
        Set<String> fingerprints = new LinkedHashSet<>();
        Map<Long, PGPPrivateKey> keys = new HashMap<>();
        char[] given = null;
        try {
            for (PGPSecretKeyRing ring : rings) {
                fingerprints.add(OpenPgpRecipient.fingerprint(ring.getPublicKey()));
                for (PGPSecretKey key : ring) {
                    if (!key.getPublicKey().isEncryptionKey() || key.isPrivateKeyEmpty()) {
                        continue;
                    }
                    if (given == null) {
                        given = key.getKeyEncryptionAlgorithm() == SymmetricKeyAlgorithmTags.NULL ? new char[0] : passphrase.passphrase();
                    }
                    keys.put(key.getKeyID(), unlock(file, key, given));
                }
            }
        } finally {
            if (given != null) {
                Arrays.fill(given, ' ');
            }
        }
        if (keys.isEmpty()) {
            throw new IOException(file + " holds no private key that can decrypt (" + String.join(", ", fingerprints) + ").");
        }
        return new OpenPgpIdentity(fingerprints, keys);
    }

    private static PGPPrivateKey unlock(Path file, PGPSecretKey key, char[] passphrase) throws IOException {
        try {
            return key.extractPrivateKey(new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider()).build(passphrase));
        } catch (PGPException | RuntimeException wrong) {
            throw new IOException("The passphrase of the private key " + file + " is wrong.", wrong);
        }
    }

    /** Whether this is the private half of the key with the (primary) {@code fingerprint} a backup names. */
    public boolean opens(String fingerprint) {
        return fingerprints.contains(fingerprint);
    }

    Optional<PGPPrivateKey> key(long keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public String toString() {
        return "OpenPGP key " + String.join(", ", fingerprints);
    }
}
