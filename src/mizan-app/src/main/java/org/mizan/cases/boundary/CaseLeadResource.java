package org.mizan.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mizan.cases.control.CaseTeamService;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

/** An administrator names a case's lead, with a reason. */
@Path("{cases: cases}/{reference}/lead")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class CaseLeadResource {

    @Inject
    CaseTeamService teams;
    @Inject
    CurrentUser currentUser;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public TeamJson.TeamView lead(@PathParam("reference") String reference, TeamJson.LeadInput input) {
        TeamJson.LeadInput given = InvalidInput.requireBody(input);
        return TeamJson.TeamView.of(teams.nameLead(reference, given.lead(), given.reason(), currentUser.actor(), currentUser.reader()),
                currentUser.reader());
    }
}
