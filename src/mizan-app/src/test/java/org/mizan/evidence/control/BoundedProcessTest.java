package org.mizan.evidence.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A child process cannot outlast its deadline, fill the disk, flood the server with output, or read the server's environment. */
class BoundedProcessTest {

    private static final BoundedProcess.Limits LIMITS = new BoundedProcess.Limits(Duration.ofSeconds(1), 1_000_000, 1_000);

    @TempDir
    Path folder;

    private BoundedProcess.Ending run(String script) throws IOException, InterruptedException {
        return BoundedProcess.run(List.of("/bin/sh", "-c", script), folder, LIMITS);
    }

    @Test
    void anAnswerIsReadWithItsExitCode() throws Exception {
        BoundedProcess.Answered answered = assertInstanceOf(BoundedProcess.Answered.class, run("echo '{}'; echo noise >&2; exit 3"));
        assertEquals(3, answered.exitCode());
        assertEquals("{}\n", new String(answered.output(), StandardCharsets.UTF_8), "standard error is not part of the answer");
    }

    @Test
    void aProcessPastItsDeadlineIsKilled() throws Exception {
        long started = System.nanoTime();
        assertInstanceOf(BoundedProcess.TimedOut.class, run("sleep 30"));
        assertTrue(System.nanoTime() - started < 10_000_000_000L, "killed at the deadline, not waited for");
    }

    @Test
    void tooMuchOutputIsNotRead() throws Exception {
        assertInstanceOf(BoundedProcess.TooMuchOutput.class, run("i=0; while [ $i -lt 200 ]; do echo 0123456789; i=$((i+1)); done"));
    }

    @Test
    void aProcessFillingItsFolderIsKilled() throws Exception {
        assertInstanceOf(BoundedProcess.OverDisk.class, run("dd if=/dev/zero of=big bs=1000 count=2000 2>/dev/null; sleep 30"));
    }

    @Test
    void theChildGetsNoneOfTheServersEnvironment() throws Exception {
        BoundedProcess.Answered answered = assertInstanceOf(BoundedProcess.Answered.class, run("echo \"[$HOME$USER$JAVA_HOME]\""));
        assertEquals("[]\n", new String(answered.output(), StandardCharsets.UTF_8));
    }

    @Test
    void folderSizesAreCountedUpToTheLimit() throws Exception {
        java.nio.file.Files.write(folder.resolve("a"), new byte[600]);
        java.nio.file.Files.write(folder.resolve("b"), new byte[600]);
        assertTrue(BoundedProcess.exceeds(folder, 1000));
        assertTrue(!BoundedProcess.exceeds(folder, 1200));
    }
}
