package org.mizan.platform.control;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Mizan keeps its files: {@code mizan.home} (environment {@code MIZAN_HOME}) when set, else {@code ~/.mizan} —
 * never the system's temporary folder, since what is kept holds names and evidence.
 */
public final class DataFolder {

    private DataFolder() {
    }

    /** The data folder, from the {@code mizan.home} setting as injected. */
    public static Path of(Optional<String> home) {
        return configured(home).orElse(Path.of(System.getProperty("user.home"), ".mizan"));
    }

    /** A folder setting, when it is set: a blank value counts as not set. */
    public static Optional<Path> configured(Optional<String> setting) {
        return setting.filter(value -> !value.isBlank()).map(Path::of);
    }
}
