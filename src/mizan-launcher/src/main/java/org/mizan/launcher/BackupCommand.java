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
 */
public final class BackupCommand {

    static final String PREFIX = "mizan-backup-";
    static final String DUMP = "database.dump";

    private BackupCommand() {
    }

    /** What a backup did. */
    public record Report(Path folder, int objects, int objectsLinked, List<String> problems) {
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
            return write(source, tools, previous, earlier, work, to.resolve(name));
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

    private static Report write(MizanData source, PostgresTools tools, Optional<Path> previous, Manifest earlier, Path work, Path folder)
            throws IOException, SQLException {
        Manifest manifest = new Manifest();
        // The log first, the dump after it: every checkpoint in the copy then names an entry the dump holds. Taken the
        // other way round, a checkpoint written in between would make the restored trail look truncated.
        if (Files.isRegularFile(source.checkpointLog())) {
            Path log = work.resolve(MizanData.CHECKPOINT_LOG);
            Files.copy(source.checkpointLog(), log);
            manifest.addFile(work, log);
        }
        Path dump = work.resolve(DUMP);
        tools.dump(source.database(), dump);
        HashingCopy.force(dump);
        manifest.addFile(work, dump);
        // After the dump: every object a row of the snapshot names was in place before that row committed, and
        // referenced objects are never swept. Objects uploaded meanwhile come along unreferenced, which does no harm.
        List<String> problems = new ArrayList<>();
        int objects = 0;
        int linked = 0;
        for (Path object : objectsIn(source.objects())) {
            objects++;
            String path = Manifest.relative(source.evidence(), object);
            Path target = work.resolve(path);
            Files.createDirectories(target.getParent());
            Optional<Manifest.Entry> before = earlier.get(path);
            // Only a copy that was whole when it was taken is shared; a damaged one is copied afresh from the store.
            if (before.isPresent() && before.get().sha256().equals(object.getFileName().toString())
                    && link(target, previous.get().resolve(path))) {
                manifest.add(before.get());
                linked++;
                continue;
            }
            String copied = HashingCopy.copy(object, target);
            manifest.add(new Manifest.Entry(copied, Files.size(target), path));
            // As the store keeps them: shared through hard links by later backups, so nobody must write to one in place.
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--------"));
            if (!copied.equals(object.getFileName().toString())) {
                problems.add("evidence object " + path + " in the store does not hash to its name: it was damaged there");
            }
        }
        manifest.write(work);
        Files.move(work, folder, StandardCopyOption.ATOMIC_MOVE);
        return new Report(folder, objects, linked, problems);
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
            Files.createLink(target, existing);
            return true;
        } catch (IOException | UnsupportedOperationException otherFilesystem) {
            return false;
        }
    }
}
