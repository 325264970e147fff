package org.mizan.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresToolsTest {

    @TempDir
    Path bin;

    private void tools(String version) throws IOException {
        for (String tool : new String[] {"pg_dump", "pg_restore"}) {
            Path script = bin.resolve(tool);
            Files.writeString(script, "#!/bin/sh\necho '" + tool + " (PostgreSQL) " + version + "'\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void toolsOlderThanTheServerAreRefusedNamingBothVersions() throws IOException {
        tools("14.11 (Debian 14.11-1)");
        IOException refused = assertThrows(IOException.class, () -> PostgresTools.find(bin.toString()).requireAtLeast(15));
        assertTrue(refused.getMessage().startsWith("pg_dump is PostgreSQL 14 but the server is 15"), refused.getMessage());
    }

    @Test
    void toolsOfTheServersVersionOrNewerAreTaken() throws IOException {
        tools("16.2");
        assertDoesNotThrow(() -> PostgresTools.find(bin.toString()).requireAtLeast(15));
        assertDoesNotThrow(() -> PostgresTools.find(bin.toString()).requireAtLeast(16));
    }

    @Test
    void aFolderWithoutTheToolsIsRefusedNamingTheSetting() {
        IOException refused = assertThrows(IOException.class, () -> PostgresTools.find(bin.toString()));
        assertTrue(refused.getMessage().contains("MIZAN_PG_BIN=" + bin + " holds no pg_dump"), refused.getMessage());
    }
}
