package org.mizan.launcher;

import org.mizan.contacts.control.DataKeySource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The run command ({@code ./mvnw -Prun}): starts the embedded PostgreSQL unless {@code MIZAN_DB_URL}
 * names another server, and Payara Micro with the WAR beside it, and stops both on Ctrl-C. With {@code -Dbackup.every}
 * (see {@link BackupSettings}) it also makes a backup every interval while Mizan runs ({@link ScheduledBackups}).
 */
public final class MizanLauncher {

    private static final int EMBEDDED_DB_PORT_DEFAULT = 54329;

    private MizanLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path home = MizanHome.of(env);
        int httpPort = Integer.parseInt(env.getOrDefault("MIZAN_HTTP_PORT", "8080"));
        Path war = Path.of(System.getProperty("mizan.war", "target/mizan.war"));
        Path payaraJar = Path.of(System.getProperty("mizan.payara", "target/payara-micro.jar"));

        PayaraProcess.Cluster cluster;
        try {
            cluster = PayaraProcess.Cluster.of(env);
        } catch (IllegalArgumentException e) {
            Console.say(e.getMessage() + " Not started.");
            System.exit(2);
            return;
        }
        if (cluster != null && isBlank(env.get("MIZAN_DB_URL"))) {
            Console.say("The nodes of a cluster share one PostgreSQL server: set MIZAN_DB_URL (and MIZAN_HOME to a folder "
                    + "all nodes share). Not started.");
            System.exit(2);
        }
        Optional<BackupSettings> backups = backupSettings(env, home);
        Sealing sealing = backups.map(settings -> sealing(settings, home)).orElse(null);
        Map<String, String> serverEnv = new HashMap<>();
        StartingDatabase embedded = null;
        DatabaseLocation location;
        if (isBlank(env.get("MIZAN_DB_URL"))) {
            int dbPort = Integer.parseInt(env.getOrDefault("MIZAN_EMBEDDED_DB_PORT", Integer.toString(EMBEDDED_DB_PORT_DEFAULT)));
            Console.say("Starting the embedded PostgreSQL; its data lives in " + home.resolve("postgres"));
            // Payara Micro boots meanwhile; the application waits for its database before it first needs it.
            embedded = StartingDatabase.begin(home.resolve("postgres"), dbPort);
            location = new DatabaseLocation(EmbeddedDatabase.jdbcUrl(dbPort), EmbeddedDatabase.USER, "");
            serverEnv.put("MIZAN_DB_URL", EmbeddedDatabase.jdbcUrl(dbPort));
            serverEnv.put("MIZAN_DB_USER", EmbeddedDatabase.USER);
            serverEnv.put("MIZAN_DB_PASSWORD", "embedded-trust-auth");
            if (isBlank(env.get(DataKeySource.KEY_SETTING)) && isBlank(env.get(DataKeySource.FILE_SETTING))) {
                // The data key lives beside the database it opens, never inside it; back both up together.
                Path keyFile = home.resolve(DataKeySource.HOME_KEY_FILE);
                Console.say("Contact data is encrypted under data key " + DataKeySource.fileCreatedOnce(keyFile).id() + " in " + keyFile
                        + " (back it up with the data folder)");
                serverEnv.put(DataKeySource.FILE_SETTING, keyFile.toString());
            }
        } else {
            Console.say("Using the PostgreSQL server named by MIZAN_DB_URL");
            location = ConfiguredDatabase.external(env);
        }
        serverEnv.put("MIZAN_HOME", home.toString());
        if (isBlank(env.get("MIZAN_INSPECTOR_DIR"))) {
            // The inspection worker that `package` installs beside the WAR (Tika runs there, never in the server).
            serverEnv.put("MIZAN_INSPECTOR_DIR", System.getProperty("mizan.inspector", "target/inspector"));
        }

        // The server shows the schedule on its backups page and judges from it whether the newest backup is late.
        backups.ifPresent(settings -> serverEnv.putAll(Map.of("MIZAN_BACKUP_EVERY", settings.every().toString(),
                "MIZAN_BACKUP_TO", settings.to().toString(), "MIZAN_BACKUP_KEEP", Integer.toString(settings.keep()))));

        if (cluster != null) {
            Console.say("Starting as node " + cluster.node() + " of cluster " + cluster.name() + " with " + cluster.members());
        }
        PayaraProcess server = PayaraProcess.start(payaraJar, war, httpPort, home.resolve("payara"), serverEnv, null, cluster);
        StartingDatabase database = embedded;
        AtomicReference<ScheduledBackups> schedule = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // The schedule first: no backup starts against a database that is stopping.
            Optional.ofNullable(schedule.get()).ifPresent(ScheduledBackups::close);
            stop(server, database);
        }, "mizan-shutdown"));
        try {
            if (database != null) {
                database.await();
            }
            server.awaitReady(Duration.ofMinutes(5));
            Console.say("Mizan is ready at http://localhost:" + httpPort + "/  (Ctrl-C stops it)");
            if (backups.isPresent()) {
                // Once the server is ready: its migrations are done, and a dump does not wait on their locks, nor they on its.
                BackupSettings settings = backups.get();
                schedule.set(ScheduledBackups.start(settings, home, ScheduledBackups.backingUp(MizanData.of(location, home, env), settings,
                        sealing, env.get(PostgresTools.BIN_SETTING), backup -> Backup.verify(env, home, backup), Clock.systemUTC()),
                        Clock.systemUTC()));
            }
            BuildMemory.release();
        } catch (IOException e) {
            Console.say("Mizan did not start: " + e.getMessage() + ". The messages above say why.");
            stop(server, database);
            System.exit(1);
        }
        int exit = server.waitFor();
        if (exit != 0) {
            Console.say("Payara Micro stopped with exit code " + exit);
        }
    }

    /** The backup schedule the settings ask for; a refused one stops the command before anything starts. */
    private static Optional<BackupSettings> backupSettings(Map<String, String> env, Path home) {
        try {
            Optional<BackupSettings> settings = BackupSettings.read(System::getProperty, env, MizanData.of(null, home, env).evidence(),
                    home.resolve("postgres"));
            if (settings.isPresent()) {
                // A wrong MIZAN_PG_BIN is found now, not at the first backup a day later.
                PostgresTools.find(env.get(PostgresTools.BIN_SETTING));
            }
            return settings;
        } catch (BackupSettings.Refused e) {
            Console.stop("RUN", e.getMessage());
        } catch (IOException e) {
            Console.stop("RUN", "Scheduled backups need PostgreSQL's pg_dump: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The encryption of the scheduled backups, if asked for: a key that cannot be used stops the command now, not a day later. */
    private static Sealing sealing(BackupSettings settings, Path home) {
        if (settings.recipient() == null) {
            return null;
        }
        try {
            return Sealing.of(settings.recipient(), home);
        } catch (IOException e) {
            Console.stop("RUN", "Scheduled backups cannot be encrypted: " + e.getMessage());
            return null;
        }
    }

    private static void stop(PayaraProcess server, StartingDatabase database) {
        server.close();
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                Console.say("The embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
