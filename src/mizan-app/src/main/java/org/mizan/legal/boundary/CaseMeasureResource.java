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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.mizan.cases.control.RevisionView;
import org.mizan.legal.control.MeasureService;
import org.mizan.platform.boundary.ExpectedVersion;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.util.List;

/**
 * A case's measures outside the courts over REST. The first path segment is a template so that JAX-RS prefers this class
 * to {@code /api/cases} for these paths. There is no DELETE: a measure typed wrongly is corrected, and its history kept.
 */
@Path("{cases: cases}/{reference}/measures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE, Role.Names.ADMIN})
public class CaseMeasureResource {

    @Inject
    MeasureService measures;
    @Inject
    CurrentUser currentUser;

    @GET
    public List<MeasureJson.MeasureOutput> list(@PathParam("reference") String reference) {
        return measures.ofCase(reference, currentUser.reader()).stream().map(MeasureJson.MeasureOutput::of).toList();
    }

    @POST
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("reference") String reference, MeasureJson.MeasureInput input, @Context UriInfo uri) {
        InvalidInput.requireBody(input);
        var view = measures.record(reference, input.toDraft(), currentUser.reader(), currentUser.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.measure().getId())).build())
                .entity(MeasureJson.MeasureOutput.of(view)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER})
    @Consumes(MediaType.APPLICATION_JSON)
    public MeasureJson.MeasureOutput correct(@PathParam("reference") String reference, @PathParam("id") long id,
                                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MeasureJson.MeasureInput input) {
        InvalidInput.requireBody(input);
        return MeasureJson.MeasureOutput.of(measures.correct(reference, id, input.toDraft(), ExpectedVersion.of(ifMatch, input.version()),
                currentUser.reader(), currentUser.actor()));
    }

    @GET
    @Path("{id}/history")
    public List<RevisionView> history(@PathParam("reference") String reference, @PathParam("id") long id) {
        return measures.history(reference, id, currentUser.reader()).stream().map(RevisionView::of).toList();
    }
}
