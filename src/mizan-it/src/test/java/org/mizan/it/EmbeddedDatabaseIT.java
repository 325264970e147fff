package org.mizan.it;

import org.mizan.launcher.EmbeddedDatabase;
import org.mizan.launcher.LocalPorts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded PostgreSQL holds real cases in the default set-up, so it must not run with the
 * embedding library's test defaults (-F, synchronous_commit=off). Read from the running server.
 */
class EmbeddedDatabaseIT {

    @TempDir
    Path folder;

    @Test
    void runsWithFsyncSynchronousCommitAndFullPageWritesOn() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder.resolve("postgres"), LocalPorts.free())) {
            Map<String, String> settings = database.durabilitySettings();
            assertEquals(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"), settings);
        }
    }

    @Test
    void keepsWhatWasCommittedAcrossARestart() throws Exception {
        Path data = folder.resolve("postgres");
        int port = LocalPorts.free();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, port);
             Connection connection = connect(database);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (name text)");
            statement.execute("INSERT INTO kept VALUES ('سجاد')");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, port);
             Connection connection = connect(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM kept")) {
            assertTrue(rows.next());
            assertEquals("سجاد", rows.getString(1));
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws Exception {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
    }
}
