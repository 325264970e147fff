package org.mizan.platform.entity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of the newest backup attempt, as the launcher's backup command (one-shot or scheduled) writes it to
 * {@link #FILE} in {@code MIZAN_HOME} and the server reads it for the backups page and {@code /health}.
 *
 * <p>It says what happened, never what was backed up: the backup folder's name (a UTC time) but not where it lies, and
 * short problem names ({@link #OBJECT_DAMAGED}…) instead of messages, which may name paths. The operator's console has
 * the whole story. Written here, beside its reader, so that the two cannot drift apart; by hand, because the
 * launcher runs without a JSON library.
 *
 * @param started  when the attempt began
 * @param finished when it ended, successful or not
 * @param folder   the name of the backup folder written, or null when none was
 * @param verified whether a restore into a scratch database proved it; null when no verification was asked
 * @param problems short names of what went wrong, at most {@link #MAX_PROBLEMS}
 * @param problemCount how many problems there were in all
 * @param encryptedTo the fingerprint of the OpenPGP key the backup was encrypted to; null for a backup in clear (or none)
 */
public record LastBackup(Instant started, Instant finished, boolean ok, String folder, int objects, int linked, Boolean verified,
                         int problemCount, List<String> problems, Origin by, String encryptedTo) {

    /** The file, relative to {@code MIZAN_HOME}. */
    public static final String FILE = "backups/last-backup.json";
    public static final int MAX_PROBLEMS = 20;

    /** An evidence object in the store did not hash to its name: it was damaged there, and copied as it is. */
    public static final String OBJECT_DAMAGED = "evidence-object-damaged";
    /** The restore into a scratch database found a failure. */
    public static final String VERIFICATION_FAILED = "verification-failed";
    /** The backup could not be made at all (database unreachable, pg_dump missing, disk full…). */
    public static final String COULD_NOT_RUN = "could-not-run";

    /** Who started the attempt. */
    public enum Origin {
        /** the launcher's schedule, while Mizan runs */
        SCHEDULE,
        /** an operator's {@code ./mvnw -Pbackup} */
        COMMAND
    }

    public LastBackup {
        Objects.requireNonNull(started);
        Objects.requireNonNull(finished);
        Objects.requireNonNull(by);
        problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    }

    /** The JSON the file holds, one field a line so that an operator can read it too. */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\n");
        field(json, "started", quoted(started.toString()));
        field(json, "finished", quoted(finished.toString()));
        field(json, "ok", Boolean.toString(ok));
        field(json, "folder", folder == null ? "null" : quoted(folder));
        field(json, "objects", Integer.toString(objects));
        field(json, "linked", Integer.toString(linked));
        field(json, "verified", verified == null ? "null" : verified.toString());
        field(json, "problemCount", Integer.toString(problemCount));
        field(json, "problems", "[" + String.join(", ", problems.stream().map(LastBackup::quoted).toList()) + "]");
        field(json, "encryptedTo", encryptedTo == null ? "null" : quoted(encryptedTo));
        json.append("  \"by\": ").append(quoted(by.name().toLowerCase(java.util.Locale.ROOT))).append("\n}\n");
        return json.toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append("  \"").append(name).append("\": ").append(value).append(",\n");
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
