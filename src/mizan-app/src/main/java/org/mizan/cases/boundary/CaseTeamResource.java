package org.mizan.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mizan.cases.control.CaseTeamService;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

/**
 * A case's team over REST: who is on it, and the lead's or an administrator's change to it, with a reason.
 * A case the caller may not see is 404 here as everywhere; advocates do not learn who works a case.
 */
@Path("{cases: cases}/{reference}/team")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADMIN})
public class CaseTeamResource {

    @Inject
    CaseTeamService teams;
    @Inject
    CurrentUser currentUser;

    @GET
    public TeamJson.TeamView team(@PathParam("reference") String reference) {
        return TeamJson.TeamView.of(teams.team(reference, currentUser.reader()), currentUser.reader());
    }

    @PUT
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public TeamJson.TeamView change(@PathParam("reference") String reference, TeamJson.TeamInput input) {
        return TeamJson.TeamView.of(teams.change(reference, InvalidInput.requireBody(input).toChange(), currentUser.actor(),
                currentUser.reader()), currentUser.reader());
    }
}
