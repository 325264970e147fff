package org.mizan.evidence.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.evidence.entity.InspectionStatus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the server makes of an inspection before and after the worker: not installed, too large, and each way the worker can end. */
class InspectorTest {

    @TempDir
    Path folder;
    private final Inspector inspector = new Inspector();

    @BeforeEach
    void settings() {
        InspectionSettings settings = new InspectionSettings();
        settings.dir = Optional.of(folder.toString());
        settings.timeout = "PT60S";
        settings.heap = "256m";
        settings.maxBytes = 1024L * 1024 * 1024;
        settings.maxTextChars = 100;
        inspector.settings = settings;
    }

    @Test
    void withoutTheWorkerItemsAreStoredNotInspected() throws Exception {
        assertEquals("inspector not installed", inspector.inspect(1, "0".repeat(64), 10).note(), "no classes/ and lib/ in the folder");
        inspector.settings.dir = Optional.empty();
        InspectionOutcome outcome = inspector.inspect(1, "0".repeat(64), 10);
        assertEquals(InspectionStatus.NOT_INSPECTED, outcome.status());
        assertEquals("inspector not installed", outcome.note());
    }

    @Test
    void aFileOverTheLimitIsNotGivenToTheWorker() throws Exception {
        Files.createDirectories(folder.resolve("classes"));
        Files.createDirectories(folder.resolve("lib"));
        assertEquals("larger than the inspection limit (1 GiB)", inspector.inspect(1, "0".repeat(64), (1L << 30) + 1).note());
    }

    @Test
    void eachEndingHasItsNote() {
        assertEquals("timed out after 60 s", inspector.outcome(new BoundedProcess.TimedOut()).note());
        assertEquals("needed more temporary disk space than allowed", inspector.outcome(new BoundedProcess.OverDisk()).note());
        assertEquals("the inspector said more than allowed", inspector.outcome(new BoundedProcess.TooMuchOutput()).note());
        assertEquals("the inspector failed", inspector.outcome(new BoundedProcess.Answered(125, new byte[0])).note(),
                "a worker that stopped itself (its server gone, or overdue)");
        InspectionOutcome answered = inspector.outcome(new BoundedProcess.Answered(0,
                "{\"inspected\":true,\"type\":\"text/plain\",\"text\":\"words\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(InspectionStatus.INSPECTED, answered.status());
        assertEquals("words", answered.text());
    }

    @Test
    void theWorkerRunsWithASmallHeapAndItsOwnScratch() {
        List<String> command = inspector.command(folder, folder.resolve("job"), folder.resolve("job").resolve("input"));
        assertTrue(command.contains("-Xmx256m"), command::toString);
        assertTrue(command.contains("-Djava.io.tmpdir=" + folder.resolve("job").resolve("tmp")), command::toString);
        assertTrue(command.contains(Inspector.WORKER));
        assertTrue(command.contains("text=100") && command.contains("seconds=60"), command::toString);
    }
}
