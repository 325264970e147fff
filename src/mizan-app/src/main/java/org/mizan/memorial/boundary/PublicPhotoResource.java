package org.mizan.memorial.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mizan.memorial.control.PublicPhotos;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.util.List;

/**
 * A case's evidence photos approved for publication: the team reads the approvals, the lead (or an administrator) approves
 * a photo as a victim's portrait or withdraws the approval. Anyone else who may see the case gets 404.
 */
@Path("{cases: cases}/{reference}/public-photos")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADMIN})
public class PublicPhotoResource {

    @Inject
    PublicPhotos photos;
    @Inject
    CurrentUser currentUser;

    @GET
    public List<PublicPhotoJson> list(@PathParam("reference") String reference) {
        return photos.ofCase(reference, currentUser.reader()).stream().map(PublicPhotoJson::of).toList();
    }

    @PUT
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.ADMIN}) // a case's lead is an investigator
    @Path("{evidenceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PublicPhotoJson approve(@PathParam("reference") String reference, @PathParam("evidenceId") long evidenceId,
                                   PublicPhotoJson.Input input) {
        InvalidInput.requireBody(input);
        return PublicPhotoJson.of(photos.approve(reference, evidenceId, input.personId(), currentUser.reader(), currentUser.actor()));
    }

    @DELETE
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.ADMIN}) // a case's lead is an investigator
    @Path("{evidenceId}")
    public Response withdraw(@PathParam("reference") String reference, @PathParam("evidenceId") long evidenceId) {
        photos.withdraw(reference, evidenceId, currentUser.reader(), currentUser.actor());
        return Response.noContent().build();
    }
}
