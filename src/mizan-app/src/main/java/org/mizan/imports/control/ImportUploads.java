package org.mizan.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mizan.platform.control.DataFolder;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.platform.control.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Uploaded spreadsheets between the upload and the import: the preview, the mapping and the dry run all read the
 * same file. Kept in the Mizan data folder (not the system's temporary folder: they hold names) with a row saying whose
 * it is ({@link ImportUploadRows}), so that every node and a restarted one find it; readable by their uploader only, and
 * deleted once imported or after {@link #KEPT}. A file without a row (a crash between the two) goes at the sweep after
 * {@link #KEPT}.
 */
@ApplicationScoped
public class ImportUploads {

    public static final Duration KEPT = Duration.ofHours(24);
    static final String SUFFIX = ".upload";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    /** One uploaded file. */
    public record Upload(String id, String owner, String fileName, Path path, long size, String sha256, Instant uploadedAt) {
    }

    @Inject
    @ConfigProperty(name = "mizan.home")
    Optional<String> home;
    @Inject
    @ConfigProperty(name = "mizan.imports.max-bytes", defaultValue = "104857600")
    long maxBytes;

    @Inject
    Clock clock;
    @Inject
    ImportUploadRows rows;

    /** Stores the stream; 413-worthy {@link InvalidInput} ({@code import.file.tooLarge}) past the limit, nothing kept. */
    public Upload store(InputStream content, String fileName, String owner) {
        sweep();
        String id = newId();
        Path path = folder().resolve(id + SUFFIX);
        try (OutputStream file = Files.newOutputStream(Files.createFile(path, OWNER_ONLY), StandardOpenOption.WRITE)) {
            MessageDigest sha256 = Sha256.digest();
            long size = copy(content, new DigestOutputStream(file, sha256));
            if (size == 0) {
                throw new InvalidInput("file", "import.file.empty");
            }
            file.flush();
            Upload upload = new Upload(id, owner, name(fileName), path, size, Sha256.hex(sha256), clock.instant());
            rows.insert(upload);
            return upload;
        } catch (IOException e) {
            deleteQuietly(path);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(path);
            throw e;
        }
    }

    /** The upload, if it is still kept and is {@code owner}'s; for anyone else it does not exist. */
    public Upload get(String id, String owner) {
        Upload upload = id == null || !ID.matcher(id).matches() ? null : rows.find(id, folder()).orElse(null);
        if (upload == null || !upload.owner().equals(owner) || !Files.exists(upload.path())) {
            throw new NotFound("import upload");
        }
        return upload;
    }

    public void discard(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return;
        }
        rows.delete(id);
        deleteQuietly(folder().resolve(id + SUFFIX));
    }

    public long maxBytes() {
        return maxBytes;
    }

    private long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        for (int read; (read = in.read(buffer)) > 0; ) {
            size += read;
            if (size > maxBytes) {
                throw new InvalidInput("file", "import.file.tooLarge", maxBytes / (1024 * 1024));
            }
            out.write(buffer, 0, read);
        }
        return size;
    }

    private Path folder() {
        Path folder = DataFolder.of(home).resolve("imports");
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets and deletes what is older than {@link #KEPT}, including files left by a previous run. */
    private void sweep() {
        Instant limit = clock.instant().minus(KEPT);
        rows.deleteUploadedBefore(limit).forEach(id -> deleteQuietly(folder().resolve(id + SUFFIX)));
        try (Stream<Path> files = Files.list(folder())) {
            files.filter(f -> modifiedBefore(f, limit)).forEach(ImportUploads::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean modifiedBefore(Path file, Instant limit) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(limit);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // swept again next time
        }
        return true;
    }

    /** The name as the user gave it, without any folder part, bounded: it is shown and stored, never used as a path. */
    private static String name(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
        name = name.isEmpty() ? "upload" : name;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
