package org.mizan.reports.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paths inside a package that every unzip writes as they are and sha256sum -c finds again. */
class PackageFilesTest {

    @Test
    void namesKeepOnlyWhatEveryUnzipWritesAlike() {
        assertEquals("photo_2019-10-25.jpg", PackageFiles.safe("photo 2019-10-25.jpg"));
        assertEquals("_____.pdf", PackageFiles.safe("شهادة.pdf"));
        assertEquals("__etc_passwd", PackageFiles.safe("../etc/passwd"));
        assertEquals("_bashrc", PackageFiles.safe(".bashrc"));
        assertEquals("a_b", PackageFiles.safe("a\nb"));
        assertTrue(PackageFiles.safe("x".repeat(500) + ".mp4").endsWith(".mp4"));
        assertEquals(120, PackageFiles.safe("x".repeat(500)).length());
    }

    @Test
    void bagItPathsEncodeWhatWouldBreakAManifestLine() {
        assertEquals("data/a%0Ab%25c%0D", BagWriter.encode("data/a\nb%c\r"));
    }
}
