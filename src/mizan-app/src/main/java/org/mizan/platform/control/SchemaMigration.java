package org.mizan.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the database schema up to date before anything else touches it. A migration that fails
 * stops the server: running on a half-migrated schema risks the data.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    /** Connection attempts, about one a second, before start-up stops. */
    private static final int CONNECT_ATTEMPTS = 60;

    @Resource(lookup = MizanDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile boolean complete;

    @PostConstruct
    void migrate() {
        try {
            Flyway flyway = flyway();
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            LOG.info(() -> "Database schema is at version " + (current == null ? "none" : current.getVersion()));
            ColumnLimits.readFrom(dataSource);
            complete = true;
        } catch (FlywayException e) {
            LOG.log(Level.SEVERE, "MIZAN START-UP STOPPED: the database migration failed. Nothing was started. "
                    + "Fix the migration or the database, then start again. Cause: {0}", e.getMessage());
            StartupFailure.stopServer(StartupFailure.EXIT_CONFIGURATION);
            throw new IllegalStateException("Database migration failed", e);
        }
    }

    /**
     * True once every migration in {@code schema/} is applied: migrate() validates the history before it applies what is
     * pending, and fails otherwise. Health probes ask this often; re-reading the history each time (a class-path scan and
     * several queries per probe) held connections and CPU while the server was starting.
     */
    public boolean isComplete() {
        return complete;
    }

    private Flyway flyway() {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                // EclipseLink waited for the database while Payara deployed Mizan (DatabaseWait); a connection that
                // still fails, as the pool's 2 s can on a loaded machine, is tried again rather than stop the start.
                .connectRetries(CONNECT_ATTEMPTS)
                .connectRetriesInterval(1)
                .load();
    }
}
