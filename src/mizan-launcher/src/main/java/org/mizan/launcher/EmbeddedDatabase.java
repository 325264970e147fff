package org.mizan.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL server of our own, for machines that have none. Its data folder is kept between
 * runs, so stopping and starting Mizan loses nothing.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "mizan";
    public static final String USER = "postgres";

    static final List<String> DURABILITY_SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts (or restarts on existing data) a server whose files live in {@code dataDirectory}. */
    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "localhost")
                // The library's defaults are for throw-away test databases: it starts the server with
                // -F (fsync off) and synchronous_commit=off, so a power cut could lose committed cases
                // or corrupt the cluster. A later -c wins over -F; start() checks that it did.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // The library's 300 reserves shared memory for connections nothing opens: Mizan's pool holds at
                // most 24; PostgreSQL's own default leaves room for a second server, tools and psql beside it.
                .setServerConfig("max_connections", "100")
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        try {
            database.requireDurability();
            database.createApplicationDatabase();
        } catch (IOException | RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    public String jdbcUrl() {
        return jdbcUrl(postgres.getPort());
    }

    /** Where Mizan's database will be once a server started on {@code port} is up. */
    public static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    /** The server's own word on the settings that make a commit survive a crash, by name. */
    public Map<String, String> durabilitySettings() throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String name : DURABILITY_SETTINGS) {
                try (ResultSet value = statement.executeQuery("SHOW " + name)) {
                    value.next();
                    settings.put(name, value.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not read the embedded database's settings: " + e.getMessage(), e);
        }
        return settings;
    }

    /** Refuses to run real cases on a server that would acknowledge commits it may lose. */
    private void requireDurability() throws IOException {
        Map<String, String> settings = durabilitySettings();
        List<String> off = settings.entrySet().stream()
                .filter(setting -> !"on".equals(setting.getValue()))
                .map(setting -> setting.getKey() + "=" + setting.getValue())
                .toList();
        if (!off.isEmpty()) {
            throw new IOException("The embedded database is not durable (" + String.join(", ", off)
                    + "); refusing to start on it.");
        }
    }

    private void createApplicationDatabase() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not prepare the embedded database: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
