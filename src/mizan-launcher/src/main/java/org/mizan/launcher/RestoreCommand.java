package org.mizan.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Restores a backup into an empty database and empty folders, then proves the result: the manifest is checked before
 * anything is written, and after {@code pg_restore} and the copy of the objects every evidence item is re-hashed
 * against its row, the audit trail verified against its checkpoints and the contacts opened with the data key.
 *
 * <p>An encrypted backup needs the private key of the OpenPGP key its manifest names; without it, or with another, the
 * restore stops before it touches anything. Each file is decrypted and its integrity checked in full before it is used:
 * the dump into a scratch folder beside the evidence folder (deleted afterwards), so that pg_restore never reads a dump
 * that turns out altered only at its end.
 */
public final class RestoreCommand {

    private RestoreCommand() {
    }

    /** What a restore found: the counts, and every failure by name. Whole only when there are no problems. */
    public record Report(Map<String, Long> counts, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }

        /** The report as the console shows it. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            counts.forEach((what, count) -> lines.add(what + ": " + count));
            problems.forEach(problem -> lines.add("FAILED " + problem));
            lines.add(ok() ? "Every check passed." : problems.size() + " checks failed.");
            return lines;
        }
    }

    public static Report run(Path from, MizanData target, ExportedKeys.Keys keys, String pgBin) throws IOException, SQLException {
        return run(from, target, keys, pgBin, null);
    }

    /** A restore that opens an encrypted backup with {@code identity} (may be null for a backup in clear). */
    public static Report run(Path from, MizanData target, ExportedKeys.Keys keys, String pgBin, OpenPgpIdentity identity)
            throws IOException, SQLException {
        List<String> problems = new ArrayList<>();
        Manifest manifest = Manifest.read(from);
        requireKey(from, manifest, identity);
        String dumpPath = manifest.recipient().isPresent() ? BackupCommand.DUMP + Sealing.SUFFIX : BackupCommand.DUMP;
        if (manifest.get(dumpPath).isEmpty()) {
            problems.add(dumpPath + ": not listed in the manifest");
        }
        problems.addAll(manifest.problems(from));
        if (!problems.isEmpty()) {
            return new Report(Map.of(), problems);
        }
        PostgresTools tools = PostgresTools.find(pgBin);
        try (Connection connection = target.database().connect()) {
            tools.requireAtLeast(connection);
            List<String> occupied = tablesIn(connection);
            if (!occupied.isEmpty()) {
                throw new IOException("The database " + target.database().name() + " is not empty (it holds " + String.join(", ", occupied)
                        + "): restore only into an empty database.");
            }
        }
        requireEmpty(target.evidence());
        if (Files.exists(target.checkpointLog())) {
            throw new IOException(target.checkpointLog() + " exists: restore only into an empty data folder.");
        }
        if (manifest.recipient().isPresent()) {
            Path scratch = Files.createTempDirectory(Files.createDirectories(target.evidence().toAbsolutePath().getParent()), ".mizan-restore-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            try {
                Path dump = scratch.resolve(BackupCommand.DUMP);
                try {
                    SealedRead.open(from.resolve(dumpPath), identity, dump);
                } catch (IOException altered) {
                    problems.add(dumpPath + ": " + altered.getMessage());
                    return new Report(Map.of(), problems);
                }
                if (!restoreDump(tools, dump, dumpPath, target, problems)) {
                    return new Report(Map.of(), problems);
                }
                SealedRead.copyFiles(from, manifest, target, identity, scratch, problems);
            } finally {
                Folders.deleteRecursively(scratch);
            }
        } else {
            if (!restoreDump(tools, from.resolve(BackupCommand.DUMP), BackupCommand.DUMP, target, problems)) {
                return new Report(Map.of(), problems);
            }
            copyFiles(from, manifest, target);
        }
        try (Connection connection = target.database().connect()) {
            RestoredChecks.evidence(connection, target.evidence(), problems);
            RestoredChecks.auditTrail(connection, keys.audit(), target.checkpointLog(), problems);
            RestoredChecks.contacts(connection, keys.data(), problems);
            return new Report(RestoredChecks.counts(connection), problems);
        }
    }

    private static boolean restoreDump(PostgresTools tools, Path dump, String name, MizanData target, List<String> problems) {
        try {
            tools.restore(dump, target.database());
            return true;
        } catch (IOException refused) {
            problems.add(name + ": " + refused.getMessage());
            return false;
        }
    }

    /** Stops a restore of an encrypted backup that has not been given the private key of the key it names. */
    static void requireKey(Path from, Manifest manifest, OpenPgpIdentity identity) throws IOException {
        if (manifest.recipient().isEmpty()) {
            return;
        }
        String encryptedTo = "OpenPGP key " + manifest.recipient().get();
        if (identity == null) {
            throw new IOException(from + " is encrypted to " + encryptedTo + ": give its private key with -Dbackup.identity=<file> "
                    + "(its passphrase in " + Passphrase.IDENTITY_SETTING + " or at the prompt). Nothing was restored.");
        }
        if (!identity.opens(manifest.recipient().get())) {
            throw new IOException(from + " is encrypted to " + encryptedTo + ", but the private key given is " + identity
                    + ": wrong key. Nothing was restored.");
        }
    }

    /** The first few tables of a database that is not empty; none when it is. */
    public static List<String> tablesIn(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT n.nspname || '.' || c.relname FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') "
                + "AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' "
                + "ORDER BY 1 LIMIT 5"); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                tables.add(row.getString(1));
            }
        }
        return tables;
    }

    /** Refuses a folder that holds anything, naming a few of its entries. */
    static void requireEmpty(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<String> names = entries.limit(5).map(p -> p.getFileName().toString()).toList();
            if (!names.isEmpty()) {
                throw new IOException(folder + " is not empty (it holds " + String.join(", ", names) + "): restore only into an "
                        + "empty data folder.");
            }
        }
    }

    private static void copyFiles(Path from, Manifest manifest, MizanData target) throws IOException {
        for (Manifest.Entry entry : manifest.entries()) {
            Path destination;
            if (entry.path().startsWith("objects/")) {
                destination = target.evidence().resolve(entry.path());
            } else if (entry.path().equals(MizanData.CHECKPOINT_LOG)) {
                destination = target.checkpointLog();
            } else {
                continue;
            }
            Files.createDirectories(destination.getParent());
            Files.copy(from.resolve(entry.path()), destination);
            if (entry.path().startsWith("objects/")) {
                // As the store leaves them: original bytes are never changed.
                Files.setPosixFilePermissions(destination, PosixFilePermissions.fromString("r--------"));
            }
        }
    }
}
