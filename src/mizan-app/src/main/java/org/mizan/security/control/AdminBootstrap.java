package org.mizan.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Messages;
import org.mizan.platform.control.StartupFailure;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.Optional;

/**
 * On an empty database, creates the first administrator so someone can sign in. The password
 * comes from {@code MIZAN_ADMIN_PASSWORD}, or is generated and shown once on the console.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class AdminBootstrap {

    public static final String ADMIN_USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    UserDirectory directory;
    @Inject
    UserAdministration administration;
    @Inject
    @ConfigProperty(name = "mizan.admin.password")
    Optional<String> configuredPassword;

    @PostConstruct
    void createFirstAdmin() {
        if (directory.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? generatePassword() : configuredPassword.get();
        try {
            if (!administration.createFirstAdmin(ADMIN_USERNAME, "Administrator", password)) {
                LOG.info(() -> "Another node created the first administrator");
                return;
            }
        } catch (InvalidInput e) {
            LOG.severe(() -> "MIZAN START-UP STOPPED: MIZAN_ADMIN_PASSWORD is not acceptable ("
                    + Messages.in(Locale.ENGLISH).get(e.errors().get(0).messageKey(), e.errors().get(0).arguments())
                    + "). Set a better one, or unset it to have one generated.");
            StartupFailure.stopServer(StartupFailure.EXIT_CONFIGURATION);
            throw e;
        }
        if (generated) {
            // Shown once, on purpose, on the console of whoever started Mizan; it is stored nowhere else.
            System.out.println("\n==========================================================\n"
                    + " Mizan: first start. Sign in as 'admin' with the password\n"
                    + "   " + password + "\n"
                    + " It is shown only this once. Change it after signing in.\n"
                    + "==========================================================\n");
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
