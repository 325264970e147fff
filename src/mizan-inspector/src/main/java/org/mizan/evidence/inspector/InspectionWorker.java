package org.mizan.evidence.inspector;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The worker's entry point: {@code InspectionWorker <file> [text=N] [embedded=N] [nesting=N] [ratio=N] [seconds=N]}
 * inspects the file and prints one JSON object ({@link Finding}) on standard output. The server
 * starts it in a JVM of its own with a small heap, reads a bounded amount of its output and kills it
 * at its deadline; nothing a parser does here can reach the server.
 */
public final class InspectionWorker {

    private InspectionWorker() {
    }

    public static void main(String[] args) {
        // The answer goes to the real standard output; anything a library prints goes to standard error,
        // which the server discards — it could quote the file, and extracted text is never logged.
        PrintStream answer = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Finding finding;
        try {
            WorkerLimits limits = WorkerLimits.parse(args, 1);
            Watchdog.start(Duration.ofSeconds(limits.seconds()));
            finding = new FileInspection(limits).inspect(Path.of(args[0]));
        } catch (OutOfMemoryError e) {
            finding = Finding.refused(Refusal.OUT_OF_MEMORY, null, null);
        } catch (Exception | LinkageError | StackOverflowError e) {
            finding = Finding.refused(Refusal.UNREADABLE, e.getClass().getSimpleName(), null);
        }
        answer.print(finding.toJson());
        answer.flush();
        // Some parsers leave threads behind; the answer is out, so the process ends here.
        System.exit(0);
    }
}
