package org.mizan.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mizan.platform.control.DataFolder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The evidence vault's configuration (MicroProfile Config; environment variables override). */
@ApplicationScoped
public class EvidenceSettings {

    @Inject
    @ConfigProperty(name = "mizan.evidence.dir")
    Optional<String> dir;
    @Inject
    @ConfigProperty(name = "mizan.home")
    Optional<String> home;
    @Inject
    @ConfigProperty(name = "mizan.evidence.max-bytes", defaultValue = "4294967296")
    long maxBytes;
    @Inject
    @ConfigProperty(name = "mizan.evidence.rehash-interval", defaultValue = "P1D")
    String rehashInterval;
    @Inject
    @ConfigProperty(name = "mizan.evidence.sweep-grace", defaultValue = "PT1H")
    String sweepGrace;

    /** {@code mizan.evidence.dir}, else {@code evidence} in {@code MIZAN_HOME} (default {@code ~/.mizan}). */
    public Path root() {
        return DataFolder.configured(dir).orElseGet(() -> DataFolder.of(home).resolve("evidence"));
    }

    /** The largest file accepted, 4 GiB unless configured. */
    public long maxBytes() {
        return maxBytes;
    }

    /** How often every item is re-hashed; empty when the schedule is off ({@code off}). */
    public Optional<Duration> rehashInterval() {
        return "off".equalsIgnoreCase(rehashInterval.strip()) ? Optional.empty() : Optional.of(Duration.parse(rehashInterval.strip()));
    }

    /** How old an unreferenced file must be before the sweep deletes it: older than any upload still being committed. */
    public Duration sweepGrace() {
        return Duration.parse(sweepGrace.strip());
    }
}
