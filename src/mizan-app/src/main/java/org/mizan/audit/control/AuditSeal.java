package org.mizan.audit.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mizan.platform.control.MizanDataSource;
import org.mizan.platform.control.StartupFailure;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The audit trail's anchor outside the database: the audit key that seals every entry, the newest
 * entry this server knows was sealed (so a shortened trail is noticed, and never appended to as if
 * whole), and the checkpoint log written every {@code MIZAN_AUDIT_CHECKPOINT_EVERY} entries and at
 * shutdown. Start-up stops when the key does not fit the trail: sealing new entries under a second key
 * would leave a trail nobody can verify.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditSeal {

    private static final Logger LOG = Logger.getLogger(AuditSeal.class.getName());
    static final String CHECKPOINT_FILE = "audit-checkpoints.log";

    @Resource(lookup = MizanDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;
    private AuditKey key;
    private CheckpointLog log;
    private long every;
    private Checkpoint known;
    private long checkpointed;

    @PostConstruct
    void open() {
        Config config = ConfigProvider.getConfig();
        Path home = setting(config, "mizan.home").map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".mizan"));
        try {
            Optional<StoredTail> tail = storedTail();
            key = AuditKeySource.resolve(setting(config, "mizan.audit.key").orElse(null),
                    setting(config, "mizan.audit.key.file").orElse(null), home, tail.map(StoredTail::sealKey).orElse(null));
            if (tail.isPresent() && tail.get().sealKey() != null && !tail.get().sealKey().equals(key.id())) {
                stop("The audit trail is sealed under audit key " + tail.get().sealKey() + ", but the key configured is " + key.id()
                        + ". Start Mizan with the audit key the trail was sealed with (" + AuditKeySource.KEY_SETTING + " or "
                        + AuditKeySource.FILE_SETTING + ", or " + AuditKeySource.HOME_KEY_FILE + " in the data folder).");
            }
            every = Math.max(1, config.getOptionalValue("mizan.audit.checkpoint-every", Long.class).orElse(10L));
            log = new CheckpointLog(setting(config, "mizan.audit.checkpoint.file").map(Path::of)
                    .orElse(home.resolve(CHECKPOINT_FILE)), setting(config, "mizan.audit.checkpoint.copy").map(Path::of).orElse(null),
                    key);
            anchor(tail);
            LOG.info(() -> "The audit trail is sealed under " + key + "; checkpoints go to " + log.file());
        } catch (AuditKeySource.Missing missing) {
            stop(missing.getMessage());
        } catch (SQLException | IOException e) {
            stop("The audit trail could not be anchored: " + e.getMessage());
        }
    }

    /** The newest checkpoint becomes what this server knows; a trail that ends before it is reported at once. */
    private void anchor(Optional<StoredTail> tail) throws IOException {
        List<Checkpoint> written = log.read();
        Optional<Checkpoint> latest = written.stream().max(java.util.Comparator.comparingLong(Checkpoint::seq));
        Optional<Checkpoint> stored = tail.map(t -> new Checkpoint(t.seq(), t.hash(), clock.instant()));
        if (latest.isEmpty()) {
            // The first start with a checkpoint log (a new installation, or one that had none): the trail as it is now.
            if (stored.isPresent()) {
                log.append(stored.get(), true);
                checkpointed = stored.get().seq();
            }
            known = stored.orElse(null);
            return;
        }
        checkpointed = latest.get().seq();
        if (stored.isEmpty() || stored.get().seq() < latest.get().seq()) {
            long end = stored.map(Checkpoint::seq).orElse(0L);
            LOG.severe(() -> "AUDIT TRAIL SHORTENED: it ends at entry " + end + " but was checkpointed up to entry "
                    + latest.get().seq() + "; entries " + (end + 1) + " to " + latest.get().seq() + " were removed from the database.");
            known = latest.get();
        } else {
            known = stored.get();
        }
    }

    /** The key new entries are sealed with. */
    public AuditKey key() {
        return key;
    }

    /** The newest entry this server knows was sealed; empty before the first entry. */
    public synchronized Optional<Checkpoint> known() {
        return Optional.ofNullable(known);
    }

    /** Called once an entry is committed: it becomes the known end, and every N-th one a checkpoint. */
    public void sealed(long seq, String hash) {
        Checkpoint due = null;
        synchronized (this) {
            if (known == null || seq > known.seq()) {
                known = new Checkpoint(seq, hash, clock.instant());
                if (seq - checkpointed >= every) {
                    due = known;
                    checkpointed = seq;
                }
            }
        }
        if (due != null) {
            write(due, false);
        }
    }

    /** Every checkpoint believed: those in the log, and the newest entry this server sealed. */
    public List<Checkpoint> checkpoints() throws IOException {
        List<Checkpoint> all = new ArrayList<>(log.read());
        known().ifPresent(all::add);
        return all;
    }

    @PreDestroy
    void close() {
        Optional<Checkpoint> last = known();
        if (last.isPresent() && log != null) {
            write(new Checkpoint(last.get().seq(), last.get().hash(), clock.instant()), true);
        }
    }

    private void write(Checkpoint checkpoint, boolean durable) {
        try {
            log.append(checkpoint, durable);
        } catch (IOException e) {
            LOG.severe(() -> "Audit checkpoint " + checkpoint.seq() + " could not be written to " + log.file() + ": " + e.getMessage());
        }
    }

    private Optional<StoredTail> storedTail() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT seq, entry_hash, seal_key FROM audit_entry ORDER BY seq DESC LIMIT 1");
             ResultSet row = statement.executeQuery()) {
            return row.next() ? Optional.of(new StoredTail(row.getLong(1), row.getString(2), row.getString(3))) : Optional.empty();
        }
    }

    private record StoredTail(long seq, String hash, String sealKey) {
    }

    private static Optional<String> setting(Config config, String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).map(String::strip);
    }

    private static void stop(String why) {
        LOG.severe(() -> "MIZAN START-UP STOPPED: " + why);
        StartupFailure.stopServer(StartupFailure.EXIT_CONFIGURATION);
        throw new IllegalStateException("The audit trail cannot be sealed");
    }
}
