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

    /**
     * Remounts the disk read-only. The kernel refuses (EBUSY) while a file on it is open for writing, as when the
     * server under test is writing there at that moment, so the remount is tried again for a while.
     */
    public void readOnly() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!run(List.of("mount", "-o", "remount,ro", folder.toString()))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not remount " + folder + " read-only: " + why(folder));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while remounting " + folder + " read-only", e);
            }
        }
    }

    @Override
    public void close() {
        run(List.of("umount", "-l", folder.toString()));
    }

    /** What mount(8) says when asked again, and who holds the disk open, for the failure's message. */
    private static String why(Path folder) {
        try {
            Process process = new ProcessBuilder("sh", "-c", "mount -o remount,ro \"$1\" 2>&1; grep \" $1 \" /proc/self/mountinfo",
                    "sh", folder.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            process.waitFor(20, TimeUnit.SECONDS);
            return output.strip();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
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
