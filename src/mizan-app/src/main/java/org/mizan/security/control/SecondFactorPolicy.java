package org.mizan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who must use a second factor: everyone holding one of the configured roles
 * ({@code mizan.security.2fa.required-roles}, env {@code MIZAN_SECURITY_2FA_REQUIRED_ROLES}: a comma-separated
 * list, or {@code none}). By default the roles that reach people's data; advocates are offered it.
 */
@ApplicationScoped
public class SecondFactorPolicy {

    public static final String DEFAULT_ROLES = "ADMIN,INVESTIGATOR,LAWYER";
    /** An empty setting would fall back to the default in MicroProfile Config, so "nobody" has a name. */
    public static final String NOBODY = "none";

    private Set<Role> requiredRoles;

    protected SecondFactorPolicy() {
    }

    @Inject
    public SecondFactorPolicy(@ConfigProperty(name = "mizan.security.2fa.required-roles", defaultValue = DEFAULT_ROLES)
                              String requiredRoles) {
        this.requiredRoles = parse(requiredRoles);
    }

    public boolean requires(AppUser user) {
        return user.getRoles().stream().anyMatch(requiredRoles::contains);
    }

    public Set<Role> requiredRoles() {
        return EnumSet.copyOf(requiredRoles.isEmpty() ? EnumSet.noneOf(Role.class) : requiredRoles);
    }

    /** The roles named in the setting; a misspelt role stops the server rather than silently requiring less. */
    static Set<Role> parse(String setting) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (setting == null || setting.isBlank() || NOBODY.equalsIgnoreCase(setting.strip())) {
            return roles;
        }
        Arrays.stream(setting.split(",")).map(String::strip).filter(name -> !name.isEmpty()).forEach(name -> {
            try {
                roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("mizan.security.2fa.required-roles names " + name
                        + ", which is not a role (ADMIN, INVESTIGATOR, LAWYER, ADVOCATE) nor '" + NOBODY + "'", e);
            }
        });
        return roles;
    }
}
