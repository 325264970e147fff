package org.mizan.audit.control;

import org.mizan.platform.control.SecretKeyFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the audit key comes from — never from the database: the key itself ({@code MIZAN_AUDIT_KEY},
 * base64), a file holding it ({@code MIZAN_AUDIT_KEY_FILE}), or else {@code audit.key} in
 * {@code MIZAN_HOME}, beside the data key, created once (owner-only) while no entry is sealed yet.
 */
public final class AuditKeySource {

    public static final String KEY_SETTING = "MIZAN_AUDIT_KEY";
    public static final String FILE_SETTING = "MIZAN_AUDIT_KEY_FILE";
    public static final String HOME_KEY_FILE = "audit.key";

    private AuditKeySource() {
    }

    /**
     * The configured key, else the one in {@code home}; {@code sealedUnder} is the key id of the newest entry
     * (null when none is keyed), so that a lost key file is reported instead of silently replaced.
     */
    public static AuditKey resolve(String key, String file, Path home, String sealedUnder) throws IOException {
        try {
            return existing(key, file, home);
        } catch (Missing missing) {
            if (sealedUnder != null || configured(key) || configured(file)) {
                throw missing;
            }
        }
        AuditKey fresh = AuditKey.generate();
        fresh.writeNew(home.resolve(HOME_KEY_FILE));
        return fresh;
    }

    /** The key that is there, never a new one: for checking a trail, where a fresh key could only fail. */
    public static AuditKey existing(String key, String file, Path home) throws IOException {
        try {
            var configured = SecretKeyFile.configured(KEY_SETTING, key, FILE_SETTING, file);
            if (configured.isPresent()) {
                return AuditKey.of(configured.get());
            }
        } catch (SecretKeyFile.Unusable unusable) {
            throw new Missing(unusable.getMessage());
        }
        Path homeFile = home.resolve(HOME_KEY_FILE);
        if (!Files.exists(homeFile)) {
            throw new Missing("There is no audit key: " + homeFile + " does not exist and neither " + KEY_SETTING + " nor "
                    + FILE_SETTING + " is set. Restore the key file from the backup of the data folder.");
        }
        try {
            return AuditKey.read(homeFile);
        } catch (IllegalArgumentException e) {
            throw new Missing("The audit key file " + homeFile + " does not hold a usable key: it is " + e.getMessage() + ".");
        }
    }

    private static boolean configured(String setting) {
        return setting != null && !setting.isBlank();
    }

    /** No usable audit key; the message says which setting or file and why, never the key. */
    public static final class Missing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Missing(String message) {
            super(message);
        }
    }
}
