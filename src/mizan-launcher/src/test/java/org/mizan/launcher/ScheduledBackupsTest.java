package org.mizan.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.platform.entity.LastBackup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduledBackupsTest {

    private static final Duration DAY = Duration.ofHours(24);
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @TempDir
    Path root;

    @Test
    void theFirstBackupIsDueOneIntervalAfterTheNewestOrAtOnce() {
        assertEquals(Duration.ZERO, ScheduledBackups.firstDelay(Optional.empty(), DAY, NOW), "none yet: at once");
        assertEquals(Duration.ofHours(20), ScheduledBackups.firstDelay(Optional.of(NOW.minus(Duration.ofHours(4))), DAY, NOW));
        assertEquals(Duration.ZERO, ScheduledBackups.firstDelay(Optional.of(NOW.minus(Duration.ofDays(3))), DAY, NOW), "overdue: at once");
        assertEquals(DAY, ScheduledBackups.firstDelay(Optional.of(NOW.plus(Duration.ofDays(30))), DAY, NOW),
                "a backup stamped in the future postpones by one interval at most");
    }

    /** A stand-in for the backup command: writes a whole backup folder, or fails. */
    private LastBackup attempt(Path to, boolean succeeds, Instant started) {
        if (!succeeds) {
            return LastBackupFile.couldNotRun(started, started.plusSeconds(1), LastBackup.Origin.SCHEDULE);
        }
        try {
            Path folder = Files.createDirectories(to.resolve(Retention.name(started)));
            Files.writeString(folder.resolve(Manifest.FILE), "manifest");
            BackupCommand.Report report = new BackupCommand.Report(folder, 3, 2, List.of(), null);
            return LastBackupFile.of(started, started.plusSeconds(1), report, null, LastBackup.Origin.SCHEDULE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> backups(Path to) throws IOException {
        try (Stream<Path> entries = Files.list(to)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("mizan-backup-")).sorted().toList();
        }
    }

    @Test
    void eachRunRecordsItsResultAndOnlyASuccessfulOneDeletesOldBackups() throws IOException {
        Path home = root.resolve("home");
        Path to = Files.createDirectories(root.resolve("backups"));
        BackupSettings settings = new BackupSettings(DAY, to, 2, false);
        boolean[] succeeds = {true};
        Instant[] clock = {NOW};
        ScheduledBackups backups = new ScheduledBackups(settings, home, () -> {
            clock[0] = clock[0].plus(DAY);
            return attempt(to, succeeds[0], clock[0]);
        }, null);

        for (int i = 0; i < 3; i++) {
            backups.runOnce();
        }
        assertEquals(List.of(Retention.name(NOW.plus(DAY.multipliedBy(2))), Retention.name(NOW.plus(DAY.multipliedBy(3)))), backups(to));
        String written = Files.readString(LastBackupFile.in(home));
        assertTrue(written.contains("\"ok\": true") && written.contains("\"by\": \"schedule\"")
                && written.contains("\"folder\": \"" + Retention.name(NOW.plus(DAY.multipliedBy(3))) + "\""), written);

        succeeds[0] = false;
        backups.runOnce();
        backups.runOnce();
        assertEquals(2, backups(to).size(), "failed runs delete nothing: the good backups before them stay");
        written = Files.readString(LastBackupFile.in(home));
        assertTrue(written.contains("\"ok\": false") && written.contains("\"folder\": null")
                && written.contains("\"problems\": [\"" + LastBackup.COULD_NOT_RUN + "\"]"), written);
        try (Stream<Path> files = Files.list(LastBackupFile.in(home).getParent())) {
            assertEquals(List.of("last-backup.json"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file is left");
        }
    }

    @Test
    void anAttemptThatThrowsDoesNotEndTheSchedule() {
        BackupSettings settings = new BackupSettings(DAY, root.resolve("backups"), 2, false);
        ScheduledBackups backups = new ScheduledBackups(settings, root.resolve("home"), () -> {
            throw new IllegalStateException("a bug");
        }, null);
        backups.runOnce(); // a scheduled task whose run throws is never run again: runOnce must swallow it
        assertFalse(Files.exists(LastBackupFile.in(root.resolve("home"))));
    }

    @Test
    void aVerificationThatFailsOrCannotRunFailsTheBackup() throws Exception {
        Instant started = NOW;
        BackupCommand.Report report = new BackupCommand.Report(root.resolve(Retention.name(started)), 1, 0, List.of(), null);
        LastBackup failed = LastBackupFile.of(started, started, report, false, LastBackup.Origin.SCHEDULE);
        assertFalse(failed.ok());
        assertEquals(List.of(LastBackup.VERIFICATION_FAILED), failed.problems());
        LastBackup passed = LastBackupFile.of(started, started, report, true, LastBackup.Origin.SCHEDULE);
        assertTrue(passed.ok());
        BackupCommand.Report damaged = new BackupCommand.Report(report.folder(), 1, 0, List.of("evidence object objects/ab/cd: damaged"), null);
        LastBackup withDamage = LastBackupFile.of(started, started, damaged, null, LastBackup.Origin.COMMAND);
        assertEquals(List.of(LastBackup.OBJECT_DAMAGED), withDamage.problems());
        assertFalse(withDamage.toJson().contains("objects/ab/cd"), "problem names only, never paths or contents");
    }
}
