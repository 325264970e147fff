package org.mizan.security.control;

import org.mizan.platform.control.Forbidden;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

/**
 * Who is reading, as far as case visibility goes: what the roles of the security model allow with cases.
 * A restricted case is seen by administrators and by its assigned team — unless that member is only an
 * advocate: advocates never join teams, so they never see restricted cases. Which rows that makes visible
 * is the cases component's business ({@code CaseVisibility}).
 */
public record CaseReader(long userId, String username, boolean administrator, boolean mayJoinTeams, boolean mayEdit) {

    public static CaseReader of(AppUser user) {
        return new CaseReader(user.getId(), user.getUsername(), user.hasRole(Role.ADMIN),
                user.hasRole(Role.INVESTIGATOR) || user.hasRole(Role.LAWYER), user.hasRole(Role.INVESTIGATOR));
    }

    /** Only investigators record and change cases and persons. */
    public void requireEditor() {
        if (!mayEdit) {
            throw new Forbidden(username + " may not edit cases");
        }
    }
}
