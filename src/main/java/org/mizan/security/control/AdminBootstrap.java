package org.mizan.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mizan.security.entity.Actor;
import org.mizan.security.entity.Role;

import java.security.SecureRandom;
import java.util.EnumSet;
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
        administration.create(ADMIN_USERNAME, "Administrator", password, EnumSet.of(Role.ADMIN), Actor.SYSTEM);
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
