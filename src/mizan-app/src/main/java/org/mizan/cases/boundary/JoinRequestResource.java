package org.mizan.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mizan.cases.control.JoinRequests;
import org.mizan.cases.entity.JoinRequest;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.util.List;

/**
 * Asking to join a case's team, and the lead's answer. A case the caller may not see is 404 here as everywhere,
 * so a request can never be made to, or confirm, a restricted case.
 */
@Path("{cases: cases}/{reference}/join-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADMIN})
public class JoinRequestResource {

    @Inject
    JoinRequests requests;
    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(@PathParam("reference") String reference, TeamJson.JoinInput input) {
        JoinRequest request = requests.ask(reference, InvalidInput.requireBody(input).reason(), currentUser.actor(), currentUser.reader());
        return Response.status(Response.Status.CREATED).entity(TeamJson.JoinRequestView.of(reference, request)).build();
    }

    @GET
    public List<TeamJson.JoinRequestView> requests(@PathParam("reference") String reference) {
        return requests.of(reference, currentUser.reader()).stream().map(r -> TeamJson.JoinRequestView.of(reference, r)).toList();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public TeamJson.JoinRequestView answer(@PathParam("reference") String reference, @PathParam("id") long id,
                                           TeamJson.AnswerInput input) {
        TeamJson.AnswerInput given = InvalidInput.requireBody(input);
        return TeamJson.JoinRequestView.of(reference, requests.answer(reference, id, given.accepted(), given.note(),
                currentUser.actor(), currentUser.reader()));
    }
}
