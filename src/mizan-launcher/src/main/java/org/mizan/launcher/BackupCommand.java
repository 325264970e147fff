package org.mizan.launcher;

import org.mizan.platform.entity.LastBackup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes one backup folder {@code mizan-backup-<UTC time>} inside {@code to}: the audit checkpoint log, a
 * {@code pg_dump} of the database, every evidence object, and the manifest. The folder is written as
 * {@code <name>.partial} and renamed once its manifest is on disk, so a folder without that suffix is whole.
 *
 * <p>Incremental by content: an object already in the newest earlier backup in {@code to} (same path, same hash in
 * its manifest) is hard-linked to it instead of copied. Every backup folder is therefore complete on its own and any
 * of them can be deleted; only objects new since the last backup cost disk space and time. Where a hard link is not
 * possible (another filesystem) the object is copied.
 *
 * <p>With a {@link Sealing} every file that holds data is encrypted to the organisation's OpenPGP key as it is written
 * (the dump streamed from pg_dump into the encryption): the folder, {@code .partial} or not, never holds a byte of the
 * database or of the evidence in clear. The manifest lists the encrypted files' hashes and names the key.
 */
public final class BackupCommand {

    static final String PREFIX = "mizan-backup-";
    static final String DUMP = "database.dump";

    private BackupCommand() {
    }

    /** What a backup did. */
    /** What a backup wrote; {@code encryptedTo} is the fingerprint of the key it was encrypted to, null in clear. */
    public record Report(Path folder, int objects, int objectsLinked, List<String> problems, String encryptedTo) {
        public boolean ok() {
            return problems.isEmpty();
        }

        /** The report as the console shows it. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add("Backup written to " + folder + ": the database, the audit checkpoints and " + objects
                    + " evidence objects (" + objectsLinked + " of them shared with the previous backup).");
            problems.forEach(problem -> lines.add("FAILED " + problem));
            return lines;
        }

        /** The problems by short name, for the result file the server shows: the only kind a backup finds is a damaged object. */
        public List<String> problemNames() {
            return problems.stream().map(problem -> LastBackup.OBJECT_DAMAGED).toList();
        }
    }

    public static Report run(MizanData source, Path to, String pgBin) throws IOException, SQLException {
        return run(source, to, pgBin, null);
    }

