package org.mizan.launcher;

import org.mizan.contacts.control.DataKey;
import org.mizan.contacts.control.DataKeySource;
import org.mizan.contacts.control.FieldCipher;
import org.mizan.contacts.control.StoredKeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * The key-rotation command ({@code mvn -Protate-data-key}), run while Mizan is stopped: re-encrypts
 * every contact value under a new data key, in one transaction, against the same database the run
 * command uses (the embedded one, or {@code MIZAN_DB_URL}).
 *
 * <p>With a key file (the embedded default {@code $MIZAN_HOME/data.key}, or {@code MIZAN_DATA_KEY_FILE})
 * the new key is written first to {@code data.key.next}, the data re-encrypted, then the old key kept
 * as {@code data.key.retired-<id>} (backups made before the rotation need it) and the new one moved
 * into place; an interrupted run is finished by running the command again. With {@code MIZAN_DATA_KEY},
 * the new key comes from {@code MIZAN_NEW_DATA_KEY} and the operator swaps the two afterwards.
 */
public final class RotateDataKey {

    static final String NEW_KEY_SETTING = "MIZAN_NEW_DATA_KEY";

    private RotateDataKey() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path home = MizanHome.of(env);
        String inlineKey = env.get(DataKeySource.KEY_SETTING);
        try {
            if (inlineKey != null && !inlineKey.isBlank()) {
                DataKey current = DataKeySource.resolve(inlineKey, null);
                String next = env.get(NEW_KEY_SETTING);
                if (next == null || next.isBlank()) {
                    Console.stop("KEY ROTATION", NEW_KEY_SETTING + " must hold the new key (e.g. the output of `openssl rand -base64 32`) when the current "
                            + "one comes from " + DataKeySource.KEY_SETTING + ".");
                }
                DataKey fresh = DataKeySource.resolve(next, null);
                rotate(env, home, current, fresh);
                Console.say("Done. Start Mizan with " + DataKeySource.KEY_SETTING + " set to the new key (" + fresh.id() + "); keep the old key ("
                        + current.id() + ") as long as backups made before today exist.");
                return;
            }
            String configuredFile = env.get(DataKeySource.FILE_SETTING);
            Path keyFile = configuredFile == null || configuredFile.isBlank() ? home.resolve(DataKeySource.HOME_KEY_FILE)
                    : Path.of(configuredFile);
            rotateFile(env, home, keyFile);
        } catch (DataKeySource.Missing missing) {
            Console.stop("KEY ROTATION", missing.getMessage());
        }
    }

    public static void rotateFile(Map<String, String> env, Path home, Path keyFile) throws Exception {
        if (!Files.isRegularFile(keyFile)) {
            Console.stop("KEY ROTATION", "There is no key file at " + keyFile + ": nothing was ever encrypted with it, or " + DataKeySource.FILE_SETTING
                    + " / MIZAN_HOME point elsewhere.");
        }
        DataKey current = DataKey.read(keyFile);
        Path nextFile = keyFile.resolveSibling(keyFile.getFileName() + ".next");
        DataKey fresh = DataKeySource.fileCreatedOnce(nextFile); // the same new key again after an interrupted run
        rotate(env, home, current, fresh);
        Files.move(keyFile, keyFile.resolveSibling(keyFile.getFileName() + ".retired-" + current.id()),
                StandardCopyOption.ATOMIC_MOVE);
        Files.move(nextFile, keyFile, StandardCopyOption.ATOMIC_MOVE);
        Console.say("Done. " + keyFile + " now holds the new key (" + fresh.id() + "); the old one is kept as " + keyFile.getFileName()
                + ".retired-" + current.id() + " for backups made before today — delete it once they are gone.");
    }

    private static void rotate(Map<String, String> env, Path home, DataKey current, DataKey fresh) throws Exception {
        try (ConfiguredDatabase database = ConfiguredDatabase.open(env, home)) {
            DatabaseLocation location = database.location();
            Migrations.migrate(location.url(), location.user(), location.password());
            try (Connection connection = location.connect()) {
                FieldCipher both = new FieldCipher(fresh, List.of(current));
                StoredKeys.Rotation done = StoredKeys.reencrypt(connection, both);
                Console.say("Re-encrypted " + done.values() + " values in " + done.rows() + " rows under data key " + fresh.id());
                var refusal = StoredKeys.refusal(StoredKeys.oneValuePerKey(connection), new FieldCipher(fresh));
                if (refusal.isPresent()) {
                    Console.stop("KEY ROTATION", "After re-encryption the data still does not open under the new key alone: " + refusal.get());
                }
            }
        }
    }
}
