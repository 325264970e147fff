package org.mizan.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfiguredDatabaseTest {

    @TempDir
    Path home;

    @Test
    void anEmbeddedDatabaseAProcessStillHoldsIsRefusedNamingTheProcessAndTheWayAround() throws IOException {
        Files.createDirectories(home.resolve("postgres"));
        // This JVM stands in for the running Mizan's PostgreSQL: the lock file names a live process.
        Files.writeString(home.resolve("postgres/postmaster.pid"), ProcessHandle.current().pid() + "\n" + home + "\n");
        IOException refused = assertThrows(IOException.class, () -> ConfiguredDatabase.open(Map.of(), home));
        assertTrue(refused.getMessage().contains("is in use (process " + ProcessHandle.current().pid() + ")"), refused.getMessage());
        assertTrue(refused.getMessage().contains("MIZAN_DB_URL"), refused.getMessage());
    }
}
