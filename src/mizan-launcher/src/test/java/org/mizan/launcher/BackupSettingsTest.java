package org.mizan.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupSettingsTest {

    @TempDir
    Path root;

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> env = new HashMap<>();

    private Optional<BackupSettings> read() throws BackupSettings.Refused {
        Path home = root.resolve("home");
        return BackupSettings.read(properties::get, env, home.resolve("evidence"), home.resolve("postgres"));
    }

    private String refusal() {
        return assertThrows(BackupSettings.Refused.class, this::read).getMessage();
    }

    @Test
    void noIntervalIsNoSchedule() throws Exception {
        assertEquals(Optional.empty(), read());
    }

    @Test
    void theCommandLineOrTheEnvironmentSetsIt() throws Exception {
        properties.put("backup.every", "PT24H");
        properties.put("backup.to", root.resolve("backups").toString());
        BackupSettings settings = read().orElseThrow();
        assertEquals(Duration.ofHours(24), settings.every());
        assertEquals(root.resolve("backups"), settings.to());
        assertEquals(BackupSettings.DEFAULT_KEEP, settings.keep());
        assertFalse(settings.verify());

        properties.clear();
        env.putAll(Map.of("MIZAN_BACKUP_EVERY", "P1D", "MIZAN_BACKUP_TO", root.resolve("b").toString(), "MIZAN_BACKUP_KEEP", "3",
                "MIZAN_BACKUP_VERIFY", "true"));
        settings = read().orElseThrow();
        assertEquals(Duration.ofDays(1), settings.every());
        assertEquals(3, settings.keep());
        assertTrue(settings.verify());

        properties.put("backup.keep", "5");
        assertEquals(5, read().orElseThrow().keep(), "what was typed on the command line wins over the environment");
    }

    @Test
    void aRecipientEncryptsTheScheduleButCannotGoWithATrialRestoreOnTheServer() throws Exception {
        env.put("MIZAN_BACKUP_RECIPIENT", "/keys/organisation.pub.asc");
        assertEquals(Optional.empty(), read(), "a recipient alone, for the backup command, is no schedule and no error");
        properties.put("backup.every", "PT24H");
        properties.put("backup.to", root.resolve("backups").toString());
        assertEquals(Path.of("/keys/organisation.pub.asc"), read().orElseThrow().recipient());
        properties.put("backup.verify", "true");
        assertTrue(refusal().startsWith("backup.verify=true cannot go with backup.recipient"), refusal());
    }

    @Test
    void nonsenseIsRefusedSayingWhy() {
        properties.put("backup.to", root.resolve("backups").toString());
        assertTrue(refusal().contains("need backup.every"), "a folder without an interval would silently never back up");

        properties.put("backup.every", "daily");
        assertTrue(refusal().contains("is not a duration"));
        properties.put("backup.every", "PT30S");
        assertTrue(refusal().contains("shorter than a minute"));
        properties.put("backup.every", "PT1M");
        properties.put("backup.keep", "0");
        assertTrue(refusal().contains("keep at least one"));
        properties.put("backup.keep", "seven");
        assertTrue(refusal().contains("not a number"));
        properties.put("backup.keep", "1");
        properties.put("backup.verify", "yes please");
        assertTrue(refusal().contains("neither true nor false"));
        properties.remove("backup.verify");
        properties.remove("backup.to");
        assertTrue(refusal().contains("needs backup.to"));
    }

    @Test
    void aFolderInsideTheEvidenceStoreOrTheDatabaseIsRefused() throws Exception {
        properties.put("backup.every", "PT1H");
        properties.put("backup.to", root.resolve("home/evidence/backups").toString());
        assertTrue(refusal().contains("inside the evidence store"));
        properties.put("backup.to", root.resolve("home/postgres").toString());
        assertTrue(refusal().contains("inside the embedded database's folder"));
        properties.put("backup.to", root.resolve("home/evidence/../../elsewhere").toString());
        assertEquals(root.resolve("elsewhere"), read().orElseThrow().to(), "normalised before it is judged");
    }

    @Test
    void aLinkIntoTheEvidenceStoreIsSeenThrough() throws IOException {
        Files.createDirectories(root.resolve("home/evidence"));
        Path link = Files.createSymbolicLink(root.resolve("innocent"), root.resolve("home/evidence"));
        properties.put("backup.every", "PT1H");
        properties.put("backup.to", link.resolve("backups").toString());
        assertTrue(refusal().contains("inside the evidence store"));
    }
}
