package org.mizan.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.control.SecondFactors;
import org.mizan.security.control.TooManyAttempts;
import org.mizan.security.control.UserAdministration;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.util.List;

/** The signed-in user's authenticator app, for those who set it up from a program rather than the page. */
@Path("me/second-factor")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE})
public class SecondFactorResource {

    public record Confirmation(String code, String password) {
    }

    public record RecoveryCodesView(List<String> recoveryCodes) {
    }

    @Inject
    SecondFactors secondFactors;
    @Inject
    UserDirectory users;
    @Inject
    CurrentUser currentUser;
    @Inject
    UserAdministration administration;

    @GET
    public SecondFactors.Status status() {
        return secondFactors.status(me());
    }

    @POST
    public SecondFactors.Enrolment start() {
        return secondFactors.startEnrolment(currentUser.actor().username());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RecoveryCodesView confirm(Confirmation confirmation) {
        Confirmation given = InvalidInput.requireBody(confirmation);
        try {
            administration.requireOwnPassword(me(), given.password(), "password", SecondFactors.ACTION_ENROL, currentUser.actor());
        } catch (TooManyAttempts e) {
            throw new WebApplicationException(Response.status(429).header("Retry-After", e.retryAfterSeconds()).build());
        }
        return new RecoveryCodesView(secondFactors.confirmEnrolment(given.code(), currentUser.actor(), currentUser.signIn()));
    }

    private AppUser me() {
        String username = currentUser.actor().username();
        return users.find(username).orElseThrow(() -> new NotFound("user " + username));
    }
}
