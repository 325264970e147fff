package org.mizan.launcher;

import org.mizan.platform.entity.LastBackup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of the newest backup attempt in {@code MIZAN_HOME} ({@link LastBackup#FILE}), where the server reads it
 * for the backups page and {@code /health}. Written to a temporary file beside it and renamed over it, so that the
 * server, reading at any moment, sees the old result or the new one, never half of one.
 */
final class LastBackupFile {

    private LastBackupFile() {
    }

    static Path in(Path home) {
        return home.resolve(LastBackup.FILE);
    }

    /** The result of a backup that was written, and verified when {@code verified} is not null. */
    static LastBackup of(Instant started, Instant finished, BackupCommand.Report report, Boolean verified, LastBackup.Origin by) {
        List<String> problems = new ArrayList<>(report.problemNames());
        if (Boolean.FALSE.equals(verified)) {
            problems.add(LastBackup.VERIFICATION_FAILED);
        }
        return new LastBackup(started, finished, problems.isEmpty(), report.folder().getFileName().toString(), report.objects(),
                report.objectsLinked(), verified, problems.size(), problems, by, report.encryptedTo());
    }

    /** The result of an attempt that could not make a backup; why is on the console, not here (it may name paths). */
    static LastBackup couldNotRun(Instant started, Instant finished, LastBackup.Origin by) {
        return new LastBackup(started, finished, false, null, 0, 0, null, 1, List.of(LastBackup.COULD_NOT_RUN), by, null);
    }

    static void write(Path home, LastBackup result) throws IOException {
        Path file = in(home);
        Path folder = Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(folder, "last-backup-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(result.toJson().getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            // Same folder, so the same filesystem: the rename is atomic.
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes the result, or says on the console why it could not: the backup itself is not undone by that. */
    static void record(Path home, LastBackup result) {
        try {
            write(home, result);
        } catch (IOException e) {
            Console.say("The backup's result could not be written to " + in(home) + " (" + e.getMessage() + "); the backups page and "
                    + "/health will not show it.");
        }
    }
}
