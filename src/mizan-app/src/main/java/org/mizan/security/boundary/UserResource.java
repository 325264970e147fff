package org.mizan.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.control.SecondFactors;
import org.mizan.security.control.SignIns;
import org.mizan.security.control.UserAdministration;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.util.List;

/** User administration for automation; the same rules as the admin pages. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class UserResource {

    @Inject
    UserDirectory users;
    @Inject
    UserAdministration administration;
    @Inject
    SignIns signIns;
    @Inject
    SecondFactors secondFactors;
    @Inject
    CurrentUser currentUser;

    @GET
    public List<UserJson.View> list() {
        return users.all().stream().map(UserJson.View::of).toList();
    }

    @GET
    @Path("{username}")
    public UserJson.View get(@PathParam("username") String username) {
        return UserJson.View.of(find(username));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(UserJson.NewUser newUser, @Context UriInfo uri) {
        UserJson.NewUser given = InvalidInput.requireBody(newUser);
        AppUser created = administration.create(given.username(), given.displayName(), given.password(),
                UserJson.roles(given.roles() == null ? List.of() : given.roles()), currentUser.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.getUsername()).build())
                .entity(UserJson.View.of(created)).build();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserJson.View update(@PathParam("username") String username, UserJson.Changes changes) {
        UserJson.Changes given = InvalidInput.requireBody(changes);
        AppUser updated = administration.update(username, new UserAdministration.UserChanges(
                given.displayName(), UserJson.roles(given.roles()), given.enabled(), given.version()), currentUser.actor(), currentUser.signIn());
        return UserJson.View.of(updated);
    }

    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resetPassword(@PathParam("username") String username, UserJson.NewPassword password) {
        administration.resetPassword(username, InvalidInput.requireBody(password).password(), currentUser.actor(), currentUser.signIn());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{username}/tokens")
    public Response revokeTokens(@PathParam("username") String username) {
        signIns.endOthers(find(username), currentUser.signIn(), currentUser.actor(), "tokens revoked");
        return Response.noContent().build();
    }

    @DELETE
    @Path("{username}/second-factor")
    public Response resetSecondFactor(@PathParam("username") String username) {
        secondFactors.reset(username, currentUser.actor());
        return Response.noContent().build();
    }

    private AppUser find(String username) {
        return users.find(username).orElseThrow(() -> new NotFound("user " + username));
    }
}
