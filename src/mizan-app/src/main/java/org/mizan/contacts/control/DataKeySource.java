package org.mizan.contacts.control;

import org.mizan.platform.control.SecretKeyFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the data key comes from — never from the database: the key itself ({@code MIZAN_DATA_KEY},
 * base64) or a file holding it ({@code MIZAN_DATA_KEY_FILE}). Messages name the setting, never the key.
 */
public final class DataKeySource {

    public static final String KEY_SETTING = "MIZAN_DATA_KEY";
    public static final String FILE_SETTING = "MIZAN_DATA_KEY_FILE";
    /** The key file the run command keeps in the data folder when it starts the embedded database. */
    public static final String HOME_KEY_FILE = "data.key";

    private DataKeySource() {
    }

    /** The configured key; {@link Missing} when neither setting is given or the one given is unusable. */
    public static DataKey resolve(String key, String file) {
        try {
            return SecretKeyFile.configured(KEY_SETTING, key, FILE_SETTING, file).map(DataKey::of)
                    .orElseThrow(() -> new Missing("No data-encryption key is configured. Set " + KEY_SETTING
                            + " (32 random bytes in base64) or " + FILE_SETTING
                            + " (a file holding it); the run command (mvn -Prun) creates one in the data folder."));
        } catch (SecretKeyFile.Unusable unusable) {
            throw new Missing(unusable.getMessage());
        }
    }

    /** The key in {@code file}, creating it (owner-only) the first time; for the embedded set-up. */
    public static DataKey fileCreatedOnce(Path file) throws IOException {
        if (Files.exists(file)) {
            return DataKey.read(file);
        }
        DataKey key = DataKey.generate();
        key.writeNew(file);
        return key;
    }

    /** The data key is missing or unusable; the message says which setting and why. */
    public static final class Missing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Missing(String message) {
            super(message);
        }
    }
}
