package org.mizan.reports.control;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sRGB colour profile a PDF/A file names as its output intent. Taken from the Java runtime rather than shipped, so no
 * third-party profile licence comes with Mizan; JasperReports reads it from a file, written once per process.
 */
final class SrgbProfile {

    private static final Path PATH = write();

    private SrgbProfile() {
    }

    static String path() {
        return PATH.toString();
    }

    private static Path write() {
        try {
            Path file = Files.createTempFile("mizan-srgb", ".icc");
            file.toFile().deleteOnExit();
            return Files.write(file, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        } catch (IOException e) {
            throw new UncheckedIOException("the temporary folder is not writable", e);
        }
    }
}
