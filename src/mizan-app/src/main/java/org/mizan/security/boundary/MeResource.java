package org.mizan.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.ActiveSignIn;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.control.SignIns;
import org.mizan.security.control.TooManyAttempts;
import org.mizan.security.control.UserAdministration;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.time.Instant;
import java.util.List;

/** The signed-in user: who am I, my password, and where I am signed in. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE})
public class MeResource {

    @Inject
    UserDirectory users;
    @Inject
    UserAdministration administration;
    @Inject
    SignIns signIns;
    @Inject
    CurrentUser currentUser;

    @GET
    public UserJson.View me() {
        return UserJson.View.of(me(currentUser.actor().username()));
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(UserJson.PasswordChange change) {
        UserJson.PasswordChange given = InvalidInput.requireBody(change);
        try {
            administration.changeOwnPassword(given.currentPassword(), given.newPassword(), currentUser.actor(), currentUser.signIn());
        } catch (TooManyAttempts e) {
            throw new WebApplicationException(Response.status(429).header("Retry-After", e.retryAfterSeconds()).build());
        }
        return Response.noContent().build();
    }

    @GET
    @Path("sessions")
    public List<SignInJson> sessions() {
        return signIns.of(me(currentUser.actor().username()), currentUser.signIn()).stream().map(SignInJson::of).toList();
    }

    @DELETE
    @Path("sessions")
    public Response signOutElsewhere() {
        signIns.endOthers(me(currentUser.actor().username()), currentUser.signIn(), currentUser.actor(), "signed out everywhere else");
        return Response.noContent().build();
    }

    /** One web session or token as its owner sees it. */
    public record SignInJson(String kind, Instant createdAt, Instant lastUsedAt, String clientAddress, boolean current) {
        static SignInJson of(ActiveSignIn signIn) {
            return new SignInJson(signIn.kind().name(), signIn.createdAt(), signIn.lastUsedAt(), signIn.clientAddress(),
                    signIn.current());
        }
    }

    private AppUser me(String username) {
        return users.find(username).orElseThrow(() -> new NotFound("user " + username));
    }
}
