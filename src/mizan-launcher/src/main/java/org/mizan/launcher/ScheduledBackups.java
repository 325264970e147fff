package org.mizan.launcher;

import org.mizan.platform.entity.LastBackup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The run command's backups while Mizan runs ({@link BackupSettings}): one every interval, on a thread of its own, its
 * result recorded for the server ({@link LastBackupFile}), then the oldest backups beyond the number to keep deleted
 * ({@link Retention}) — only after a backup that succeeded, so that failing runs never delete the good ones before them.
 *
 * <p>The first backup comes one interval after the newest one in the folder, or at once when that is overdue or there
 * is none: a server restarted more often than the interval still gets its backups.
 */
public final class ScheduledBackups implements AutoCloseable {

    /** One backup attempt. It never throws: what went wrong is in the result it returns, and on the console. */
    public interface Attempt {
        LastBackup run();
    }

    /** A trial restore of a new backup: true when every check passed. */
    public interface Verifier {
        boolean verify(Path backup) throws Exception;
    }

    private final BackupSettings settings;
    private final Path home;
    private final Attempt attempt;
    private final ScheduledExecutorService executor;

    /** {@code executor} runs {@link #runOnce()}; a test that calls that itself passes none. */
    public ScheduledBackups(BackupSettings settings, Path home, Attempt attempt, ScheduledExecutorService executor) {
        this.settings = settings;
        this.home = home;
        this.attempt = attempt;
        this.executor = executor;
    }

    /** Starts the schedule, saying on the console when its first backup comes. */
    static ScheduledBackups start(BackupSettings settings, Path home, Attempt attempt, Clock clock) throws IOException {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mizan-scheduled-backup");
            // Ctrl-C must not wait for a dump: the shutdown hook stops the database under it, and the half backup is deleted.
            thread.setDaemon(true);
            return thread;
        });
        ScheduledBackups backups = new ScheduledBackups(settings, home, attempt, executor);
        Duration first = firstDelay(newest(settings.to()), settings.every(), clock.instant());
        // At a fixed rate, never two at once: a backup that takes longer than the interval delays the next.
        executor.scheduleAtFixedRate(backups::runOnce, first.toMillis(), settings.every().toMillis(), TimeUnit.MILLISECONDS);
        Console.say("Backups every " + settings.every() + " into " + settings.to() + ", keeping the newest " + settings.keep()
                + (settings.verify() ? ", each verified by a trial restore" : "")
                + (settings.recipient() != null ? ", encrypted to the key in " + settings.recipient() : "") + "; the next in " + minutes(first) + ".");
        return backups;
    }

    /** The real attempt: {@link BackupCommand} on the running database, then a trial restore when the settings ask for one. */
    public static Attempt backingUp(MizanData data, BackupSettings settings, String pgBin, Verifier verifier, Clock clock) {
        return backingUp(data, settings, null, pgBin, verifier, clock);
    }

    /** The same, encrypting every backup with {@code sealing} (null: in clear). */
    public static Attempt backingUp(MizanData data, BackupSettings settings, Sealing sealing, String pgBin, Verifier verifier, Clock clock) {
        return () -> {
            Instant started = clock.instant();
            BackupCommand.Report report;
            try {
                report = BackupCommand.run(data, settings.to(), pgBin, sealing);
            } catch (IOException | SQLException | RuntimeException e) {
                Console.say("The scheduled backup could not be made: " + e.getMessage());
                return LastBackupFile.couldNotRun(started, clock.instant(), LastBackup.Origin.SCHEDULE);
            }
            report.lines().forEach(Console::say);
            Boolean verified = null;
            if (settings.verify()) {
                try {
                    verified = verifier.verify(report.folder());
                } catch (Exception e) {
                    // It proved nothing: as failed as a restore that found failures.
                    Console.say("The trial restore of " + report.folder() + " could not run: " + e.getMessage());
                    verified = false;
                }
            }
            return LastBackupFile.of(started, clock.instant(), report, verified, LastBackup.Origin.SCHEDULE);
        };
    }

    /** One backup, its result recorded, and the old ones beyond {@code keep} deleted when it succeeded. */
    public void runOnce() {
        // Nothing may escape: an exception would end the scheduled task for good, and with it every later backup.
        try {
            LastBackup result = attempt.run();
            LastBackupFile.record(home, result);
            if (!result.ok()) {
                Console.say("The scheduled backup FAILED (" + String.join(", ", result.problems()) + "); no older backup is deleted.");
                return;
            }
            List<String> deleted = Retention.prune(settings.to(), settings.keep());
            if (!deleted.isEmpty()) {
                Console.say("Deleted the oldest backups beyond the newest " + settings.keep() + ": " + String.join(", ", deleted));
            }
        } catch (IOException e) {
            Console.say("Deleting old backups in " + settings.to() + " failed: " + e.getMessage());
        } catch (RuntimeException e) {
            Console.say("The scheduled backup failed unexpectedly: " + e);
        }
    }

    /** How long until the next backup is due: one interval after the newest backup's start, at once when overdue. */
    static Duration firstDelay(Optional<Instant> newest, Duration every, Instant now) {
        if (newest.isEmpty()) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, newest.get().plus(every));
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        // A backup stamped in the future (a clock set back) must not postpone the schedule by more than one interval.
        return left.compareTo(every) > 0 ? every : left;
    }

    private static Optional<Instant> newest(Path to) throws IOException {
        List<Path> complete = Retention.complete(to);
        return complete.isEmpty() ? Optional.empty() : Retention.started(complete.get(complete.size() - 1));
    }

    private static String minutes(Duration duration) {
        return duration.toMinutes() + " min";
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
