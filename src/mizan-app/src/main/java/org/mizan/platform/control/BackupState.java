package org.mizan.platform.control;

import org.mizan.platform.entity.LastBackup;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How the backups stand, as {@code /health} reports it ({@link #wire()}) and the backups page warns of it. Only
 * {@link #OK} needs no one's attention.
 */
public enum BackupState {
    /** The newest attempt succeeded, and recently enough for the schedule (when there is one). */
    OK,
    /** The newest attempt failed: the one before it may be fine, but the data since is not safe. */
    FAILED,
    /** The newest backup is older than twice the schedule's interval: the schedule has stopped, or Mizan with it. */
    STALE,
    /** No backup was ever recorded in this data folder. */
    NONE,
    /** The result file is there but cannot be read: as good as none, and worth a look. */
    UNREADABLE;

    /** How many intervals may pass before a backup is late: one missed run is forgiven, two are not. */
    public static final int STALE_AFTER_INTERVALS = 2;

    public static BackupState of(Optional<LastBackup> last, Optional<Duration> every, Instant now) {
        if (last.isEmpty()) {
            return NONE;
        }
        if (!last.get().ok()) {
            return FAILED;
        }
        if (every.isPresent() && last.get().finished().plus(every.get().multipliedBy(STALE_AFTER_INTERVALS)).isBefore(now)) {
            return STALE;
        }
        return OK;
    }

    /** The value of {@code /health}'s {@code backup} field. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean needsAttention() {
        return this != OK;
    }
}
