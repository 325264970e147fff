package org.mizan.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/** Who is signed in, for the page header: name, display name and roles. */
@Named
@RequestScoped
public class SessionUserView {

    @Inject
    SecurityContext securityContext;
    @Inject
    UserDirectory users;

    private Optional<AppUser> user;

    public boolean isSignedIn() {
        return current().isPresent();
    }

    public String getDisplayName() {
        return current().map(AppUser::getDisplayName).orElse("");
    }

    public String getUsername() {
        return current().map(AppUser::getUsername).orElse("");
    }

    public List<Role> getRoles() {
        return current().map(u -> u.getRoles().stream().sorted().toList()).orElse(List.of());
    }

    public boolean isAdmin() {
        return securityContext.isCallerInRole(Role.ADMIN.name());
    }

    /** Investigators and lawyers: those who are assigned to cases and follow them. */
    public boolean isTeamMember() {
        return securityContext.isCallerInRole(Role.INVESTIGATOR.name()) || securityContext.isCallerInRole(Role.LAWYER.name());
    }

    private Optional<AppUser> current() {
        if (user == null) {
            Principal principal = securityContext.getCallerPrincipal();
            user = principal == null ? Optional.empty() : users.find(principal.getName());
        }
        return user;
    }
}
