package org.mizan.launcher;

import org.mizan.audit.control.AuditKeySource;
import org.mizan.contacts.control.DataKeySource;
import org.mizan.platform.entity.LastBackup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The backup command: {@code ./mvnw -Pbackup -Dto=<folder>} writes a backup (see {@link BackupCommand});
 * {@code -DexportKey=<file>} also writes the keys, encrypted under a passphrase, to a file of their own;
 * {@code -Dverify=true} then proves the new backup restorable, and {@code -Dverify=<backup folder>} proves an existing
 * one (see {@link VerifyCommand}; {@code -Dscratch=<folder>} says where its scratch copy goes). Exit code 0 when everything checked, 1 when a check failed, 2 when it could not run.
 * {@code -Dbackup.recipient=<OpenPGP public key file>} (or {@code MIZAN_BACKUP_RECIPIENT}) encrypts the backup to the
 * organisation's key (see {@link Sealing}); verifying an encrypted backup takes {@code -Dbackup.identity=<private key file>}.
 * A backup's result, good or bad, goes to {@code MIZAN_HOME/backups/last-backup.json} for the server to show (see
 * {@link LastBackupFile}); checking an older backup does not change it.
 */
public final class Backup {

    private Backup() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path home = MizanHome.of(env);
        String to = System.getProperty("to");
        String verify = System.getProperty("verify", "");
        String exportKey = System.getProperty("exportKey");
        try {
            if (!isBlank(verify) && !"true".equals(verify)) {
                if (!isBlank(to)) {
                    Console.stop("BACKUP", "-Dverify=<backup folder> checks a backup made before; to check the one -Dto makes, say -Dverify=true.");
                }
                System.exit(verify(env, home, Path.of(verify)) ? 0 : 1);
            }
            if (isBlank(to)) {
                Console.stop("BACKUP", "Say where: ./mvnw -Pbackup -Dto=<folder> (or -Dverify=<backup folder> to check one).");
            }
            String recipient = BackupSettings.setting(System::getProperty, env, "recipient");
            if (recipient != null && "true".equals(verify) && isBlank(System.getProperty(RestoreKeys.IDENTITY_PROPERTY))) {
                Console.stop("BACKUP", "-Dverify=true on an encrypted backup needs the organisation's private key "
                        + "(-Dbackup.identity=<file>), which belongs off the server: verify the backup where that key is, with "
                        + "-Dverify=<backup folder> -Dbackup.identity=<file>.");
            }
            Sealing sealing = recipient == null ? null : Sealing.of(Path.of(recipient), home);
            Instant started = Instant.now();
            BackupCommand.Report report;
            try (ConfiguredDatabase database = ConfiguredDatabase.open(env, home)) {
                report = BackupCommand.run(MizanData.of(database.location(), home, env), Path.of(to), env.get(PostgresTools.BIN_SETTING),
                        sealing);
            } catch (java.io.IOException | java.sql.SQLException | RuntimeException e) {
                LastBackupFile.record(home, LastBackupFile.couldNotRun(started, Instant.now(), LastBackup.Origin.COMMAND));
                throw e;
            }
            report.lines().forEach(Console::say);
            if (sealing != null) {
                Console.say("Encrypted to " + sealing.recipient() + ": only its private key opens it; that key belongs with the "
                        + "organisation, never on this server.");
            }
            boolean verifying = "true".equals(verify);
            // Failed until it proves otherwise: a verification that could not run proved nothing.
            Boolean verified = verifying ? Boolean.FALSE : null;
            try {
                if (verifying) {
                    verified = verify(env, home, report.folder());
                }
            } finally {
                LastBackupFile.record(home, LastBackupFile.of(started, Instant.now(), report, verified, LastBackup.Origin.COMMAND));
            }
            remindOfKeys(env, home);
            if (!isBlank(exportKey)) {
                ExportedKeys.write(Path.of(exportKey), RestoreKeys.configured(env, home), Passphrase.read(env, true));
                Console.say("The keys were written to " + exportKey + ", encrypted under the passphrase. Keep that file and the "
                        + "passphrase apart from the backups, and from each other.");
            }
            System.exit(report.ok() && !Boolean.FALSE.equals(verified) ? 0 : 1);
        } catch (DataKeySource.Missing | java.io.IOException | java.sql.SQLException e) {
            Console.stop("BACKUP", e.getMessage());
        }
    }

    /** Restores {@code backup} into a scratch database and folder with every check; says how it went on the console. */
    static boolean verify(Map<String, String> env, Path home, Path backup) throws Exception {
        Console.say("Verifying " + backup + " by restoring it into a scratch database and folder…");
        ExportedKeys.Keys keys = RestoreKeys.resolve(env, home, System.getProperty("keyFile"));
        OpenPgpIdentity identity = RestoreKeys.identity(env);
        // The scratch copy is as large as the backup: -Dscratch puts it on a disk with room when the temporary folder is small.
        RestoreCommand.Report report = VerifyCommand.run(backup, keys, env.get(PostgresTools.BIN_SETTING),
                Path.of(System.getProperty("scratch", System.getProperty("java.io.tmpdir"))), identity);
        report.lines().forEach(Console::say);
        return report.ok();
    }

    /** The keys are never in a backup: says where they are, so that the operator keeps a copy of them elsewhere. */
    private static void remindOfKeys(Map<String, String> env, Path home) {
        Console.say("NOT in the backup, on purpose: the data key (" + where(env, DataKeySource.KEY_SETTING, DataKeySource.FILE_SETTING,
                home.resolve(DataKeySource.HOME_KEY_FILE)) + ") and the audit key (" + where(env, AuditKeySource.KEY_SETTING,
                AuditKeySource.FILE_SETTING, home.resolve(AuditKeySource.HOME_KEY_FILE)) + "). Without the data key no contact "
                + "can be read after a restore: keep a copy of both apart from the backups (-DexportKey=<file> writes them "
                + "encrypted under a passphrase).");
    }

    private static String where(Map<String, String> env, String keySetting, String fileSetting, Path homeFile) {
        if (!isBlank(env.get(keySetting))) {
            return "the setting " + keySetting;
        }
        if (!isBlank(env.get(fileSetting))) {
            return env.get(fileSetting);
        }
        return Files.exists(homeFile) ? homeFile.toString() : homeFile + ", not created yet";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
