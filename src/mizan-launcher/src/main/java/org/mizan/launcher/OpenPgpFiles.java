package org.mizan.launcher;

import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.operator.jcajce.JcePublicKeyDataDecryptorFactoryBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * OpenPGP messages as backups hold them: AES-256, integrity-protected (SEIPD with its MDC), to the organisation's public
 * key, written and read as streams with fixed buffers so that a file of many GiB costs no more memory than a small one.
 * Any OpenPGP tool opens them: {@code gpg --decrypt database.dump.pgp > database.dump}.
 */
public final class OpenPgpFiles {

    /** The buffer of the partial-length packets: memory stays at this however large the file. */
    private static final int PACKET = 1 << 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** For the key exchange of every OpenPGP key type; not registered with the JDK, only handed to the decryption. */
    private static final BouncyCastleProvider KEY_EXCHANGE = new BouncyCastleProvider();

    private OpenPgpFiles() {
    }

    /** A stream that encrypts what is written to it into {@code out}; closing it finishes the message, not {@code out}. */
    public static OutputStream seal(OutputStream out, OpenPgpRecipient recipient) throws IOException {
        // The JCE's AES (with the processor's AES instructions) for the bulk; Bouncy Castle's own code for the key exchange,
        // which the JDK cannot do for every OpenPGP key type.
        PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(new JcePGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                .setWithIntegrityPacket(true).setSecureRandom(RANDOM));
        generator.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(recipient.encryptionKey()).setSecureRandom(RANDOM));
        OutputStream encrypted;
        try {
            encrypted = generator.open(out, new byte[PACKET]);
        } catch (PGPException e) {
            throw new IOException("Could not start encrypting to " + recipient + ": " + e.getMessage(), e);
        }
        // No name and no date in the literal packet: nothing about the file outside the encryption.
        OutputStream literal = new PGPLiteralDataGenerator().open(encrypted, PGPLiteralData.BINARY, "", new Date(0), new byte[PACKET]);
        return new FilterOutputStream(literal) {
            private boolean closed;

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                literal.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    literal.close();
                    encrypted.close();
                }
            }
        };
    }

    /**
     * Decrypts the message {@code in} with {@code identity} into {@code out}, then checks its integrity: an altered message
     * throws once its end is reached, so write {@code out} somewhere that is discarded unless this returns.
     */
    public static void open(InputStream in, OpenPgpIdentity identity, OutputStream out) throws IOException {
        try {
            PGPPublicKeyEncryptedData data = encryptedFor(PGPUtil.getDecoderStream(in), identity);
            PGPPrivateKey key = identity.key(data.getKeyID()).orElseThrow();
            // The session key recovered by Bouncy Castle, the bulk decrypted by the JDK's AES, as when encrypting.
            BcPGPObjectFactory message = new BcPGPObjectFactory(data.getDataStream(new JcePublicKeyDataDecryptorFactoryBuilder()
                    .setProvider(KEY_EXCHANGE).setContentProvider("SunJCE").build(key)));
            Object next = message.nextObject();
            if (next instanceof PGPCompressedData compressed) {
                // Not what backups write, but what gpg writes by default: a file re-encrypted by hand opens too.
                message = new BcPGPObjectFactory(compressed.getDataStream());
                next = message.nextObject();
            }
            if (!(next instanceof PGPLiteralData literal)) {
                throw new IOException("the encrypted message holds no data");
            }
            try (InputStream clear = literal.getInputStream()) {
                clear.transferTo(out);
            }
            if (!data.verify()) {
                throw new IOException("its integrity check (MDC) failed: the file was altered");
            }
        } catch (PGPException e) {
            throw new IOException("it does not decrypt: " + e.getMessage(), e);
        }
    }

    private static PGPPublicKeyEncryptedData encryptedFor(InputStream in, OpenPgpIdentity identity) throws IOException {
        BcPGPObjectFactory factory = new BcPGPObjectFactory(in);
        Object first;
        try {
            first = factory.nextObject();
            if (first != null && !(first instanceof PGPEncryptedDataList)) {
                // gpg may put a marker packet first
                first = factory.nextObject();
            }
        } catch (IOException | RuntimeException notOpenPgp) {
            throw new IOException("it is not an OpenPGP message: " + notOpenPgp.getMessage(), notOpenPgp);
        }
        if (!(first instanceof PGPEncryptedDataList list)) {
            throw new IOException("it is not an encrypted OpenPGP message");
        }
        List<String> recipients = new ArrayList<>();
        for (PGPEncryptedData each : list) {
            if (each instanceof PGPPublicKeyEncryptedData data) {
                Optional<PGPPrivateKey> key = identity.key(data.getKeyID());
                if (key.isPresent()) {
                    if (!data.isIntegrityProtected()) {
                        throw new IOException("it is not integrity-protected, so an alteration could not be seen: refused");
                    }
                    return data;
                }
                recipients.add(Long.toHexString(data.getKeyID()).toUpperCase(java.util.Locale.ROOT));
            }
        }
        throw new IOException("it is encrypted to the key ID " + String.join(", ", recipients) + ", not to " + identity
                + ": wrong private key");
    }
}
