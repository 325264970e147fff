package org.mizan.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted over a folder, to fill a disk or make it read-only for real. Needs root (CI and the
 * developers' machines run as root); where mounting is refused, {@link #over} says so and the test is skipped.
 */
public final class Tmpfs implements AutoCloseable {

    private final Path folder;

    private Tmpfs(Path folder) {
        this.folder = folder;
    }

    /** Mounts a tmpfs of {@code size} (as mount(8) reads it: "1m") over the folder, or null where that is refused. */
    public static Tmpfs over(Path folder, String size) {
        return run(List.of("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs", folder.toString()))
                ? new Tmpfs(folder) : null;
    }

    public void readOnly() {
        if (!run(List.of("mount", "-o", "remount,ro", folder.toString()))) {
            throw new IllegalStateException("could not remount " + folder + " read-only");
        }
    }

    @Override
    public void close() {
        run(List.of("umount", "-l", folder.toString()));
    }

    private static boolean run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
