package org.mizan.reports.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mizan.platform.control.DataFolder;
import org.mizan.platform.control.StartupFailure;

import java.io.IOException;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The organisation's signing key, read (or made, the first time) when Mizan starts, so that a missing or broken key file
 * stops start-up with a message instead of failing the first package. The organisation's name ({@code MIZAN_ORGANISATION})
 * is what packages and a new certificate name.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OrganisationSigning {

    private static final Logger LOG = Logger.getLogger(OrganisationSigning.class.getName());
    static final String DEFAULT_ORGANISATION = "Mizan";

    private OrganisationKey key;
    private String organisation;

    @PostConstruct
    void open() {
        Config config = ConfigProvider.getConfig();
        organisation = config.getOptionalValue("mizan.organisation", String.class).filter(name -> !name.isBlank())
                .map(String::strip).orElse(DEFAULT_ORGANISATION);
        try {
            key = OrganisationKeySource.resolve(config.getOptionalValue("mizan.signing.key.file", String.class).orElse(null),
                    DataFolder.of(config.getOptionalValue("mizan.home", String.class)), organisation, Instant.now());
            LOG.info(() -> "Evidence packages are signed with the " + key);
        } catch (OrganisationKeySource.Unusable | IOException e) {
            LOG.severe(() -> "MIZAN START-UP STOPPED: " + e.getMessage());
            StartupFailure.stopServer(StartupFailure.EXIT_CONFIGURATION);
            throw new IllegalStateException("The signing key cannot be used");
        }
    }

    public OrganisationKey key() {
        return key;
    }

    public String organisation() {
        return organisation;
    }
}
