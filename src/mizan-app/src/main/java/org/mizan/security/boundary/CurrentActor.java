package org.mizan.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.mizan.security.control.ClientAddresses;
import org.mizan.security.control.SignInRef;
import org.mizan.security.control.SignIns;
import org.mizan.security.entity.Actor;

import java.security.Principal;

/** The signed-in user of this request and the address they came from, for audited actions. */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext securityContext;
    @Inject
    HttpServletRequest request;
    @Inject
    ClientAddresses addresses;

    public Actor get() {
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
}
