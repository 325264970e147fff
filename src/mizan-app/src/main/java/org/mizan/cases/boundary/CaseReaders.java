package org.mizan.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.mizan.cases.control.CaseReader;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.ClientAddresses;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.Actor;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.security.Principal;

/** The signed-in user of this request as a case reader (what they may see) and as an actor (for the audit). */
@RequestScoped
public class CaseReaders {

    @Inject
    SecurityContext securityContext;
    @Inject
    UserDirectory users;
    @Inject
    ClientAddresses addresses;
    @Inject
    HttpServletRequest request;

    private CaseReader reader;

    public CaseReader reader() {
        if (reader == null) {
            Principal principal = securityContext.getCallerPrincipal();
            // The authentication mechanism has just read the user for this request; read again only without it.
            AppUser user = principal == null ? null
                    : request.getAttribute(UserDirectory.SIGNED_IN) instanceof AppUser signedIn
                    && signedIn.getUsername().equals(principal.getName()) ? signedIn
                    : users.findEnabled(principal.getName()).orElse(null);
            if (user == null) {
                throw new NotFound("reader");
            }
            reader = new CaseReader(user.getId(), user.getUsername(), user.hasRole(Role.ADMIN),
                    user.hasRole(Role.INVESTIGATOR) || user.hasRole(Role.LAWYER), user.hasRole(Role.INVESTIGATOR));
        }
        return reader;
    }

    public Actor actor() {
        Principal principal = securityContext.getCallerPrincipal();
        return new Actor(principal == null ? null : principal.getName(), addresses.of(request));
    }
}
