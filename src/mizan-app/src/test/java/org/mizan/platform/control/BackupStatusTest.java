package org.mizan.platform.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.platform.entity.LastBackup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher writes {@link LastBackup#toJson()}, the server reads it back with {@link BackupStatus}: the round trip, and the states. */
class BackupStatusTest {

    private static final Instant STARTED = Instant.parse("2026-12-07T15:01:02.123Z");
    private static final Instant FINISHED = Instant.parse("2026-12-07T15:03:04.456Z");

    @TempDir
    Path home;

    private static LastBackup succeeded() {
        return new LastBackup(STARTED, FINISHED, true, "mizan-backup-20261207T150102.123Z", 1234, 1200, Boolean.TRUE, 0, List.of(),
                LastBackup.Origin.SCHEDULE, null);
    }

    @Test
    void whatTheLauncherWritesTheServerReadsBackEqual() throws IOException {
        LastBackup failed = new LastBackup(STARTED, FINISHED, false, null, 0, 0, null, 1, List.of(LastBackup.COULD_NOT_RUN),
                LastBackup.Origin.COMMAND, null);
        LastBackup encrypted = new LastBackup(STARTED, FINISHED, true, "f", 1, 0, null, 0, List.of(), LastBackup.Origin.COMMAND,
                "0123456789ABCDEF0123456789ABCDEF01234567");
        for (LastBackup written : List.of(succeeded(), failed, encrypted)) {
            assertEquals(written, BackupStatus.parse(written.toJson()));
        }
        assertTrue(succeeded().toJson().contains("\"folder\": \"mizan-backup-20261207T150102.123Z\""), "one field a line, for people too");
        // A result written before backups could be encrypted has no such field: a backup in clear.
        assertEquals(succeeded(), BackupStatus.parse(succeeded().toJson().replace("  \"encryptedTo\": null,\n", "")));
    }

    @Test
    void quotesAndControlCharactersInANameSurviveTheRoundTrip() throws IOException {
        LastBackup odd = new LastBackup(STARTED, FINISHED, false, "a \"quoted\" \\ name\n", 1, 0, Boolean.FALSE, 1, List.of("x\ty"),
                LastBackup.Origin.COMMAND, null);
        assertEquals(odd, BackupStatus.parse(odd.toJson()));
    }

    @Test
    void atMostTwentyProblemNamesAreKeptButAllAreCounted() throws IOException {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(LastBackup.OBJECT_DAMAGED);
        }
        LastBackup backup = new LastBackup(STARTED, FINISHED, false, "f", 50, 0, null, 50, many, LastBackup.Origin.SCHEDULE, null);
        LastBackup read = BackupStatus.parse(backup.toJson());
        assertEquals(LastBackup.MAX_PROBLEMS, read.problems().size());
        assertEquals(50, read.problemCount());
    }

    @Test
    void noFileIsNoBackupAndADamagedFileIsAnErrorNotAGuess() throws IOException {
        Path file = home.resolve(LastBackup.FILE);
        assertEquals(Optional.empty(), BackupStatus.read(file));
        Files.createDirectories(file.getParent());
        Files.writeString(file, succeeded().toJson().substring(0, 40));
        assertThrows(IOException.class, () -> BackupStatus.read(file));
        Files.writeString(file, succeeded().toJson().replace("\"ok\": true", "\"ok\": \"yes\""));
        assertThrows(IOException.class, () -> BackupStatus.read(file));
        Files.writeString(file, succeeded().toJson());
        assertEquals(Optional.of(succeeded()), BackupStatus.read(file));
    }

    @Test
    void theStateIsNoneFailedStaleOrOk() {
        Duration day = Duration.ofHours(24);
        LastBackup ok = succeeded();
        LastBackup failed = new LastBackup(STARTED, FINISHED, false, null, 0, 0, null, 1, List.of(LastBackup.COULD_NOT_RUN),
                LastBackup.Origin.SCHEDULE, null);
        assertEquals(BackupState.NONE, BackupState.of(Optional.empty(), Optional.of(day), FINISHED));
        assertEquals(BackupState.FAILED, BackupState.of(Optional.of(failed), Optional.of(day), FINISHED));
        assertEquals(BackupState.OK, BackupState.of(Optional.of(ok), Optional.of(day), FINISHED.plus(Duration.ofHours(47))));
        assertEquals(BackupState.OK, BackupState.of(Optional.of(ok), Optional.of(day), FINISHED.plus(Duration.ofHours(48))),
                "one missed run is forgiven");
        assertEquals(BackupState.STALE, BackupState.of(Optional.of(ok), Optional.of(day), FINISHED.plus(Duration.ofHours(48)).plusSeconds(1)));
        assertEquals(BackupState.OK, BackupState.of(Optional.of(ok), Optional.empty(), FINISHED.plus(Duration.ofDays(400))),
                "without a schedule nothing is late: the page says there is no schedule");
        assertEquals("stale", BackupState.STALE.wire());
        assertFalse(BackupState.OK.needsAttention());
        assertTrue(BackupState.UNREADABLE.needsAttention());
    }

    @Test
    void anIntervalTheLauncherWouldRefuseIsNoScheduleHere() {
        assertEquals(Optional.of(Duration.ofHours(24)), BackupStatus.interval(Optional.of(" PT24H ")));
        assertEquals(Optional.of(Duration.ofDays(1)), BackupStatus.interval(Optional.of("P1D")));
        assertEquals(Optional.empty(), BackupStatus.interval(Optional.of("daily")));
        assertEquals(Optional.empty(), BackupStatus.interval(Optional.of("PT0S")));
        assertEquals(Optional.empty(), BackupStatus.interval(Optional.of("")));
        assertEquals(Optional.empty(), BackupStatus.interval(Optional.empty()));
    }
}
