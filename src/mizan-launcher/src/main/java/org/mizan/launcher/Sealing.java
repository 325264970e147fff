package org.mizan.launcher;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * How an encrypted backup is written: every file that holds data encrypted to the organisation's key ({@code .pgp}),
 * and each evidence object named by a keyed hash of its SHA-256 rather than by the hash itself. Named by the hash,
 * whoever holds a backup and a copy of a video could confirm that the organisation has it; the naming key stays on
 * the server ({@code MIZAN_HOME/backup-names.key}), which has the evidence anyway. It is what makes an object already in
 * the previous backup recognisable without decrypting anything: the same bytes, the same name. Lost, the next backup
 * simply copies every object afresh.
 */
public final class Sealing {

    static final String SUFFIX = ".pgp";
    static final String NAMES_KEY_FILE = "backup-names.key";

    private final OpenPgpRecipient recipient;
    private final byte[] namesKey;

    private Sealing(OpenPgpRecipient recipient, byte[] namesKey) {
        this.recipient = recipient;
        this.namesKey = namesKey;
    }

    public OpenPgpRecipient recipient() {
        return recipient;
    }

    /** Encryption to the key in {@code recipientFile}, with the naming key of {@code home} (made on first use). */
    public static Sealing of(Path recipientFile, Path home) throws IOException {
        return new Sealing(OpenPgpRecipient.read(recipientFile), namesKey(home.resolve(NAMES_KEY_FILE)));
    }

    /** Where an object of this SHA-256 goes in an encrypted backup. */
    public String objectPath(String sha256) {
        String name = hmac(sha256);
        return "objects/" + name.substring(0, 2) + "/" + name.substring(2, 4) + "/" + name + SUFFIX;
    }

    private String hmac(String sha256) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(namesKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(sha256.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] namesKey(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            try {
                Files.write(Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                        HexFormat.of().formatHex(key).getBytes(StandardCharsets.US_ASCII), StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException madeMeanwhile) {
                // another backup made it first: use theirs
            }
        }
        String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IOException(file + " is damaged; delete it (the next encrypted backup then copies every object afresh).");
        }
        return HexFormat.of().parseHex(hex);
    }
}
