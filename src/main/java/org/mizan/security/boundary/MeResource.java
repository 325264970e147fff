package org.mizan.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.UserAdministration;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.Role;

/** The signed-in user: who am I, and change my password. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE})
public class MeResource {

    @Inject
    UserDirectory users;
    @Inject
    UserAdministration administration;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(summary = "The signed-in user and their roles")
    public UserJson.View me() {
        String username = actor.get().username();
        return users.find(username).map(UserJson.View::of).orElseThrow(() -> new NotFound("user " + username));
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my own password (at least 12 characters)")
    public Response changePassword(UserJson.PasswordChange change) {
        UserJson.PasswordChange given = UserJson.required(change);
        administration.changeOwnPassword(given.currentPassword(), given.newPassword(), actor.get());
        return Response.noContent().build();
    }
}
