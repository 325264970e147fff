package org.mizan.contacts.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mizan.platform.control.MizanDataSource;
import org.mizan.platform.control.StartupFailure;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The data-encryption key of this server, checked at start-up: without a usable key, or with a
 * key that does not open what the database already holds, Mizan stops and says exactly that —
 * serving contacts it cannot read, or writing new ones under a second key, would be worse.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class DataKeys {

    private static final Logger LOG = Logger.getLogger(DataKeys.class.getName());

    @Resource(lookup = MizanDataSource.JNDI_NAME)
    DataSource dataSource;

    private FieldCipher cipher;

    @PostConstruct
    void check() {
        Config config = ConfigProvider.getConfig();
        try {
            cipher = new FieldCipher(DataKeySource.resolve(setting(config, "mizan.data-key"), setting(config, "mizan.data-key.file")));
            try (Connection connection = dataSource.getConnection()) {
                Optional<String> refusal = StoredKeys.refusal(StoredKeys.oneValuePerKey(connection), cipher);
                if (refusal.isPresent()) {
                    stop(refusal.get());
                }
            }
            LOG.info(() -> "Contact data is encrypted under data key " + cipher.current().id());
        } catch (DataKeySource.Missing missing) {
            stop(missing.getMessage());
        } catch (SQLException e) {
            stop("The encrypted data could not be checked against the data key: " + e.getMessage());
        }
    }

    public FieldCipher cipher() {
        return cipher;
    }

    private static String setting(Config config, String name) {
        return config.getOptionalValue(name, String.class).orElse(null);
    }

    private static void stop(String why) {
        LOG.severe(() -> "MIZAN START-UP STOPPED: " + why);
        StartupFailure.stopServer(StartupFailure.EXIT_CONFIGURATION);
        throw new IllegalStateException("No usable data-encryption key");
    }
}
