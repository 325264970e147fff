package org.mizan.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mizan.cases.control.JoinRequests;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.util.List;

/** The requests to join waiting for the signed-in user's answer: on the cases they lead, or any case for an administrator. */
@Path("me/join-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.ADMIN})
public class MyJoinRequestsResource {

    @Inject
    JoinRequests requests;
    @Inject
    CurrentUser currentUser;

    @GET
    public List<TeamJson.JoinRequestView> awaiting() {
        return requests.awaiting(currentUser.reader()).stream().map(TeamJson.JoinRequestView::of).toList();
    }
}
