package org.mizan.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Proves a backup restorable without touching the installation: restores it into a throw-away embedded PostgreSQL and
 * folder under {@code scratch}, runs every check of a restore, and deletes both.
 */
public final class VerifyCommand {

    private VerifyCommand() {
    }

    public static RestoreCommand.Report run(Path backup, ExportedKeys.Keys keys, String pgBin, Path scratch)
            throws IOException, SQLException {
        return run(backup, keys, pgBin, scratch, null);
    }

    /** The same for an encrypted backup, opened with {@code identity} (null for one in clear). */
    public static RestoreCommand.Report run(Path backup, ExportedKeys.Keys keys, String pgBin, Path scratch, OpenPgpIdentity identity)
            throws IOException, SQLException {
        // Before a scratch database is started for nothing.
        RestoreCommand.requireKey(backup, Manifest.read(backup), identity);
        Path work = Files.createTempDirectory(Files.createDirectories(scratch), "mizan-verify-");
        try {
            try (EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres"), LocalPorts.free())) {
                MizanData target = MizanData.in(new DatabaseLocation(database.jdbcUrl(), EmbeddedDatabase.USER, ""), work.resolve("home"));
                return RestoreCommand.run(backup, target, keys, pgBin, identity);
            }
        } finally {
            Folders.deleteRecursively(work);
        }
    }
}
