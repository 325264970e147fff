package org.mizan.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.control.LoginThrottle;
import org.mizan.security.control.SecondFactors;
import org.mizan.security.control.UserAdministration;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The user administration page: the list of users, the new-user form, and per user an edit panel,
 * a password reset panel and a disable / enable switch. Edits carry the version of the row as it was
 * shown, so a change made meanwhile by someone else is refused instead of overwritten.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    /** One user as shown in the table: a detached, serialisable copy. */
    public record Row(String username, String displayName, List<Role> roles, boolean enabled, Instant createdAt,
                      long version) implements Serializable {

        static Row of(AppUser user) {
            return new Row(user.getUsername(), user.getDisplayName(), user.getRoles().stream().sorted().toList(),
                    user.isEnabled(), user.getCreatedAt(), user.getVersion());
        }

        public String getUsername() {
            return username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public List<Role> getRoles() {
            return roles;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public String getCreated() {
            return DAY.format(createdAt);
        }
    }

    @Inject
    UserDirectory directory;
    @Inject
    UserAdministration administration;
    /** An account or address whose sign-ins are being slowed now, as the page lists it. */
    public record SlowedLine(boolean account, String subject, long failures, long spread) implements Serializable {

        static SlowedLine of(LoginThrottle.Slowed slowed) {
            return new SlowedLine(slowed.account() != null, slowed.account() != null ? slowed.account() : slowed.address(),
                    slowed.failures(), slowed.spread());
        }

        public boolean isAccount() {
            return account;
        }

        public String getSubject() {
            return subject;
        }

        public long getFailures() {
            return failures;
        }

        public long getSpread() {
            return spread;
        }
    }

    @Inject
    CurrentUser currentUser;
    @Inject
    SecondFactors secondFactors;
    @Inject
    LoginThrottle throttle;

    private List<Row> users;
    private List<SlowedLine> slowed;

    // the new-user form
    private String username;
    private String displayName;
    private String password;
    private Role[] roles = new Role[0];

    // the edit panel: the row being edited, and the values typed
    private Row editing;
    private String editDisplayName;
    private Role[] editRoles = new Role[0];
    private boolean editEnabled;

    // the password reset panel
    private String resetting;
    private String newPassword;

    @PostConstruct
    void load() {
        users = directory.all().stream().map(Row::of).toList();
        slowed = throttle.slowedNow(Instant.now()).stream().map(SlowedLine::of).toList();
    }

    public void create() {
        try {
            AppUser created = administration.create(username, displayName, password, set(roles), currentUser.actor());
            PageMessages.info("users.created", created.getUsername());
            username = null;
            displayName = null;
            roles = new Role[0];
            load();
        } catch (InvalidInput e) {
            PageMessages.show("users", e);
        } catch (Conflict e) {
            PageMessages.show(e);
        } finally {
            password = null;
        }
    }

    public void startEdit(String name) {
        cancelReset();
        Optional<Row> row = row(name);
        if (row.isEmpty()) {
            notFound(name);
            return;
        }
        editing = row.get();
        editDisplayName = editing.displayName();
        editRoles = editing.roles().toArray(Role[]::new);
        editEnabled = editing.enabled();
    }

    public void save() {
        if (editing == null) {
            return;
        }
        try {
            AppUser saved = administration.update(editing.username(), new UserAdministration.UserChanges(
                    editDisplayName, set(editRoles), editEnabled, editing.version()), currentUser.actor(), currentUser.signIn());
            PageMessages.info("users.saved", saved.getUsername());
            cancelEdit();
            load();
        } catch (InvalidInput e) {
            PageMessages.show("edit", e);
        } catch (Conflict e) {
            PageMessages.show(e);
            load();
        } catch (NotFound e) {
            notFound(editing.username());
            cancelEdit();
            load();
        }
    }

    public void cancelEdit() {
        editing = null;
        editDisplayName = null;
        editRoles = new Role[0];
        editEnabled = false;
    }

    /** Disables an enabled user, or enables a disabled one, as the row showed it. */
    public void toggle(String name) {
        Optional<Row> row = row(name);
        if (row.isEmpty()) {
            notFound(name);
            return;
        }
        try {
            AppUser saved = administration.update(name, new UserAdministration.UserChanges(
                    null, null, !row.get().enabled(), row.get().version()), currentUser.actor(), currentUser.signIn());
            PageMessages.info("users.saved", saved.getUsername());
            if (editing != null && editing.username().equals(name)) {
                cancelEdit();
            }
        } catch (Conflict e) {
            PageMessages.show(e);
        } catch (NotFound e) {
            notFound(name);
        }
        load();
    }

    /** Lost phone: the user sets up a new authenticator at their next sign-in. */
    public void resetSecondFactor(String name) {
        try {
            secondFactors.reset(name, currentUser.actor());
            PageMessages.info("users.secondFactorReset", name);
        } catch (NotFound e) {
            notFound(name);
        }
    }

    public void startReset(String name) {
        cancelEdit();
        if (row(name).isEmpty()) {
            notFound(name);
            return;
        }
        resetting = name;
        newPassword = null;
    }

    public void resetPassword() {
        if (resetting == null) {
            return;
        }
        try {
            administration.resetPassword(resetting, newPassword, currentUser.actor(), currentUser.signIn());
            PageMessages.info("users.passwordReset", resetting);
            cancelReset();
            load();
        } catch (InvalidInput e) {
            PageMessages.show("reset", e);
        } catch (NotFound e) {
            notFound(resetting);
            cancelReset();
            load();
        } finally {
            newPassword = null;
        }
    }

    public void cancelReset() {
        resetting = null;
        newPassword = null;
    }

    public List<Row> getUsers() {
        return users;
    }

    public List<SlowedLine> getSlowed() {
        return slowed;
    }

    public List<Role> getAllRoles() {
        return Arrays.asList(Role.values());
    }

    public boolean isEditingAny() {
        return editing != null;
    }

    public boolean isResettingAny() {
        return resetting != null;
    }

    public String getEditingUsername() {
        return editing == null ? null : editing.username();
    }

    public String getResetting() {
        return resetting;
    }

    private Optional<Row> row(String name) {
        return users.stream().filter(r -> r.username().equals(name)).findFirst();
    }

    private void notFound(String name) {
        PageMessages.error("users.notFound", name);
        load();
    }

    private static Set<Role> set(Role[] chosen) {
        return chosen == null || chosen.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(chosen));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getEditDisplayName() {
        return editDisplayName;
    }

    public void setEditDisplayName(String editDisplayName) {
        this.editDisplayName = editDisplayName;
    }

    public Role[] getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(Role[] editRoles) {
        this.editRoles = editRoles;
    }

    public boolean isEditEnabled() {
        return editEnabled;
    }

    public void setEditEnabled(boolean editEnabled) {
        this.editEnabled = editEnabled;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
