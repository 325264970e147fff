package org.mizan.platform.control;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DataFolderTest {

    private static final Path DEFAULT = Path.of(System.getProperty("user.home"), ".mizan");

    @Test
    void theConfiguredHomeIsTheDataFolder() {
        assertEquals(Path.of("/srv/mizan"), DataFolder.of(Optional.of("/srv/mizan")));
    }

    @Test
    void anUnsetOrBlankHomeFallsBackToDotMizanInTheUsersHome() {
        assertEquals(DEFAULT, DataFolder.of(Optional.empty()));
        assertEquals(DEFAULT, DataFolder.of(Optional.of("  ")));
    }

    @Test
    void aBlankFolderSettingCountsAsNotSet() {
        assertEquals(Optional.empty(), DataFolder.configured(Optional.of(" ")));
        assertEquals(Optional.of(Path.of("/srv/evidence")), DataFolder.configured(Optional.of("/srv/evidence")));
    }
}
