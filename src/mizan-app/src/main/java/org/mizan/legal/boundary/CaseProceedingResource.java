package org.mizan.legal.boundary;

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
import org.mizan.legal.control.ProceedingService;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.util.List;

/**
 * A case's proceedings over REST. The first path segment is a template so that JAX-RS prefers this
 * class to {@code /api/cases} for these paths. {@code PUT …/proceedings/{id}} makes an existing proceeding one of the
 * case's (the same trial of another victim), {@code DELETE} takes it off again.
 */
@Path("{cases: cases}/{reference}/proceedings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE, Role.Names.ADMIN})
public class CaseProceedingResource {

    @Inject
    ProceedingService proceedings;
    @Inject
    CurrentUser currentUser;

    @GET
    public List<ProceedingJson.ProceedingView> list(@PathParam("reference") String reference) {
        return proceedings.ofCase(reference, currentUser.reader()).stream().map(ProceedingJson.ProceedingView::of).toList();
    }

    @POST
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@PathParam("reference") String reference, ProceedingJson.ProceedingInput input, @Context UriInfo uri) {
        InvalidInput.requireBody(input);
        var view = proceedings.open(reference, input.toDraft(), currentUser.reader(), currentUser.actor());
        return Response.created(uri.getBaseUriBuilder().path("proceedings").path(Long.toString(view.proceeding().getId())).build())
                .entity(ProceedingJson.ProceedingView.of(view)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADMIN})
    public ProceedingJson.ProceedingView link(@PathParam("reference") String reference, @PathParam("id") long id) {
        return ProceedingJson.ProceedingView.of(proceedings.link(reference, id, currentUser.reader(), currentUser.actor()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADMIN})
    public Response unlink(@PathParam("reference") String reference, @PathParam("id") long id) {
        proceedings.unlink(reference, id, currentUser.reader(), currentUser.actor());
        return Response.noContent().build();
    }
}
