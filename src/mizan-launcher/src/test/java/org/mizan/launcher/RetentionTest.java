package org.mizan.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetentionTest {

    @TempDir
    Path to;
    @TempDir
    Path outside;

    /** A whole backup as the command leaves it: its folder, its manifest, and an evidence object. */
    private Path backup(String stamp) throws IOException {
        Path folder = Files.createDirectories(to.resolve("mizan-backup-" + stamp));
        Files.writeString(folder.resolve(Manifest.FILE), "manifest");
        Files.createDirectories(folder.resolve("objects/ab"));
        Files.writeString(folder.resolve("objects/ab/object"), stamp);
        return folder;
    }

    private List<String> left() throws IOException {
        try (Stream<Path> entries = Files.list(to)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void keepsTheNewestAndDeletesTheOldest() throws IOException {
        backup("20261203T020000.000Z");
        backup("20261201T020000.000Z");
        backup("20261202T020000.000Z");
        backup("20261204T020000.000Z");
        assertEquals(List.of("mizan-backup-20261201T020000.000Z", "mizan-backup-20261202T020000.000Z"), Retention.prune(to, 2));
        assertEquals(List.of("mizan-backup-20261203T020000.000Z", "mizan-backup-20261204T020000.000Z"), left());
        assertEquals(List.of(), Retention.prune(to, 2), "nothing more once there are as many as to keep");
        assertEquals(List.of(), Retention.prune(to, 7));
        assertEquals(2, left().size());
    }

    @Test
    void neverTouchesAPartialBackupOrAFolderItDidNotName() throws IOException {
        backup("20261201T020000.000Z");
        backup("20261202T020000.000Z");
        Path partial = Files.createDirectories(to.resolve("mizan-backup-20261130T020000.000Z.partial"));
        Files.writeString(partial.resolve(Manifest.FILE), "being written");
        Path foreign = Files.createDirectories(to.resolve("mizan-backup-by-hand"));
        Files.writeString(foreign.resolve(Manifest.FILE), "someone's");
        Files.createDirectories(to.resolve("photos-2019"));
        Files.writeString(to.resolve("mizan-backup-20261101T020000.000Z"), "a file, not a backup");
        Path noManifest = Files.createDirectories(to.resolve("mizan-backup-20261102T020000.000Z"));

        assertEquals(List.of("mizan-backup-20261201T020000.000Z"), Retention.prune(to, 1));
        assertEquals(List.of("mizan-backup-20261101T020000.000Z", "mizan-backup-20261102T020000.000Z",
                "mizan-backup-20261130T020000.000Z.partial", "mizan-backup-20261202T020000.000Z", "mizan-backup-by-hand", "photos-2019"),
                left());
        assertTrue(Files.isDirectory(noManifest), "a folder without a manifest is not whole: not counted, not deleted");
    }

    @Test
    void aLinkNamedLikeABackupIsNotFollowedNorCounted() throws IOException {
        Path elsewhere = Files.createDirectories(outside.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve(Manifest.FILE), "precious");
        Files.createSymbolicLink(to.resolve("mizan-backup-20261101T020000.000Z"), elsewhere);
        backup("20261201T020000.000Z");
        assertEquals(List.of(), Retention.prune(to, 1));
        assertTrue(Files.exists(elsewhere.resolve(Manifest.FILE)));
    }

    @Test
    void sharedEvidenceOutlivesTheBackupThatFirstHeldIt() throws IOException {
        Path old = backup("20261201T020000.000Z");
        Path newer = Files.createDirectories(to.resolve("mizan-backup-20261202T020000.000Z/objects/ab"));
        Files.writeString(newer.getParent().getParent().resolve(Manifest.FILE), "manifest");
        Files.createLink(newer.resolve("object"), old.resolve("objects/ab/object"));
        Retention.prune(to, 1);
        assertEquals("20261201T020000.000Z", Files.readString(newer.resolve("object")));
    }

    @Test
    void aDeletionCutOffHalfWayIsFinishedNextTime() throws IOException {
        Path cut = Files.createDirectories(to.resolve("mizan-backup-20261101T020000.000Z.deleting/objects"));
        Files.writeString(cut.resolve("x"), "x");
        backup("20261201T020000.000Z");
        Retention.prune(to, 1);
        assertEquals(List.of("mizan-backup-20261201T020000.000Z"), left());
    }

    @Test
    void theNameIsTheUtcStartAndReadsBack() {
        Instant started = Instant.parse("2026-12-07T15:01:02.123Z");
        assertEquals("mizan-backup-20261207T150102.123Z", Retention.name(started));
        assertEquals(Optional.of(started), Retention.started(Path.of(Retention.name(started))));
        assertEquals(Optional.empty(), Retention.started(Path.of("mizan-backup-20261207T150102.123Z.partial")));
        assertThrows(IllegalArgumentException.class, () -> Retention.prune(to, 0));
    }
}
