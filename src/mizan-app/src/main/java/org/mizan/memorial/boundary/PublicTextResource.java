package org.mizan.memorial.boundary;

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
import org.mizan.memorial.control.PublicTexts;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.util.List;

/**
 * The victims' public texts of a case over REST: its team reads them, its lead (or an administrator) writes and approves
 * them. Anyone else who may see the case gets 404. The first path segment is a template so that JAX-RS prefers this class
 * to {@code /api/cases} for these paths.
 */
@Path("{cases: cases}/{reference}/public-texts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADMIN})
public class PublicTextResource {

    @Inject
    PublicTexts texts;
    @Inject
    CurrentUser currentUser;

    @GET
    public List<PublicTextJson> list(@PathParam("reference") String reference) {
        return texts.ofCase(reference, currentUser.reader()).stream().map(PublicTextJson::of).toList();
    }

    @PUT
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.ADMIN}) // a case's lead is an investigator
    @Path("{personId}/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PublicTextJson write(@PathParam("reference") String reference, @PathParam("personId") long personId,
                                @PathParam("language") String language, PublicTextJson.Input input) {
        InvalidInput.requireBody(input);
        return PublicTextJson.of(texts.write(reference, personId, language, input.text(), currentUser.reader(), currentUser.actor()));
    }

    @POST
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.ADMIN}) // a case's lead is an investigator
    @Path("{personId}/{language}/approval")
    public PublicTextJson approve(@PathParam("reference") String reference, @PathParam("personId") long personId,
                                  @PathParam("language") String language) {
        return PublicTextJson.of(texts.approve(reference, personId, language, currentUser.reader(), currentUser.actor()));
    }
}
