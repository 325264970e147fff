package org.mizan.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestTest {

    @TempDir
    Path folder;

    private Manifest written() throws IOException {
        Files.createDirectories(folder.resolve("objects/ab/cd"));
        Files.writeString(folder.resolve("database.dump"), "a dump");
        Files.writeString(folder.resolve("objects/ab/cd/video"), "the bytes of a video");
        Manifest manifest = new Manifest();
        manifest.addFile(folder, folder.resolve("database.dump"));
        manifest.addFile(folder, folder.resolve("objects/ab/cd/video"));
        manifest.write(folder);
        return Manifest.read(folder);
    }

    @Test
    void aWholeBackupHasNoProblemsAndReadsBackAsWritten() throws IOException {
        Manifest manifest = written();
        assertEquals(List.of(), manifest.problems(folder));
        assertEquals(List.of("database.dump", "objects/ab/cd/video"), manifest.entries().stream().map(Manifest.Entry::path).toList());
        // the hash sha256sum gives for "a dump"
        assertEquals(Manifest.hash(folder.resolve("database.dump")), manifest.get("database.dump").orElseThrow().sha256());
        assertEquals(6, manifest.get("database.dump").orElseThrow().size());
    }

    @Test
    void aChangedByteOfTheSameLengthIsNamed() throws IOException {
        Manifest manifest = written();
        Files.writeString(folder.resolve("objects/ab/cd/video"), "the bytes of a vidEo");
        assertEquals(List.of("objects/ab/cd/video: its SHA-256 differs from the manifest's (the file was altered or damaged)"),
                manifest.problems(folder));
    }

    @Test
    void aTruncatedFileAndAMissingFileAreNamed() throws IOException {
        Manifest manifest = written();
        Files.writeString(folder.resolve("database.dump"), "a du");
        Files.delete(folder.resolve("objects/ab/cd/video"));
        assertEquals(List.of("database.dump: 4 bytes, the manifest says 6", "objects/ab/cd/video: missing"), manifest.problems(folder));
    }

    @Test
    void anAlteredManifestLineIsRefused() throws IOException {
        written();
        Path file = folder.resolve(Manifest.FILE);
        Files.writeString(file, Files.readString(file).replaceFirst(" 6 ", " six "));
        IOException refused = assertThrows(IOException.class, () -> Manifest.read(folder));
        assertTrue(refused.getMessage().contains("Line 1"), refused.getMessage());
    }

    @Test
    void aPathLeavingTheBackupFolderIsRefused() throws IOException {
        written();
        Files.writeString(folder.resolve(Manifest.FILE), "0".repeat(64) + " 1 ../../etc/passwd\n");
        assertThrows(IOException.class, () -> Manifest.read(folder));
    }

    @Test
    void aFolderWithoutManifestIsNotABackup() {
        IOException refused = assertThrows(IOException.class, () -> Manifest.read(folder));
        assertTrue(refused.getMessage().contains("not a Mizan backup"), refused.getMessage());
    }

    @Test
    void anEncryptedBackupsManifestNamesTheKeyOnItsFirstLineAndReadsBack() throws IOException {
        Files.writeString(folder.resolve("database.dump.pgp"), "encrypted bytes");
        Manifest manifest = new Manifest();
        manifest.encryptedTo("BF722DAEAF4C0231969552488EFF006A9718ADD4");
        manifest.addFile(folder, folder.resolve("database.dump.pgp"));
        manifest.write(folder);
        assertTrue(Files.readString(folder.resolve(Manifest.FILE)).startsWith("# encrypted to OpenPGP key BF722DAEAF4C0231969552488EFF006A9718ADD4\n"));
        Manifest read = Manifest.read(folder);
        assertEquals(java.util.Optional.of("BF722DAEAF4C0231969552488EFF006A9718ADD4"), read.recipient());
        assertEquals(List.of("database.dump.pgp"), read.entries().stream().map(Manifest.Entry::path).toList());
        assertEquals(List.of(), read.problems(folder));
        assertEquals(java.util.Optional.empty(), new Manifest().recipient());
    }
}
