package org.mizan.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.mizan.platform.control.NotFound;
import org.mizan.security.entity.Actor;
import org.mizan.security.entity.AppUser;

import java.security.Principal;

/**
 * The signed-in user of this request: as a reader of cases (what they may see), as an actor (who the audit
 * names, and from where), and by the web session or token they came with. Every component asks this one bean.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;
    @Inject
    UserDirectory users;
    @Inject
    ClientAddresses addresses;
    @Inject
    HttpServletRequest request;

    private CaseReader reader;

    /** What the signed-in user may see; nobody signed in (or a user disabled since) sees nothing: 404. */
    public CaseReader reader() {
        if (reader == null) {
            reader = CaseReader.of(signedInUser());
        }
        return reader;
    }

    /** Who acts and from where; the name is null when nobody is signed in. */
    public Actor actor() {
        Principal principal = securityContext.getCallerPrincipal();
        return new Actor(principal == null ? null : principal.getName(), clientAddress());
    }

    public String clientAddress() {
        return addresses.of(request);
    }

    /** The web session or token this request was made with; null when nobody is signed in. */
    public SignInRef signIn() {
        return request.getAttribute(SignIns.CURRENT) instanceof SignInRef ref ? ref : null;
    }

    private AppUser signedInUser() {
        Principal principal = securityContext.getCallerPrincipal();
        // The authentication mechanism has just read the user for this request; read again only without it.
        AppUser user = principal == null ? null
                : request.getAttribute(UserDirectory.SIGNED_IN) instanceof AppUser signedIn
                && signedIn.getUsername().equals(principal.getName()) ? signedIn
                : users.findEnabled(principal.getName()).orElse(null);
        if (user == null) {
            throw new NotFound("reader");
        }
        return user;
    }
}
