package org.mizan.launcher;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/** The passphrase of an exported key file: {@code MIZAN_BACKUP_PASSPHRASE} for scripts, else typed at the console unechoed. */
final class Passphrase {

    static final String SETTING = "MIZAN_BACKUP_PASSPHRASE";

    private Passphrase() {
    }

    static char[] read(Map<String, String> env, boolean confirm) throws IOException {
        String given = env.get(SETTING);
        if (given != null && !given.isEmpty()) {
            return given.toCharArray();
        }
        java.io.Console console = System.console();
        if (console == null) {
            throw new IOException("No passphrase: set " + SETTING + " or run the command at a terminal.");
        }
        char[] typed = console.readPassword("[mizan] Passphrase of the key file: ");
        if (confirm) {
            char[] again = console.readPassword("[mizan] The same passphrase again: ");
            boolean same = Arrays.equals(typed, again);
            Arrays.fill(again, ' ');
            if (!same) {
                throw new IOException("The two passphrases differ; nothing was written.");
            }
        }
        return typed;
    }
}
