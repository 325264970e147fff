package org.mizan.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The database the commands beside the server work on, as the run command chooses it: the server {@code MIZAN_DB_URL}
 * names, else the embedded PostgreSQL on {@code MIZAN_HOME/postgres}, started for the command and stopped by
 * {@link #close()}.
 */
final class ConfiguredDatabase implements AutoCloseable {

    private final DatabaseLocation location;
    private final EmbeddedDatabase embedded;

    private ConfiguredDatabase(DatabaseLocation location, EmbeddedDatabase embedded) {
        this.location = location;
        this.embedded = embedded;
    }

    static ConfiguredDatabase open(Map<String, String> env, Path home) throws IOException {
        String url = env.get("MIZAN_DB_URL");
        if (url != null && !url.isBlank()) {
            return new ConfiguredDatabase(external(env), null);
        }
        Path data = home.resolve("postgres");
        Optional<Long> running = runningServer(data);
        if (running.isPresent()) {
            throw new IOException("The embedded PostgreSQL in " + data + " is in use (process " + running.get() + "): stop Mizan "
                    + "first, or point MIZAN_DB_URL at the running server (jdbc:postgresql://localhost:54329/mizan with "
                    + "MIZAN_DB_USER=postgres unless MIZAN_EMBEDDED_DB_PORT says otherwise).");
        }
        Console.say("Starting the embedded PostgreSQL in " + data + " (Mizan must be stopped)");
        EmbeddedDatabase started = EmbeddedDatabase.start(data, LocalPorts.free());
        return new ConfiguredDatabase(new DatabaseLocation(started.jdbcUrl(), EmbeddedDatabase.USER, ""), started);
    }

    /** The server {@code MIZAN_DB_URL} names, with the user and password the server connects with. */
    static DatabaseLocation external(Map<String, String> env) {
        return new DatabaseLocation(env.get("MIZAN_DB_URL"), env.getOrDefault("MIZAN_DB_USER", "mizan"), env.getOrDefault("MIZAN_DB_PASSWORD", ""));
    }

    /** The process holding the data folder, read from PostgreSQL's lock file, when it is alive. */
    private static Optional<Long> runningServer(Path data) throws IOException {
        Path lock = data.resolve("postmaster.pid");
        if (!Files.isRegularFile(lock)) {
            return Optional.empty();
        }
        String first = Files.readAllLines(lock).stream().findFirst().orElse("").strip();
        if (!first.matches("\\d+")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(first);
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
    }

    DatabaseLocation location() {
        return location;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
