package org.mizan.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mizan.platform.control.DataFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How inspection runs (MicroProfile Config; environment variables override): where the worker is
 * installed ({@code mizan.inspector.dir}: its {@code classes/} and {@code lib/}), how long one
 * inspection may take, how much heap it gets, the largest file it is given, how much text is kept,
 * and how many run at once.
 */
@ApplicationScoped
public class InspectionSettings {

    @Inject
    @ConfigProperty(name = "mizan.inspector.dir")
    Optional<String> dir;
    @Inject
    @ConfigProperty(name = "mizan.inspector.timeout", defaultValue = "PT60S")
    String timeout;
    @Inject
    @ConfigProperty(name = "mizan.inspector.heap", defaultValue = "256m")
    String heap;
    @Inject
    @ConfigProperty(name = "mizan.inspector.max-bytes", defaultValue = "1073741824")
    long maxBytes;
    @Inject
    @ConfigProperty(name = "mizan.inspector.max-text-chars", defaultValue = "100000")
    int maxTextChars;
    @Inject
    @ConfigProperty(name = "mizan.inspector.workers", defaultValue = "2")
    int workers;
    @Inject
    @ConfigProperty(name = "mizan.inspector.retry-after", defaultValue = "PT30S")
    String retryAfter;
    @Inject
    @ConfigProperty(name = "mizan.inspector.retries", defaultValue = "8")
    int retries;
    @Inject
    EvidenceSettings evidence;

    /** The worker's folder, when it is installed there (a folder with {@code classes/} and {@code lib/}). */
    public Optional<Path> installed() {
        return DataFolder.configured(dir).filter(d -> Files.isDirectory(d.resolve("classes")) && Files.isDirectory(d.resolve("lib")));
    }

    public Duration timeout() {
        return Duration.parse(timeout.strip());
    }

    /** The worker's -Xmx, as the JVM takes it (256m, 1g). */
    public String heap() {
        return heap.strip();
    }

    /** Files larger than this are stored but not inspected. */
    public long maxBytes() {
        return maxBytes;
    }

    public int maxTextChars() {
        return maxTextChars;
    }

    /** The first wait before an inspection that failed for a passing reason is tried again; each next wait doubles. */
    public Duration retryAfter() {
        return Duration.parse(retryAfter.strip());
    }

    /** How many times such an inspection is tried again before the item is marked not inspected. */
    public int retries() {
        return Math.max(0, retries);
    }

    public int workers() {
        return Math.max(1, workers);
    }

    /** Scratch space for inspections under way, beside the evidence store; emptied at start-up. */
    public Path workRoot() {
        return evidence.root().resolve("inspection");
    }
}
