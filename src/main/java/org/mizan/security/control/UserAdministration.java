package org.mizan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.security.entity.Actor;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Creating users, giving and taking roles, disabling accounts and setting passwords — all audited. */
@ApplicationScoped
public class UserAdministration {

    public static final String ACTION_CREATE = "USER_CREATE";
    public static final String ACTION_UPDATE = "USER_UPDATE";
    public static final String ACTION_RESET_PASSWORD = "USER_RESET_PASSWORD";
    public static final String ACTION_CHANGE_PASSWORD = "USER_CHANGE_PASSWORD";

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,63}$");
    private static final int DISPLAY_NAME_MAX = 200;

    /** The changeable parts of a user; {@code expectedVersion} null skips the stale-edit check. */
    public record UserChanges(String displayName, Set<Role> roles, Boolean enabled, Long expectedVersion) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    UserDirectory directory;
    @Inject
    PasswordHasher hasher;
    @Inject
    TokenService tokens;
    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public AppUser create(String rawUsername, String displayName, String password, Set<Role> roles, Actor actor) {
        String username = UserDirectory.normalise(rawUsername);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new InvalidInput.FieldError("username", "user.username.invalid"));
        }
        checkDisplayName(displayName, errors);
        if (roles == null || roles.isEmpty()) {
            errors.add(new InvalidInput.FieldError("roles", "user.roles.required"));
        }
        try {
            PasswordPolicy.check("password", password, username);
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (directory.find(username).isPresent()) {
            throw new Conflict("user.username.taken", username);
        }
        AppUser user = new AppUser(username, displayName.strip(), hasher.hash(password.toCharArray()), roles, clock.instant());
        em.persist(user);
        audit.record(event(actor, ACTION_CREATE, username, "roles=" + names(roles)));
        return user;
    }

    @Transactional
    public AppUser update(String username, UserChanges changes, Actor actor) {
        AppUser user = directory.find(username).orElseThrow(() -> new NotFound("user " + username));
        if (changes.expectedVersion() != null && changes.expectedVersion() != user.getVersion()) {
            throw new Conflict("conflict.stale");
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (changes.displayName() != null) {
            checkDisplayName(changes.displayName(), errors);
        }
        if (changes.roles() != null && changes.roles().isEmpty()) {
            errors.add(new InvalidInput.FieldError("roles", "user.roles.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        boolean staysAdmin = (changes.roles() == null ? user.hasRole(Role.ADMIN) : changes.roles().contains(Role.ADMIN))
                && (changes.enabled() == null ? user.isEnabled() : changes.enabled());
        if (user.hasRole(Role.ADMIN) && user.isEnabled() && !staysAdmin && otherEnabledAdmins(user) == 0) {
            throw new Conflict("user.lastAdmin");
        }
        List<String> changed = new ArrayList<>();
        if (changes.displayName() != null && !changes.displayName().strip().equals(user.getDisplayName())) {
            user.setDisplayName(changes.displayName().strip());
            changed.add("displayName");
        }
        if (changes.roles() != null && !changes.roles().equals(user.getRoles())) {
            changed.add("roles " + names(user.getRoles()) + " -> " + names(changes.roles()));
            user.setRoles(changes.roles());
        }
        if (changes.enabled() != null && changes.enabled() != user.isEnabled()) {
            user.setEnabled(changes.enabled());
            changed.add(changes.enabled() ? "enabled" : "disabled");
            if (!changes.enabled()) {
                tokens.revokeAll(user, actor.username(), actor.clientAddress());
            }
        }
        if (!changed.isEmpty()) {
            em.flush();
            audit.record(event(actor, ACTION_UPDATE, user.getUsername(), String.join("; ", changed)));
        }
        return user;
    }

    /** An administrator sets a new password; the user's API tokens stop working. */
    @Transactional
    public void resetPassword(String username, String newPassword, Actor actor) {
        AppUser user = directory.find(username).orElseThrow(() -> new NotFound("user " + username));
        PasswordPolicy.check("password", newPassword, user.getUsername());
        user.changePassword(hasher.hash(newPassword.toCharArray()), clock.instant());
        tokens.revokeAll(user, actor.username(), actor.clientAddress());
        audit.record(event(actor, ACTION_RESET_PASSWORD, user.getUsername(), null));
    }

    /** A user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, Actor actor) {
        AppUser user = directory.findEnabled(actor.username()).orElseThrow(() -> new NotFound("user " + actor.username()));
        if (currentPassword == null || !hasher.verify(currentPassword.toCharArray(), user.getPasswordHash())) {
            audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_CHANGE_PASSWORD,
                    user.getUsername(), Outcome.FAILURE, "current password wrong"));
            throw new InvalidInput("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.check("newPassword", newPassword, user.getUsername());
        user.changePassword(hasher.hash(newPassword.toCharArray()), clock.instant());
        audit.record(event(actor, ACTION_CHANGE_PASSWORD, user.getUsername(), null));
    }

    private long otherEnabledAdmins(AppUser user) {
        return directory.all().stream()
                .filter(u -> !u.getId().equals(user.getId()) && u.isEnabled() && u.hasRole(Role.ADMIN))
                .count();
    }

    private static void checkDisplayName(String displayName, List<InvalidInput.FieldError> errors) {
        if (displayName == null || displayName.isBlank()) {
            errors.add(new InvalidInput.FieldError("displayName", "user.displayName.required"));
        } else if (displayName.strip().length() > DISPLAY_NAME_MAX) {
            errors.add(new InvalidInput.FieldError("displayName", "user.displayName.tooLong", DISPLAY_NAME_MAX));
        }
    }

    private static String names(Set<Role> roles) {
        return roles == null ? "" : EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static AuditEvent event(Actor actor, String action, String target, String details) {
        return new AuditEvent(actor.username(), actor.clientAddress(), action, "user:" + target, Outcome.SUCCESS, details);
    }
}
