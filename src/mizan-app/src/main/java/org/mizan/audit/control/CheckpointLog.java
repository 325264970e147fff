package org.mizan.audit.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The append-only file of checkpoints under {@code MIZAN_HOME}, and its copy elsewhere when one is
 * configured (a file on another disk, or one a log shipper sends off the machine). A line whose
 * signature does not hold is not believed, and said so in the server log.
 */
public final class CheckpointLog {

    private static final Logger LOG = Logger.getLogger(CheckpointLog.class.getName());

    private final Path file;
    private final Path copy;
    private final AuditKey key;

    public CheckpointLog(Path file, Path copy, AuditKey key) {
        this.file = file;
        this.copy = copy;
        this.key = key;
    }

    /** Appends the checkpoint to the file and its copy; {@code durable} waits until the disk has it. */
    public synchronized void append(Checkpoint checkpoint, boolean durable) throws IOException {
        String line = checkpoint.line(key) + "\n";
        write(file, line, durable);
        if (copy != null) {
            try {
                write(copy, line, durable);
            } catch (IOException e) {
                LOG.warning(() -> "The copy of audit checkpoint " + checkpoint.seq() + " could not be written to " + copy + ": "
                        + e.getMessage());
            }
        }
    }

    /** Every believable checkpoint in the file, in the order written. */
    public synchronized List<Checkpoint> read() throws IOException {
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (!Files.exists(file)) {
            return checkpoints;
        }
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            Optional<Checkpoint> checkpoint = Checkpoint.parse(line, key);
            if (checkpoint.isPresent()) {
                checkpoints.add(checkpoint.get());
            } else {
                int n = lineNumber;
                LOG.warning(() -> "Line " + n + " of " + file + " is not a checkpoint signed with " + key + "; it is ignored.");
            }
        }
        return checkpoints;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    public Path file() {
        return file;
    }

    private static void write(Path target, String line, boolean durable) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (durable) {
            Files.writeString(target, line, StandardCharsets.US_ASCII, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } else {
            // Handed to the operating system: it survives the server dying, and costs no disk flush per checkpoint.
            Files.writeString(target, line, StandardCharsets.US_ASCII, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
