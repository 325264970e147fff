package org.mizan.platform.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * A 256-bit secret kept outside the database — given inline in a setting, or in a file readable by its
 * owner only — shared by every key Mizan holds (the data key, the audit key). Messages name the
 * setting or the file, never the key.
 */
public final class SecretKeyFile {

    public static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretKeyFile() {
    }

    public static byte[] random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The key from its base64 form; the message of a failure never repeats what it was given. */
    public static byte[] parse(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64");
        }
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("not " + BYTES + " bytes (a 256-bit key) once decoded");
        }
        return bytes;
    }

    public static byte[] read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.US_ASCII));
    }

    /**
     * The key a pair of settings names: {@code key} itself (base64) or the {@code file} holding it; empty
     * when neither is set, {@link Unusable} when the one set does not give a key.
     */
    public static Optional<byte[]> configured(String keySetting, String key, String fileSetting, String file) {
        if (key != null && !key.isBlank()) {
            try {
                return Optional.of(parse(key));
            } catch (IllegalArgumentException e) {
                throw new Unusable(keySetting + " is set but is not a usable key: it is " + e.getMessage()
                        + ". It must be 32 random bytes in base64, e.g. the output of `openssl rand -base64 32`.");
            }
        }
        if (file != null && !file.isBlank()) {
            Path path = Path.of(file.strip());
            if (!Files.isRegularFile(path)) {
                throw new Unusable(fileSetting + " names " + path + ", which does not exist or is not a file.");
            }
            try {
                return Optional.of(read(path));
            } catch (IOException e) {
                throw new Unusable(fileSetting + " names " + path + ", which cannot be read: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new Unusable("The key file " + path + " (" + fileSetting + ") does not hold a usable key: it is "
                        + e.getMessage() + ".");
            }
        }
        return Optional.empty();
    }

    /** Writes a new key file readable by its owner only, all at once; never replaces an existing one. */
    public static void writeNew(Path file, byte[] key) throws IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(partial);
        }
        Files.writeString(partial, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.SYNC);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A configured key is there but gives no key; the message says which setting and why. */
    public static final class Unusable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unusable(String message) {
            super(message);
        }
    }
}
