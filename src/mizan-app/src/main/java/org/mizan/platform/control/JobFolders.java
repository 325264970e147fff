package org.mizan.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of {@link BackgroundJobs}: a folder per job under {@code MIZAN_HOME/jobs}, owner-only (a report names
 * victims), shared by every node as the data folder is, and deleted with its job.
 */
@ApplicationScoped
public class JobFolders {

    private static final Pattern JOB_ID = Pattern.compile("[0-9a-f]{32}");

    @Inject
    @ConfigProperty(name = "mizan.home")
    Optional<String> home;

    /** The job's folder, created if need be. */
    Path create(String id) {
        Path folder = folder(id);
        try {
            Files.createDirectories(folder.getParent());
            return Files.isDirectory(folder) ? folder : Files.createDirectory(folder,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The job's folder, which exists only if the job stored files. */
    Path folder(String id) {
        if (!JOB_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a job id");
        }
        return root().resolve(id);
    }

    void delete(Collection<String> ids) {
        ids.forEach(id -> deleteQuietly(folder(id)));
    }

    /** Deletes the folders of jobs that are not in {@code stored}: a crash between a job's end and its sweep leaves them. */
    void deleteAllBut(Set<String> stored) {
        if (!Files.isDirectory(root())) {
            return;
        }
        try (Stream<Path> folders = Files.list(root())) {
            folders.filter(f -> JOB_ID.matcher(f.getFileName().toString()).matches() && !stored.contains(f.getFileName().toString()))
                    .forEach(JobFolders::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A job's folder holds files only; what cannot be deleted now goes with the next start's clean-up. */
    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // left for deleteAllBut
        }
    }

    private Path root() {
        return DataFolder.of(home).resolve("jobs");
    }
}
