package org.mizan.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mizan.cases.control.TeamNotices;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.util.List;

/** The signed-in user's unread notices about their teams: added, taken off, a request to join answered. */
@Path("me/notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE})
public class TeamNoticeResource {

    @Inject
    TeamNotices notices;
    @Inject
    CurrentUser currentUser;

    @GET
    public List<TeamJson.NoticeView> notices() {
        return notices.unseen(currentUser.reader()).stream().map(TeamJson.NoticeView::of).toList();
    }

    @DELETE
    @Path("{id}")
    public Response dismiss(@PathParam("id") long id) {
        notices.dismiss(id, currentUser.reader());
        return Response.noContent().build();
    }
}
