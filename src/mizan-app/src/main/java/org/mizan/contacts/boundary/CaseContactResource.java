package org.mizan.contacts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.mizan.contacts.control.ContactService;
import org.mizan.contacts.control.ContactViews;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.util.List;

/**
 * A case's contacts over REST: for the investigators and lawyers assigned to the case only (403 for
 * anyone else who can see the case; advocates and administrators are refused by role). The first
 * path segment is a template so that JAX-RS prefers this class to {@code /api/cases} for these paths.
 */
@Path("{cases: cases}/{reference}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER})
public class CaseContactResource {

    @Inject
    ContactService contacts;
    @Inject
    CurrentUser currentUser;

    @GET
    public List<ContactJson.ContactView> list(@PathParam("reference") String reference) {
        return contacts.ofCase(reference, currentUser.reader(), currentUser.actor()).stream().map(ContactJson.ContactView::of).toList();
    }

    @POST
    @RolesAllowed(Role.Names.INVESTIGATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("reference") String reference, ContactJson.ContactInput input, @Context UriInfo uri) {
        InvalidInput.requireBody(input);
        ContactViews.Card card = contacts.create(reference, input.toDraft(), currentUser.reader(), currentUser.actor());
        return Response.created(uri.getBaseUriBuilder().path("contacts").path(Long.toString(card.contact().getId())).build())
                .tag(ContactJson.etag(card.contact())).entity(ContactJson.ContactView.of(card)).build();
    }
}
