package org.mizan.bench;

import org.mizan.launcher.EmbeddedDatabase;
import org.mizan.launcher.Folders;
import org.mizan.launcher.LocalPorts;
import org.mizan.launcher.Migrations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A benchmark's installation of its own: a temporary folder (Mizan's home, the server's root and log) and an embedded
 * PostgreSQL in it, on Mizan's schema. Closing stops the database and deletes the folder.
 */
final class BenchmarkDatabase implements AutoCloseable {

    private static final String PASSWORD = "unused-trust-auth";

    private final Path work;
    private final EmbeddedDatabase database;

    private BenchmarkDatabase(Path work, EmbeddedDatabase database) {
        this.work = work;
        this.database = database;
    }

    static BenchmarkDatabase start(String name) throws IOException {
        Path work = Files.createTempDirectory(name);
        EmbeddedDatabase database = null;
        try {
            database = EmbeddedDatabase.start(work.resolve("postgres"), LocalPorts.free());
            Migrations.migrate(database.jdbcUrl(), EmbeddedDatabase.USER, PASSWORD);
            return new BenchmarkDatabase(work, database);
        } catch (IOException | RuntimeException e) {
            if (database != null) {
                database.close();
            }
            Folders.deleteRecursively(work);
            throw e;
        }
    }

    Path work() {
        return work;
    }

    String url() {
        return database.jdbcUrl();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), EmbeddedDatabase.USER, PASSWORD);
    }

    @Override
    public void close() throws IOException {
        try {
            database.close();
        } finally {
            Folders.deleteRecursively(work);
        }
    }
}
