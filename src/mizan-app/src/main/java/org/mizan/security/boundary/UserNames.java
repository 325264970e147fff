package org.mizan.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.AppUser;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Users as the pages name them: by display name, not by the username they sign in with ({@code #{userNames.of(c.who)}}
 * in a custody table, a case's history, a contact's log). Read once per request: there are tens of accounts, not
 * thousands. A username without an account (one removed since) stays as it was recorded.
 */
@Named
@RequestScoped
public class UserNames {

    @Inject
    UserDirectory users;

    private Map<String, String> shown;

    public String of(String username) {
        return username == null ? null : shown().getOrDefault(username, username);
    }

    /** The display name with the username beside it, for administrators who search and filter by username. */
    public String withUsername(String username) {
        String name = of(username);
        return name == null || name.equals(username) ? name : name + " (" + username + ")";
    }

    private Map<String, String> shown() {
        if (shown == null) {
            shown = users.all().stream().collect(Collectors.toMap(AppUser::getUsername, AppUser::getShownName, (a, b) -> a));
        }
        return shown;
    }
}
