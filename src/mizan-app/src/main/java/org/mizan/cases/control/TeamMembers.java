package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Usernames as a case team: enabled investigators and lawyers only, since only they work a case and its contacts. */
@ApplicationScoped
public class TeamMembers {

    @Inject
    UserDirectory users;

    /** The users named; 400 on {@code field} for a name that is unknown, disabled or of another role. */
    public Set<AppUser> of(String field, List<String> usernames) {
        Set<AppUser> team = new LinkedHashSet<>();
        for (String username : usernames) {
            AppUser user = users.findEnabled(username)
                    .orElseThrow(() -> new InvalidInput(field, "case.assignees.unknown", username));
            if (!mayJoin(user)) {
                throw new InvalidInput(field, "case.assignees.role", username);
            }
            team.add(user);
        }
        return team;
    }

    public static boolean mayJoin(AppUser user) {
        return user.hasRole(Role.INVESTIGATOR) || user.hasRole(Role.LAWYER);
    }
}
