package org.mizan.launcher;

import org.mizan.audit.control.AuditKey;
import org.mizan.audit.control.AuditKeySource;
import org.mizan.audit.control.ChainVerification;
import org.mizan.audit.control.CheckpointLog;
import org.mizan.audit.control.Checkpoint;
import org.mizan.audit.control.StoredTrail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The auditor's check of a trail without a running Mizan ({@code mvn -Pverify-audit}): every seal
 * recomputed under the audit key, and the trail compared with the checkpoints kept outside the
 * database — the log in {@code MIZAN_HOME}, and any further copies given as arguments (say, the one
 * shipped off the machine). Reads only. Exit code 0 when the trail holds, 1 when it does not, 2 when it
 * could not be checked.
 */
public final class VerifyAuditTrail {

    private VerifyAuditTrail() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path home = MizanHome.of(env);
        AuditKey key;
        try {
            key = AuditKeySource.existing(env.get(AuditKeySource.KEY_SETTING), env.get(AuditKeySource.FILE_SETTING), home);
        } catch (AuditKeySource.Missing missing) {
            Console.stop("AUDIT CHECK", missing.getMessage());
            return;
        }
        List<Path> logs = new ArrayList<>();
        logs.add(Path.of(env.getOrDefault("MIZAN_AUDIT_CHECKPOINT_FILE", home.resolve("audit-checkpoints.log").toString())));
        for (String copy : args) {
            logs.add(Path.of(copy));
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (Path log : logs) {
            if (Files.exists(log)) {
                checkpoints.addAll(new CheckpointLog(log, null, key).read());
            } else {
                Console.say("No checkpoint log at " + log + ": removed newest entries cannot be seen without one.");
            }
        }
        ChainVerification result = verify(env, home, key, checkpoints);
        if (result.valid()) {
            Console.say("The audit trail holds: " + result.entries() + " entries checked under " + key + ", the latest checkpoint (entry "
                    + result.latestCheckpoint() + ") matches.");
            return;
        }
        System.err.println("[mizan] AUDIT TRAIL BROKEN at entry " + result.firstBrokenEntry() + ": " + result.broken() + " ("
                + result.entries() + " entries checked, latest checkpoint entry " + result.latestCheckpoint() + ").");
        System.exit(1);
    }

    private static ChainVerification verify(Map<String, String> env, Path home, AuditKey key, List<Checkpoint> checkpoints)
            throws Exception {
        try (ConfiguredDatabase database = ConfiguredDatabase.open(env, home)) {
            try (Connection connection = database.location().connect()) {
                connection.setReadOnly(true);
                ChainVerification verification = StoredTrail.verify(connection, key, checkpoints);
                long pending = StoredTrail.pending(connection);
                if (pending > 0) {
                    Console.say(pending + " audited events are committed but not chained yet (Mizan chains them when it next "
                            + "starts): they are not sealed, so this check cannot vouch for them.");
                }
                return verification;
            }
        }
    }
}
