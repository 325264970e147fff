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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
    SignIns signIns;
    @Inject
    LoginThrottle throttle;
    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The first administrator, unless there is a user already. Nodes starting together on a new database take turns
     * here, so only one creates it and the others find it.
     */
    @Transactional
    public boolean createFirstAdmin(String username, String displayName, String password) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended('first-admin', 0))").getSingleResult();
        if (directory.count() > 0) {
            return false;
        }
        create(username, displayName, password, java.util.EnumSet.of(Role.ADMIN), Actor.SYSTEM);
        return true;
    }

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
            PasswordPolicy.check("password", password, username, displayName);
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

    /** Taking a role away ends the user's other sessions and tokens; {@code keep} is the one this change came through. */
    @Transactional
    public AppUser update(String username, UserChanges changes, Actor actor, SignInRef keep) {
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
        boolean roleTaken = false;
        if (changes.roles() != null && !changes.roles().equals(user.getRoles())) {
            changed.add("roles " + names(user.getRoles()) + " -> " + names(changes.roles()));
            roleTaken = !changes.roles().containsAll(user.getRoles());
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
        if (roleTaken) {
            signIns.endOthers(user, keep, actor, "role taken away");
        }
        return user;
    }

    /**
     * An administrator sets a new password; every web session and token of the user ends (but the one
     * this change came through, {@code keep}, should the administrator reset their own).
     */
    @Transactional
    public void resetPassword(String username, String newPassword, Actor actor, SignInRef keep) {
        AppUser user = directory.find(username).orElseThrow(() -> new NotFound("user " + username));
        PasswordPolicy.check("password", newPassword, user.getUsername(), user.getDisplayName());
        user.changePassword(hasher.hash(newPassword.toCharArray()), clock.instant());
        audit.record(event(actor, ACTION_RESET_PASSWORD, user.getUsername(), null));
        signIns.endOthers(user, keep, actor, "password reset");
    }

    /**
     * The signed-in user proves they know their password before a change that a stolen session or token must not make
     * alone (a new password, a new second factor): throttled and audited like signing in, 400 naming {@code field}.
     * The failure is counted and audited even though the request is refused.
     */
    @Transactional(dontRollbackOn = {InvalidInput.class, TooManyAttempts.class})
    public void requireOwnPassword(AppUser user, String password, String field, String action, Actor actor) {
        Instant now = clock.instant();
        Optional<Duration> wait = throttle.retryAfter(user.getUsername(), actor.clientAddress(), now);
        if (wait.isPresent()) {
            audit.record(new AuditEvent(actor.username(), actor.clientAddress(), action,
                    "user:" + user.getUsername(), Outcome.DENIED, "throttled; retry after " + wait.get().toSeconds() + " s"));
            throw new TooManyAttempts(wait.get());
        }
        if (password == null || !hasher.verify(password.toCharArray(), user.getPasswordHash())) {
            throttle.recordFailure(user.getUsername(), actor.clientAddress(), now);
            audit.record(new AuditEvent(actor.username(), actor.clientAddress(), action,
                    "user:" + user.getUsername(), Outcome.FAILURE, "current password wrong"));
            throw new InvalidInput(field, "password.currentWrong");
        }
    }

    /**
     * A user changes their own password, proving they know the current one — throttled like signing in,
     * or a stolen token or an unlocked screen could guess it. Every other session and token of the user
     * ends; {@code keep}, the one the change came through, goes on.
     */
    @Transactional(dontRollbackOn = {InvalidInput.class, TooManyAttempts.class})
    public void changeOwnPassword(String currentPassword, String newPassword, Actor actor, SignInRef keep) {
        AppUser user = directory.findEnabled(actor.username()).orElseThrow(() -> new NotFound("user " + actor.username()));
        Instant now = clock.instant();
        requireOwnPassword(user, currentPassword, "currentPassword", ACTION_CHANGE_PASSWORD, actor);
        PasswordPolicy.check("newPassword", newPassword, user.getUsername(), user.getDisplayName());
        user.changePassword(hasher.hash(newPassword.toCharArray()), now);
        throttle.recordSuccess(user.getUsername(), actor.clientAddress(), now);
        audit.record(event(actor, ACTION_CHANGE_PASSWORD, user.getUsername(), null));
        signIns.endOthers(user, keep, actor, "password changed");
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
