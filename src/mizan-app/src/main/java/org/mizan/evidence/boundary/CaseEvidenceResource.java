package org.mizan.evidence.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.mizan.evidence.control.EvidenceIntake;
import org.mizan.evidence.control.EvidenceQueries;
import org.mizan.evidence.control.EvidenceStore;
import org.mizan.evidence.control.Upload;
import org.mizan.platform.boundary.RequestSizeLimit;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Unavailable;
import org.mizan.security.control.CaseReader;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A case's evidence over REST: its items, and uploads — the request body is the file, streamed, and
 * what is known about it travels as query parameters. The first path segment is a template only so
 * that JAX-RS prefers this class to {@code /api/cases} for these paths (more literal characters win).
 */
@Path("{cases: cases}/{reference}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE, Role.Names.ADMIN})
public class CaseEvidenceResource {

    @Inject
    EvidenceIntake intake;
    @Inject
    EvidenceQueries queries;
    @Inject
    CurrentUser currentUser;
    @Inject
    org.mizan.cases.control.CaseDisclosure disclosure;

    @GET
    public List<EvidenceJson.ItemView> list(@PathParam("reference") String reference) {
        CaseReader reader = currentUser.reader();
        var elsewhere = queries.sameBytesElsewhere(queries.caseId(reference, reader), reader);
        boolean staffDetails = disclosure.showsStaffDetails(reader);
        return queries.ofCase(reference, reader).stream().map(item -> EvidenceJson.ItemView.of(item, reference,
                        org.mizan.evidence.control.EvidenceAccess.mayOpen(reader, item), elsewhere.getOrDefault(item.getSha256(), List.of())))
                .map(view -> staffDetails ? view : view.withoutStaffDetails()).toList();
    }

    @POST
        @RolesAllowed(Role.Names.INVESTIGATOR)
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("reference") String reference, @QueryParam("name") String name,
                           @QueryParam("description") String description, @QueryParam("providedBy") String providedBy,
                           @QueryParam("collectedAt") String collectedAt, @QueryParam("collectionMethod") String method,
                           @QueryParam("originalUrl") String originalUrl, @QueryParam("captureDevice") String device,
                           @QueryParam("notes") String notes, @QueryParam("derivedFrom") Long derivedFrom,
                           @QueryParam("derivation") String derivation, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length, InputStream body,
                           @Context UriInfo uri) throws IOException {
        Upload upload = new Upload(name == null ? null : name.strip(), type,
                EvidenceJson.provenance(description, providedBy, collectedAt, method, originalUrl, device, notes), derivedFrom,
                derivation);
        EvidenceIntake.Received received;
        try {
            received = intake.receive(reference, upload, body, length, currentUser.reader(), currentUser.actor());
        } catch (EvidenceStore.TooLarge tooLarge) {
            throw RequestSizeLimit.tooLarge(body);
        } catch (EvidenceStore.Unavailable store) {
            throw new Unavailable(store.full(), store.full() ? "evidence.storeFull" : "evidence.storeUnavailable", store);
        } catch (IOException cutOff) {
            // The sender stopped half-way: nothing was kept, and there is no server fault to report.
            throw new InvalidInput("body", "evidence.incomplete");
        }
        EvidenceJson.ItemView view = view(received.item(), reference, currentUser.reader());
        if (received.duplicate()) {
            return Response.ok(view).tag(EvidenceJson.etag(received.item())).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("evidence").path(Long.toString(received.item().getId())).build())
                .tag(EvidenceJson.etag(received.item())).entity(view).build();
    }

    private EvidenceJson.ItemView view(org.mizan.evidence.entity.EvidenceItem item, String reference, CaseReader reader) {
        return EvidenceJson.ItemView.of(item, reference, reader, queries);
    }
}
