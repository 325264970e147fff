package org.mizan.reports.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.UUID;

/**
 * Where the organisation's signing key comes from — never from the database: the PEM file {@code MIZAN_SIGNING_KEY_FILE}
 * names (an organisation's key with a certificate from its CA), else {@code signing/organisation.pem} in {@code MIZAN_HOME},
 * beside the data key, made once with a self-signed certificate. Two nodes sharing the folder may start together: each
 * writes its own candidate and links it into place — link(2) fails when the name exists, unlike rename, which would replace
 * it — and both then use whatever won.
 */
public final class OrganisationKeySource {

    public static final String FILE_SETTING = "MIZAN_SIGNING_KEY_FILE";
    public static final String HOME_KEY_FILE = "signing/organisation.pem";

    private OrganisationKeySource() {
    }

    /** The configured key, else the one in {@code home}, created the first time. */
    public static OrganisationKey resolve(String file, Path home, String organisation, Instant now) throws IOException {
        if (file != null && !file.isBlank()) {
            Path path = Path.of(file.strip());
            if (!Files.isRegularFile(path)) {
                throw new Unusable(FILE_SETTING + " names " + path + ", which does not exist or is not a file.");
            }
            return read(path, FILE_SETTING + " (" + path + ")");
        }
        Path homeFile = home.resolve(HOME_KEY_FILE);
        if (!Files.exists(homeFile)) {
            createOnce(homeFile, OrganisationKey.generatePem(organisation, now));
        }
        return read(homeFile, homeFile.toString());
    }

    /** Writes {@code pem} as {@code file}, owner-only, unless another node got there first; never replaces a file. */
    static void createOnce(Path file, String pem) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // a filesystem without owners (Windows): the folder's own access rules apply
        }
        Path candidate = folder.resolve(file.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            try {
                Files.createFile(candidate, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(candidate);
            }
            Files.writeString(candidate, pem, StandardCharsets.US_ASCII, StandardOpenOption.SYNC);
            try {
                Files.createLink(file, candidate);
            } catch (FileAlreadyExistsException anotherNodeWon) {
                // theirs is the key: read below by the caller
            } catch (UnsupportedOperationException noHardLinks) {
                Files.move(candidate, file);
            }
        } finally {
            Files.deleteIfExists(candidate);
        }
    }

    private static OrganisationKey read(Path file, String named) throws IOException {
        try {
            return OrganisationKey.parse(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new Unusable("The signing key file " + named + " is not usable: " + e.getMessage() + ".");
        }
    }

    /** The signing key is there but unusable; the message names the file and why, never the key. */
    public static final class Unusable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unusable(String message) {
            super(message);
        }
    }
}
