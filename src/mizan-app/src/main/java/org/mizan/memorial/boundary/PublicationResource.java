package org.mizan.memorial.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.mizan.memorial.control.Publications;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.util.List;

/**
 * Memorial publications: administrators and advocates publish, list and download them. Publishing is also the
 * scripted way: {@code POST /api/publications} with a bearer token. The site is handed over as a zip to put on a static
 * host; Mizan never serves it.
 */
@Path("publications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ADVOCATE})
public class PublicationResource {

    static final String ZIP = "application/zip";

    @Inject
    Publications publications;
    @Inject
    CurrentUser currentUser;

    @GET
    public List<PublicationJson> list() {
        return publications.list().stream().map(PublicationJson::of).toList();
    }

    @GET
    @Path("preview")
    public PublicationJson.PreviewJson preview() {
        return PublicationJson.PreviewJson.of(publications.preview(currentUser.reader()));
    }

    @POST
    public Response publish(@Context UriInfo uri) {
        Publications.Issued issued = publications.publish(currentUser.reader(), currentUser.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(issued.publication().id()).path("site.zip").build())
                .entity(PublicationJson.of(issued)).build();
    }

    @GET
    @Path("{id}/site.zip")
    @Produces(MediaType.WILDCARD) // a refusal is problem+json whatever was accepted
    public Response download(@PathParam("id") String id) {
        publications.folder(id);
        StreamingOutput body = out -> publications.zip(id, out);
        return Response.ok(body, ZIP).header("Content-Disposition", "attachment; filename=\"" + id + ".zip\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
