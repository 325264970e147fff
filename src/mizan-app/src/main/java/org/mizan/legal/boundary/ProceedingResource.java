package org.mizan.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mizan.cases.control.RevisionView;
import org.mizan.legal.control.HearingService;
import org.mizan.legal.control.ProceedingService;
import org.mizan.platform.boundary.ExpectedVersion;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.util.List;

/** One proceeding over REST: read by everyone who may see its case, its events recorded by the case's team. */
@Path("proceedings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE, Role.Names.ADMIN})
public class ProceedingResource {

    @Inject
    ProceedingService proceedings;
    @Inject
    HearingService hearings;
    @Inject
    CurrentUser currentUser;

    @GET
    @Path("{id}")
    public ProceedingJson.ProceedingView proceeding(@PathParam("id") long id) {
        return ProceedingJson.ProceedingView.of(proceedings.proceeding(id, currentUser.reader()));
    }

    @POST
    @Path("{id}/events")
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") long id, ProceedingJson.EventInput input) {
        InvalidInput.requireBody(input);
        return Response.status(Response.Status.CREATED)
                .entity(ProceedingJson.ProceedingView.of(proceedings.record(id, input.toDraft(), currentUser.reader(), currentUser.actor())))
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER})
    @Consumes(MediaType.APPLICATION_JSON)
    public ProceedingJson.ProceedingView update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                ProceedingJson.ProceedingInput input) {
        InvalidInput.requireBody(input);
        return ProceedingJson.ProceedingView.of(proceedings.update(id, input.toDraft(), ExpectedVersion.of(ifMatch, input.version()),
                currentUser.reader(), currentUser.actor()));
    }

    @PUT
    @Path("{id}/events/{eventId}")
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER})
    @Consumes(MediaType.APPLICATION_JSON)
    public ProceedingJson.ProceedingView correct(@PathParam("id") long id, @PathParam("eventId") long eventId,
                                                 ProceedingJson.EventInput input) {
        InvalidInput.requireBody(input);
        return ProceedingJson.ProceedingView.of(proceedings.correct(id, eventId, input.toDraft(), currentUser.reader(), currentUser.actor()));
    }

    @GET
    @Path("{id}/history")
    public List<RevisionView> history(@PathParam("id") long id) {
        return proceedings.history(id, currentUser.reader()).stream().map(RevisionView::of).toList();
    }

    @GET
    @Path("{id}/hearings")
    public List<ProceedingJson.HearingView> hearings(@PathParam("id") long id) {
        return hearings.of(id, currentUser.reader()).stream().map(ProceedingJson.HearingView::of).toList();
    }

    @POST
    @Path("{id}/hearings")
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@PathParam("id") long id, ProceedingJson.HearingInput input) {
        InvalidInput.requireBody(input);
        return Response.status(Response.Status.CREATED)
                .entity(ProceedingJson.HearingView.of(hearings.schedule(id, input.toDraft(), currentUser.reader(), currentUser.actor()))).build();
    }
}
