package org.mizan.evidence.control;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child process held to a deadline, to a disk budget for its working folder, and to a limit on
 * how much of its answer is read. Its standard output goes to a file in the folder (so it can never block on
 * a full pipe, and the disk budget bounds it too); its standard error is thrown away, since it could
 * quote the file being inspected. It gets an empty environment: nothing of the server's (database
 * password included) reaches it. Whatever it starts in turn is killed with it.
 */
final class BoundedProcess {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final String ANSWER = "answer";

    /** How the process ended. */
    sealed interface Ending permits Answered, TimedOut, OverDisk, TooMuchOutput {
    }

    /** It ended by itself, with this exit code and (at most the limit of) standard output. */
    record Answered(int exitCode, byte[] output) implements Ending {
    }

    record TimedOut() implements Ending {
    }

    record OverDisk() implements Ending {
    }

    record TooMuchOutput() implements Ending {
    }

    record Limits(Duration timeout, long maxFolderBytes, long maxOutputBytes) {
    }

    private BoundedProcess() {
    }

    /** Runs {@code command} in {@code folder}; an interrupt kills it and is passed on. */
    static Ending run(List<String> command, Path folder, Limits limits) throws IOException, InterruptedException {
        Path answer = folder.resolve(ANSWER);
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(answer.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        Process process = builder.start();
        try {
            process.getOutputStream().close();
            Instant deadline = Instant.now().plus(limits.timeout());
            while (!process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                if (Instant.now().isAfter(deadline)) {
                    return new TimedOut();
                }
                if (exceeds(folder, limits.maxFolderBytes())) {
                    return new OverDisk();
                }
            }
        } finally {
            kill(process);
        }
        if (Files.size(answer) > limits.maxOutputBytes()) {
            return new TooMuchOutput();
        }
        return new Answered(process.exitValue(), Files.readAllBytes(answer));
    }

    private static void kill(Process process) throws InterruptedException {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Whether the folder holds more than {@code limit} bytes; stops counting once it does. */
    static boolean exceeds(Path folder, long limit) throws IOException {
        long[] total = {0};
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                total[0] += attributes.size();
                return total[0] > limit ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException gone) {
                return FileVisitResult.CONTINUE; // a temporary file deleted while we counted
            }
        });
        return total[0] > limit;
    }
}