    /** A backup encrypted with {@code sealing}, or in clear when it is null. */
    public static Report run(MizanData source, Path to, String pgBin, Sealing sealing) throws IOException, SQLException {
        PostgresTools tools = PostgresTools.find(pgBin);
        try (Connection connection = source.database().connect()) {
            tools.requireAtLeast(connection);
        }
        Files.createDirectories(to);
        Optional<Path> previous = newestBackup(to);
        Manifest earlier = previous.isPresent() ? Manifest.read(previous.get()) : new Manifest();
        String name = Retention.name(Instant.now());
        // Owner-only, like the data folder: the dump holds every case and person, in clear.
        Path work = Files.createDirectory(to.resolve(name + ".partial"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            return write(source, tools, previous, earlier, work, to.resolve(name), sealing);
        } catch (IOException | SQLException | RuntimeException e) {
            // Ours and of no use: a failing schedule must not fill the backup disk with half backups, one a day.
            try {
                Folders.deleteRecursively(work);
            } catch (IOException left) {
                e.addSuppressed(left);
            }
            throw e;
        }
    }

    private static Report write(MizanData source, PostgresTools tools, Optional<Path> previous, Manifest earlier, Path work, Path folder,
            Sealing sealing) throws IOException, SQLException {
        Manifest manifest = new Manifest();
        if (sealing != null) {
            manifest.encryptedTo(sealing.recipient().fingerprint());
        }
        // The log first, the dump after it: every checkpoint in the copy then names an entry the dump holds. Taken the
        // other way round, a checkpoint written in between would make the restored trail look truncated.
        if (Files.isRegularFile(source.checkpointLog())) {
            if (sealing == null) {
                Path log = work.resolve(MizanData.CHECKPOINT_LOG);
                Files.copy(source.checkpointLog(), log);
                manifest.addFile(work, log);
            } else {
                String path = MizanData.CHECKPOINT_LOG + Sealing.SUFFIX;
                manifest.add(entry(SealedWrite.copy(source.checkpointLog(), work.resolve(path), sealing.recipient()), path));
            }
        }
        if (sealing == null) {
            Path dump = work.resolve(DUMP);
            tools.dump(source.database(), dump);
            HashingCopy.force(dump);
            manifest.addFile(work, dump);
        } else {
            String path = DUMP + Sealing.SUFFIX;
            manifest.add(entry(SealedWrite.write(work.resolve(path), sealing.recipient(), out -> tools.dump(source.database(), out)), path));
        }
        // After the dump: every object a row of the snapshot names was in place before that row committed, and
        // referenced objects are never swept. Objects uploaded meanwhile come along unreferenced, which does no harm.
        List<String> problems = new ArrayList<>();
        int objects = 0;
        int linked = 0;
        for (Path object : objectsIn(source.objects())) {
            objects++;
            String name = object.getFileName().toString();
            String path = sealing == null ? Manifest.relative(source.evidence(), object) : sealing.objectPath(name);
            Optional<Manifest.Entry> before = earlier.get(path);
            // Only a copy that was whole when it was taken is shared; a damaged one is copied afresh from the store. An
            // encrypted copy vouches for itself: its name was made from the hash of the bytes it encrypted.
            if (before.isPresent() && (sealing != null || before.get().sha256().equals(name))
                    && link(work.resolve(path), previous.get().resolve(path))) {
                manifest.add(before.get());
                linked++;
                continue;
            }
            String copied = sealing == null ? copy(object, work, path, manifest) : seal(object, work, sealing, manifest);
            if (!copied.equals(name)) {
                problems.add("evidence object " + Manifest.relative(source.evidence(), object)
                        + " in the store does not hash to its name: it was damaged there");
            }
        }
        manifest.write(work);
        Files.move(work, folder, StandardCopyOption.ATOMIC_MOVE);
        return new Report(folder, objects, linked, problems, sealing == null ? null : sealing.recipient().fingerprint());
    }

    /** Copies an object into the backup as it is; returns the hash of its bytes. */
    private static String copy(Path object, Path work, String path, Manifest manifest) throws IOException {
        Path target = work.resolve(path);
        Files.createDirectories(target.getParent());
        String copied = HashingCopy.copy(object, target);
        manifest.add(new Manifest.Entry(copied, Files.size(target), path));
        readOnly(target);
        return copied;
    }

    /** Encrypts an object into the backup, named after the hash of what it encrypted; returns that hash. */
    private static String seal(Path object, Path work, Sealing sealing, Manifest manifest) throws IOException {
        Path inProgress = Files.createDirectories(work.resolve("objects")).resolve("sealing" + Sealing.SUFFIX);
        SealedWrite.Written written = SealedWrite.copy(object, inProgress, sealing.recipient());
        String path = sealing.objectPath(written.clearSha256());
        Path target = work.resolve(path);
        Files.createDirectories(target.getParent());
        Files.move(inProgress, target, StandardCopyOption.REPLACE_EXISTING);
        manifest.add(entry(written, path));
        readOnly(target);
        return written.clearSha256();
    }

    private static Manifest.Entry entry(SealedWrite.Written written, String path) {
        return new Manifest.Entry(written.sealedSha256(), written.size(), path);
    }

    /** As the store keeps them: shared through hard links by later backups, so nobody must write to one in place. */
    private static void readOnly(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
    }

    /** The newest complete backup in {@code to}, if any. */
    public static Optional<Path> newestBackup(Path to) throws IOException {
        List<Path> complete = Retention.complete(to);
        return complete.isEmpty() ? Optional.empty() : Optional.of(complete.get(complete.size() - 1));
    }

    private static List<Path> objectsIn(Path objects) throws IOException {
        if (!Files.isDirectory(objects)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(objects)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}")).sorted().toList();
        }
    }

    private static boolean link(Path target, Path existing) {
        try {
            Files.createDirectories(target.getParent());
            Files.createLink(target, existing);
            return true;
        } catch (IOException | UnsupportedOperationException otherFilesystem) {
            return false;
        }
    }
}
