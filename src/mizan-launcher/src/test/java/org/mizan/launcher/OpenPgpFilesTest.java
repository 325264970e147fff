package org.mizan.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.platform.control.Sha256;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Encryption to the organisation's key with the test keys gpg made (src/test/resources/openpgp). */
class OpenPgpFilesTest {

    static final String ORGANISATION_FINGERPRINT = "BF722DAEAF4C0231969552488EFF006A9718ADD4";
    static final String ORGANISATION_PASSPHRASE = "organisation backup passphrase";
    private static final byte[] TEXT = "شهادة الشاهد الأول — the first witness's statement".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    static Path key(String name) {
        try {
            return Path.of(OpenPgpFilesTest.class.getResource("/openpgp/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static OpenPgpRecipient organisation() throws IOException {
        return OpenPgpRecipient.read(key("organisation.pub.asc"));
    }

    static OpenPgpIdentity organisationIdentity() throws IOException {
        return OpenPgpIdentity.read(key("organisation.key.asc"), ORGANISATION_PASSPHRASE::toCharArray);
    }

    private static byte[] seal(byte[] plain, OpenPgpRecipient recipient) throws IOException {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = OpenPgpFiles.seal(sealed, recipient)) {
            out.write(plain);
        }
        return sealed.toByteArray();
    }

    private static byte[] open(byte[] sealed, OpenPgpIdentity identity) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        OpenPgpFiles.open(new java.io.ByteArrayInputStream(sealed), identity, plain);
        return plain.toByteArray();
    }

    @Test
    void anArmoredAndABinaryPublicKeyAreTheSameRecipientNamedByItsPrimaryFingerprint() throws IOException {
        assertEquals(ORGANISATION_FINGERPRINT, organisation().fingerprint());
        assertEquals(ORGANISATION_FINGERPRINT, OpenPgpRecipient.read(key("organisation.pub.gpg")).fingerprint());
        assertTrue(organisationIdentity().opens(ORGANISATION_FINGERPRINT));
        assertFalse(organisationIdentity().opens(OpenPgpRecipient.read(key("other.pub.asc")).fingerprint()));
    }

    @Test
    void aPrivateKeyGivenAsRecipientIsRefused() {
        IOException refused = assertThrows(IOException.class, () -> OpenPgpRecipient.read(key("organisation.key.asc")));
        assertTrue(refused.getMessage().contains("is not an OpenPGP public key"), refused.getMessage());
    }

    @Test
    void whatIsSealedOpensWithThePrivateKeyAndHoldsNothingInClear() throws IOException {
        byte[] sealed = seal(TEXT, organisation());
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains(new String(TEXT, StandardCharsets.ISO_8859_1)));
        assertArrayEquals(TEXT, open(sealed, organisationIdentity()));
    }

    @Test
    void aLargeFileGoesThroughAsStreamsAndComesBackHashForHash() throws Exception {
        long bytes = 32L * 1024 * 1024;
        Path sealed = folder.resolve("large.pgp");
        MessageDigest written = Sha256.digest();
        try (OutputStream out = OpenPgpFiles.seal(Files.newOutputStream(sealed), organisation());
             OutputStream hashing = new DigestOutputStream(out, written)) {
            random(bytes).transferTo(hashing);
        }
        assertTrue(Files.size(sealed) > bytes && Files.size(sealed) < bytes + 64 * 1024, "no compression, little overhead");
        MessageDigest read = Sha256.digest();
        try (InputStream in = Files.newInputStream(sealed); OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), read)) {
            OpenPgpFiles.open(in, organisationIdentity(), out);
        }
        assertEquals(Sha256.hex(written), Sha256.hex(read));
    }

    @Test
    void anotherOrganisationsKeyIsRefusedNamingTheKeyItWasEncryptedTo() throws IOException {
        byte[] sealed = seal(TEXT, organisation());
        OpenPgpIdentity other = OpenPgpIdentity.read(key("other.key.asc"), "another organisation passphrase"::toCharArray);
        IOException refused = assertThrows(IOException.class, () -> open(sealed, other));
        assertTrue(refused.getMessage().contains("wrong private key"), refused.getMessage());
    }

    @Test
    void aWrongPassphraseIsRefusedBeforeAnythingIsDecrypted() {
        IOException refused = assertThrows(IOException.class,
                () -> OpenPgpIdentity.read(key("organisation.key.asc"), "organisation backup passphrasE"::toCharArray));
        assertTrue(refused.getMessage().contains("passphrase of the private key"), refused.getMessage());
    }

    @Test
    void oneAlteredByteFailsTheIntegrityCheck() throws IOException {
        byte[] plain = new byte[300_000];
        new Random(7).nextBytes(plain);
        byte[] sealed = seal(plain, organisation());
        // inside the first packet of the encrypted data, past the key packet and the headers
        sealed[2000] ^= 0x01;
        IOException refused = assertThrows(IOException.class, () -> open(sealed, organisationIdentity()));
        assertTrue(refused.getMessage().contains("integrity check (MDC) failed"), refused.getMessage());
    }

    @Test
    void gpgOpensWhatWasSealed() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/gpg")), "gpg is not installed");
        Path home = Files.createDirectory(folder.resolve("gnupg"));
        Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Path sealed = folder.resolve("statement.pgp");
        Files.write(sealed, seal(TEXT, organisation()));
        assertEquals(0, gpg(home, "--import", key("organisation.key.asc").toString()));
        Path opened = folder.resolve("statement.txt");
        assertEquals(0, gpg(home, "--pinentry-mode", "loopback", "--passphrase", ORGANISATION_PASSPHRASE, "--output", opened.toString(),
                "--decrypt", sealed.toString()));
        assertArrayEquals(TEXT, Files.readAllBytes(opened));
    }

    private static int gpg(Path home, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("gpg", "--homedir", home.toString(), "--batch", "--quiet"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return process.exitValue();
    }

    /** {@code bytes} of pseudo-random data, made as they are read: never all in memory. */
    private static InputStream random(long bytes) {
        Random random = new Random(42);
        return new InputStream() {
            private long left = bytes;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                byte[] chunk = new byte[n];
                random.nextBytes(chunk);
                System.arraycopy(chunk, 0, buffer, offset, n);
                left -= n;
                return n;
            }
        };
    }
}
