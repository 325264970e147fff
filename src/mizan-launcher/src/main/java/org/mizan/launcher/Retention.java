package org.mizan.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which backups a backup folder holds, and the deletion of the oldest beyond a number to keep. Only folders the backup
 * command names ({@code mizan-backup-<UTC time>}, nothing more) with their manifest count: a {@code .partial} one is
 * still being written (or was cut off), and anything else in the folder is someone else's and never touched. Deleting
 * one backup takes nothing from the others: the evidence they share is hard-linked, and a file goes only with its last
 * link.
 */
final class Retention {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'");
    private static final Pattern NAME = Pattern.compile(Pattern.quote(BackupCommand.PREFIX) + "\\d{8}T\\d{6}\\.\\d{3}Z");
    /** A backup being deleted: renamed first, so that a deletion cut off half-way never leaves a folder that looks whole. */
    private static final String DELETING = ".deleting";

    private Retention() {
    }

    /** The name of a backup started at {@code started}. */
    static String name(Instant started) {
        return BackupCommand.PREFIX + STAMP.format(started.atOffset(ZoneOffset.UTC));
    }

    /** When the backup named {@code folder} started, if it is one. */
    static Optional<Instant> started(Path folder) {
        String name = folder.getFileName().toString();
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.parse(name.substring(BackupCommand.PREFIX.length()), STAMP).toInstant(ZoneOffset.UTC));
    }

    /** The whole backups in {@code to}, oldest first (their names are UTC times, which sort as they happened). */
    static List<Path> complete(Path to) throws IOException {
        if (!Files.isDirectory(to)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(to)) {
            return entries.filter(Retention::isComplete).sorted().toList();
        }
    }

    private static boolean isComplete(Path folder) {
        return NAME.matcher(folder.getFileName().toString()).matches() && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(folder.resolve(Manifest.FILE), LinkOption.NOFOLLOW_LINKS);
    }

    /** Deletes the oldest whole backups in {@code to} beyond the newest {@code keep}; returns the names of those deleted. */
    static List<String> prune(Path to, int keep) throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
        finishDeleting(to);
        List<Path> backups = complete(to);
        List<String> deleted = new ArrayList<>();
        for (Path old : backups.subList(0, Math.max(0, backups.size() - keep))) {
            Path doomed = Files.move(old, old.resolveSibling(old.getFileName() + DELETING), StandardCopyOption.ATOMIC_MOVE);
            Folders.deleteRecursively(doomed);
            deleted.add(old.getFileName().toString());
        }
        return deleted;
    }

    /** Backups whose deletion was cut off (the launcher stopped meanwhile): they were on their way out already. */
    private static void finishDeleting(Path to) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(to)) {
            leftovers = entries.filter(entry -> {
                String name = entry.getFileName().toString();
                return name.endsWith(DELETING) && NAME.matcher(name.substring(0, name.length() - DELETING.length())).matches()
                        && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
            }).toList();
        }
        for (Path leftover : leftovers) {
            Folders.deleteRecursively(leftover);
        }
    }
}
