package org.mizan.launcher;

import org.mizan.audit.control.AuditKey;
import org.mizan.audit.control.AuditKeySource;
import org.mizan.contacts.control.DataKey;
import org.mizan.contacts.control.DataKeySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The keys a restore or a verification checks the data with: those of the key file the backup command exported
 * ({@code -DkeyFile}, with its passphrase), else the settings the server reads ({@code MIZAN_DATA_KEY[_FILE]},
 * {@code MIZAN_AUDIT_KEY[_FILE]}), else the files the run command keeps in {@code home}.
 */
final class RestoreKeys {

    static final String IDENTITY_PROPERTY = "backup.identity";

    private RestoreKeys() {
    }

    static ExportedKeys.Keys resolve(Map<String, String> env, Path home, String keyFile) throws IOException {
        if (keyFile != null && !keyFile.isBlank()) {
            return ExportedKeys.read(Path.of(keyFile), Passphrase.read(env, false));
        }
        return configured(env, home);
    }

    /** The OpenPGP private key of {@code -Dbackup.identity}, unlocked; null when none is given. */
    static OpenPgpIdentity identity(Map<String, String> env) throws IOException {
        String file = System.getProperty(IDENTITY_PROPERTY);
        return isBlank(file) ? null : OpenPgpIdentity.read(Path.of(file), () -> Passphrase.ofPrivateKey(env));
    }

    /** The keys the server would use in {@code home}; the audit key is null when there is none. */
    static ExportedKeys.Keys configured(Map<String, String> env, Path home) throws IOException {
        DataKey data;
        Path homeKey = home.resolve(DataKeySource.HOME_KEY_FILE);
        if (isBlank(env.get(DataKeySource.KEY_SETTING)) && isBlank(env.get(DataKeySource.FILE_SETTING)) && Files.isRegularFile(homeKey)) {
            data = DataKey.read(homeKey);
        } else {
            data = DataKeySource.resolve(env.get(DataKeySource.KEY_SETTING), env.get(DataKeySource.FILE_SETTING));
        }
        AuditKey audit;
        try {
            audit = AuditKeySource.existing(env.get(AuditKeySource.KEY_SETTING), env.get(AuditKeySource.FILE_SETTING), home);
        } catch (AuditKeySource.Missing none) {
            audit = null;
        }
        return new ExportedKeys.Keys(data, audit);
    }

    /** Puts the keys where the run command looks for them, owner-only, so Mizan starts on the restored folder. */
    static void install(ExportedKeys.Keys keys, Path home) throws IOException {
        Files.createDirectories(home);
        keys.data().writeNew(home.resolve(DataKeySource.HOME_KEY_FILE));
        if (keys.audit() != null) {
            keys.audit().writeNew(home.resolve(AuditKeySource.HOME_KEY_FILE));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
