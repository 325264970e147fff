package org.mizan.cases.boundary;

import org.mizan.cases.control.TeamMembers;
import org.mizan.platform.boundary.Choice;
import org.mizan.security.entity.AppUser;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The people a team can be made of (enabled investigators and lawyers), and whoever is on it already. */
final class TeamChoices {

    private TeamChoices() {
    }

    static List<Choice> of(List<AppUser> users, Collection<String> current) {
        Map<String, Choice> team = new LinkedHashMap<>();
        for (AppUser user : users) {
            if (user.isEnabled() && TeamMembers.mayJoin(user) || current.contains(user.getUsername())) {
                team.put(user.getUsername(), new Choice(user.getUsername(), user.getDisplayName() + " (" + user.getUsername() + ")"));
            }
        }
        for (String username : current) {
            team.putIfAbsent(username, new Choice(username, username));
        }
        return List.copyOf(team.values());
    }
}
