package org.mizan.launcher;

import java.nio.file.Path;
import java.util.Map;

/** The data folder the commands work on: {@code MIZAN_HOME}, else {@code ~/.mizan}, as the run command uses it. */
final class MizanHome {

    private MizanHome() {
    }

    static Path of(Map<String, String> env) {
        return Path.of(env.getOrDefault("MIZAN_HOME", Path.of(System.getProperty("user.home"), ".mizan").toString()));
    }
}
