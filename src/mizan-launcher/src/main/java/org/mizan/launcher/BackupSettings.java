package org.mizan.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The backup schedule of the run command: {@code -Dbackup.every=PT24H -Dbackup.to=<folder> [-Dbackup.keep=7]
 * [-Dbackup.verify=true] [-Dbackup.recipient=<OpenPGP public key file>]}, or the environment's {@code MIZAN_BACKUP_EVERY},
 * {@code _TO}, {@code _KEEP}, {@code _VERIFY}, {@code _RECIPIENT} (the command line wins, being what the operator typed
 * last). No {@code every}: no schedule. Settings that make no sense are refused before anything starts, since a schedule
 * that silently does not run is worse than none. {@code recipient} (may be null) encrypts every backup to the
 * organisation's key (see {@link Sealing}).
 */
public record BackupSettings(Duration every, Path to, int keep, boolean verify, Path recipient) {

    public BackupSettings(Duration every, Path to, int keep, boolean verify) {
        this(every, to, keep, verify, null);
    }

    /** Shorter would back up more often than a dump of any real database takes, and spend its disk on copies. */
    static final Duration SHORTEST = Duration.ofMinutes(1);
    /** A week of daily backups: unchanged evidence is shared by hard links, so each costs little more than its dump. */
    static final int DEFAULT_KEEP = 7;

    /** A setting refused, with the sentence that says why. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * The schedule the settings ask for, if any. {@code evidence} and {@code database} are the folders a backup must not
     * go into: it would be backed up into itself, and lost with the disk it is meant to survive.
     */
    static Optional<BackupSettings> read(UnaryOperator<String> properties, Map<String, String> env, Path evidence, Path database)
            throws Refused {
        String every = setting(properties, env, "every");
        String to = setting(properties, env, "to");
        String keep = setting(properties, env, "keep");
        String verify = setting(properties, env, "verify");
        String recipient = setting(properties, env, "recipient");
        if (every == null) {
            // The recipient alone is no schedule: it may be there for the backup command.
            if (to != null || keep != null || verify != null) {
                throw new Refused("backup.to, backup.keep and backup.verify need backup.every, to say how often: e.g. "
                        + "-Dbackup.every=PT24H for a backup a day.");
            }
            return Optional.empty();
        }
        Duration interval = interval(every);
        if (to == null) {
            throw new Refused("backup.every=" + every + " needs backup.to: the folder the backups go into, best on another disk.");
        }
        Path folder = Path.of(to).toAbsolutePath().normalize();
        refuseInside(folder, evidence, "the evidence store");
        refuseInside(folder, database, "the embedded database's folder");
        boolean verifying = yesOrNo(verify);
        if (verifying && recipient != null) {
            // The private key is not on the server, by design: a trial restore here could not open what it checks.
            throw new Refused("backup.verify=true cannot go with backup.recipient: an encrypted backup is verified with the "
                    + "organisation's private key, which is never on the server. Verify on the machine that holds it: "
                    + "./mvnw -Pbackup -Dverify=<backup folder> -Dbackup.identity=<private key file>.");
        }
        return Optional.of(new BackupSettings(interval, folder, keep == null ? DEFAULT_KEEP : count(keep), verifying,
                recipient == null ? null : Path.of(recipient)));
    }

    static String setting(UnaryOperator<String> properties, Map<String, String> env, String name) {
        String value = properties.apply("backup." + name);
        if (value == null || value.isBlank()) {
            value = env.get("MIZAN_BACKUP_" + name.toUpperCase(java.util.Locale.ROOT));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Duration interval(String every) throws Refused {
        Duration interval;
        try {
            interval = Duration.parse(every);
        } catch (DateTimeException e) {
            throw new Refused("backup.every=" + every + " is not a duration: write it as ISO-8601, e.g. PT24H (a day), PT6H or P7D.");
        }
        if (interval.compareTo(SHORTEST) < 0) {
            throw new Refused("backup.every=" + every + " is shorter than a minute: a backup takes longer than that (PT24H is a day).");
        }
        return interval;
    }

    private static int count(String keep) throws Refused {
        int count;
        try {
            count = Integer.parseInt(keep);
        } catch (NumberFormatException e) {
            throw new Refused("backup.keep=" + keep + " is not a number of backups.");
        }
        if (count < 1) {
            throw new Refused("backup.keep=" + keep + ": keep at least one backup; older ones are deleted once a newer one succeeded.");
        }
        return count;
    }

    private static boolean yesOrNo(String verify) throws Refused {
        if (verify == null || "false".equalsIgnoreCase(verify)) {
            return false;
        }
        if ("true".equalsIgnoreCase(verify)) {
            return true;
        }
        throw new Refused("backup.verify=" + verify + " is neither true nor false.");
    }

    private static void refuseInside(Path folder, Path forbidden, String what) throws Refused {
        if (canonical(folder).startsWith(canonical(forbidden.toAbsolutePath().normalize()))) {
            throw new Refused("backup.to=" + folder + " is inside " + what + " (" + forbidden + "): the backups would be backed up "
                    + "into themselves, and lost with the disk they are meant to survive. Choose a folder outside MIZAN_HOME's data.");
        }
    }

    /** The path with the links of its existing part resolved, so that a link into a forbidden folder is seen for what it is. */
    private static Path canonical(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path));
        } catch (IOException e) {
            return path;
        }
    }
}
