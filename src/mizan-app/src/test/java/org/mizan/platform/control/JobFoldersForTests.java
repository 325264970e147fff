package org.mizan.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;

/** {@link JobFolders} in a data folder of a test's own. */
public final class JobFoldersForTests {

    private JobFoldersForTests() {
    }

    public static JobFolders fresh() {
        JobFolders folders = new JobFolders();
        try {
            folders.home = Optional.of(Files.createTempDirectory("mizan-jobs-test").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folders;
    }
}
