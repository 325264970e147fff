package org.mizan.launcher;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * The passphrase of an exported key file: {@code MIZAN_BACKUP_PASSPHRASE} for scripts, else typed at the console
 * unechoed. The private key that opens encrypted backups has its own: {@code MIZAN_BACKUP_IDENTITY_PASSPHRASE}, else
 * {@code MIZAN_BACKUP_PASSPHRASE} (one passphrase for both), else typed. Never a command-line argument: those are in
 * the process list and the shell's history.
 */
final class Passphrase {

    static final String SETTING = "MIZAN_BACKUP_PASSPHRASE";
    static final String IDENTITY_SETTING = "MIZAN_BACKUP_IDENTITY_PASSPHRASE";

    private Passphrase() {
    }

    static char[] read(Map<String, String> env, boolean confirm) throws IOException {
        String given = env.get(SETTING);
        if (given != null && !given.isEmpty()) {
            return given.toCharArray();
        }
        char[] typed = typed(SETTING, "[mizan] Passphrase of the key file: ");
        if (confirm) {
            char[] again = typed(SETTING, "[mizan] The same passphrase again: ");
            boolean same = Arrays.equals(typed, again);
            Arrays.fill(again, ' ');
            if (!same) {
                throw new IOException("The two passphrases differ; nothing was written.");
            }
        }
        return typed;
    }

    /** The passphrase of the OpenPGP private key given with {@code -Dbackup.identity}. */
    static char[] ofPrivateKey(Map<String, String> env) throws IOException {
        for (String setting : new String[] {IDENTITY_SETTING, SETTING}) {
            String given = env.get(setting);
            if (given != null && !given.isEmpty()) {
                return given.toCharArray();
            }
        }
        return typed(IDENTITY_SETTING, "[mizan] Passphrase of the private key: ");
    }

    private static char[] typed(String setting, String prompt) throws IOException {
        java.io.Console console = System.console();
        if (console == null) {
            throw new IOException("No passphrase: set " + setting + " or run the command at a terminal.");
        }
        return console.readPassword(prompt);
    }
}
