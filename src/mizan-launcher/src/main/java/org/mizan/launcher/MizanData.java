package org.mizan.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything of an installation that a backup holds: its database, its evidence folder (the content-addressed store)
 * and its audit checkpoint log. The keys are not in it: see {@link ExportedKeys}.
 */
public record MizanData(DatabaseLocation database, Path evidence, Path checkpointLog) {

    static final String CHECKPOINT_LOG = "audit-checkpoints.log";

    /** The folders as the server lays them out in {@code home}, unless the settings the server reads name others. */
    static MizanData of(DatabaseLocation database, Path home, Map<String, String> env) {
        return new MizanData(database, Path.of(env.getOrDefault("MIZAN_EVIDENCE_DIR", home.resolve("evidence").toString())),
                Path.of(env.getOrDefault("MIZAN_AUDIT_CHECKPOINT_FILE", home.resolve(CHECKPOINT_LOG).toString())));
    }

    /** The default layout in {@code home}. */
    public static MizanData in(DatabaseLocation database, Path home) {
        return of(database, home, Map.of());
    }

    Path objects() {
        return evidence.resolve("objects");
    }
}
