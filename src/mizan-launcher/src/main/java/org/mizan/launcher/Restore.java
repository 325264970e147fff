package org.mizan.launcher;

import org.mizan.contacts.control.DataKeySource;

import java.nio.file.Path;
import java.util.Map;

/**
 * The restore command: {@code ./mvnw -Prestore -Dfrom=<backup folder> [-DkeyFile=<exported key file>]
 * [-Dbackup.identity=<OpenPGP private key file>]} (the last for an encrypted backup), with Mizan
 * stopped, into an empty {@code MIZAN_HOME} and an empty database (the embedded one created there, or the one
 * {@code MIZAN_DB_URL} names). See {@link RestoreCommand}. Exit code 0 when everything checked, 1 when a check
 * failed, 2 when it could not run.
 */
public final class Restore {

    private Restore() {
    }

    public static void main(String[] args) throws Exception {
        String from = System.getProperty("from");
        if (from == null || from.isBlank()) {
            Console.stop("RESTORE", "Say which backup: ./mvnw -Prestore -Dfrom=<backup folder>.");
        }
        String keyFile = System.getProperty("keyFile");
        Map<String, String> env = System.getenv();
        Path home = MizanHome.of(env);
        try {
            // Checked before the embedded server creates its folder there.
            RestoreCommand.requireEmpty(home);
            ExportedKeys.Keys keys = RestoreKeys.resolve(env, home, keyFile);
            OpenPgpIdentity identity = RestoreKeys.identity(env);
            // An encrypted backup without its key is refused before the embedded database is created in MIZAN_HOME.
            RestoreCommand.requireKey(Path.of(from), Manifest.read(Path.of(from)), identity);
            RestoreCommand.Report report;
            try (ConfiguredDatabase database = ConfiguredDatabase.open(env, home)) {
                report = RestoreCommand.run(Path.of(from), MizanData.of(database.location(), home, env), keys,
                        env.get(PostgresTools.BIN_SETTING), identity);
            }
            report.lines().forEach(Console::say);
            if (keyFile != null && !keyFile.isBlank() && !report.counts().isEmpty()) {
                RestoreKeys.install(keys, home);
                Console.say("The keys from " + keyFile + " were put in " + home + ", where the run command finds them.");
            }
            if (!report.ok() && !report.counts().isEmpty()) {
                Console.say("Do not start Mizan on this restore before the failures above are understood. To restore again, empty "
                        + home + " and the database first.");
            }
            System.exit(report.ok() ? 0 : 1);
        } catch (DataKeySource.Missing | java.io.IOException | java.sql.SQLException e) {
            Console.stop("RESTORE", e.getMessage());
        }
    }
}
