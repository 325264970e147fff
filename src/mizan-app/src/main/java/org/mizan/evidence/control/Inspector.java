package org.mizan.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.evidence.entity.InspectionReason;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Inspects the bytes of one item with the worker ({@code org.mizan.evidence.inspector}) in a JVM of
 * its own: a copy of the bytes in a scratch folder, a small heap, a deadline, a disk budget, a
 * bounded answer. Whatever the file does, the answer is an {@link InspectionOutcome}; an interrupt (the
 * server stopping) comes back as an exception, and the item then stays PENDING, and so does a failure of our own
 * disk ({@link Postponed}): the scratch space full or read-only is no verdict on the file.
 */
@ApplicationScoped
public class Inspector {

    static final String WORKER = "org.mizan.evidence.inspector.InspectionWorker";
    private static final Logger LOG = Logger.getLogger(Inspector.class.getName());
    /** Scratch space the parse may use beyond the copy of the file: spooled embedded documents. */
    private static final long MIN_SCRATCH_BYTES = 256L * 1024 * 1024;
    /** Metadata, escapes and the JSON around the text. */
    private static final long ANSWER_OVERHEAD_BYTES = 2L * 1024 * 1024;
    private static final long GIB = 1024L * 1024 * 1024;
    private static final long MIB = 1024L * 1024;

    @Inject
    InspectionSettings settings;
    @Inject
    EvidenceStore store;

    /** Our side failed (the scratch space, the store), not the file: try it again later. */
    public static final class Postponed extends Exception {
        private static final long serialVersionUID = 1L;

        Postponed(IOException cause) {
            super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }

    public InspectionOutcome inspect(long id, String sha256, long size) throws InterruptedException, Postponed {
        Path installed = settings.installed().orElse(null);
        if (installed == null) {
            return InspectionOutcome.notInspected(InspectionReason.NOT_INSTALLED.note());
        }
        if (size > settings.maxBytes()) {
            return InspectionOutcome.notInspected(InspectionReason.TOO_LARGE.note(human(settings.maxBytes())));
        }
        Path job = null;
        try {
            job = Files.createDirectories(settings.workRoot()).resolve(id + "-" + UUID.randomUUID());
            Files.createDirectories(job.resolve("tmp"));
            Path input = job.resolve("input");
            try (InputStream bytes = store.open(sha256, 0)) {
                Files.copy(bytes, input);
            }
            // Every character may take up to 6 bytes as escaped JSON.
            long maxAnswer = settings.maxTextChars() * 6L + ANSWER_OVERHEAD_BYTES;
            BoundedProcess.Limits limits = new BoundedProcess.Limits(settings.timeout(), size + Math.max(size, MIN_SCRATCH_BYTES)
                    + maxAnswer, maxAnswer);
            return outcome(BoundedProcess.run(command(installed, job, input), job, limits));
        } catch (IOException e) {
            throw new Postponed(e);
        } finally {
            deleteQuietly(job);
        }
    }

    InspectionOutcome outcome(BoundedProcess.Ending ending) {
        if (ending instanceof BoundedProcess.Answered answered && answered.exitCode() == 0) {
            return InspectorAnswer.read(answered.output(), settings.maxTextChars(), settings.heap())
                    .orElseGet(() -> InspectionOutcome.notInspected(InspectionReason.FAILED.note()));
        }
        if (ending instanceof BoundedProcess.TimedOut) {
            return InspectionOutcome.notInspected(InspectionReason.TIMED_OUT.note(settings.timeout().toSeconds()));
        }
        if (ending instanceof BoundedProcess.OverDisk) {
            return InspectionOutcome.notInspected(InspectionReason.DISK_LIMIT.note());
        }
        if (ending instanceof BoundedProcess.TooMuchOutput) {
            return InspectionOutcome.notInspected(InspectionReason.OUTPUT_TOO_LARGE.note());
        }
        return InspectionOutcome.notInspected(InspectionReason.FAILED.note()); // it stopped itself, or crashed
    }

    /** The worker's command line; its classpath is the installed folder's classes and every jar in its lib. */
    List<String> command(Path installed, Path job, Path input) {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.heap(), "-Xss1m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=128m",
                "-XX:ReservedCodeCacheSize=64m", "-XX:MaxDirectMemorySize=64m",
                // A worker lives for one file: the quick compiler starts it in half the time.
                "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + job.resolve("tmp"),
                "-cp", installed.resolve("classes") + File.pathSeparator + installed.resolve("lib") + File.separator + "*",
                WORKER, input.toString(),
                "text=" + settings.maxTextChars(), "seconds=" + settings.timeout().toSeconds());
    }

    /** Empties the scratch space: what a server killed mid-inspection left there. */
    void clearScratch() {
        try (Stream<Path> jobs = Files.exists(settings.workRoot()) ? Files.list(settings.workRoot()) : Stream.empty()) {
            jobs.forEach(Inspector::deleteQuietly);
        } catch (IOException e) {
            LOG.warning(() -> "The inspection scratch folder could not be emptied: " + e.getClass().getSimpleName());
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warning(() -> "Inspection scratch " + folder + " not deleted: " + e.getClass().getSimpleName());
        }
    }

    static String human(long bytes) {
        if (bytes % GIB == 0) {
            return bytes / GIB + " GiB";
        }
        return bytes % MIB == 0 ? bytes / MIB + " MiB" : bytes + " bytes";
    }
}
