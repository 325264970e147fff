package org.mizan.security.boundary;

import org.mizan.platform.control.InvalidInput;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The wire forms of users for {@code /api/users} and {@code /api/me}. */
public final class UserJson {

    private UserJson() {
    }

    /** A user as the API shows it: never the password hash. */
    public record View(String username, String displayName, List<String> roles, boolean enabled,
                       Instant createdAt, Instant passwordChangedAt, long version) {
        static View of(AppUser user) {
            return new View(user.getUsername(), user.getDisplayName(),
                    user.getRoles().stream().map(Role::name).sorted().toList(), user.isEnabled(),
                    user.getCreatedAt(), user.getPasswordChangedAt(), user.getVersion());
        }
    }

    public record NewUser(String username, String displayName, String password, List<String> roles) {
    }

    /** Fields left out (null) stay as they are. */
    public record Changes(String displayName, List<String> roles, Boolean enabled, Long version) {
    }

    public record NewPassword(String password) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }


    /** Role names to roles; an unknown name is a field error, not a parse failure. */
    static Set<Role> roles(List<String> names) {
        if (names == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(String.valueOf(name).strip().toUpperCase()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("roles", "user.roles.unknown", name);
            }
        }
        return roles;
    }
}
