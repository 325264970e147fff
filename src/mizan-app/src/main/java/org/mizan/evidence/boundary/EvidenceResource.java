package org.mizan.evidence.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.mizan.cases.entity.VerificationStatus;
import org.mizan.evidence.control.EvidenceChanges;
import org.mizan.evidence.control.EvidenceContent;
import org.mizan.evidence.control.EvidenceIntake;
import org.mizan.evidence.control.EvidenceMaintenance;
import org.mizan.evidence.control.EvidenceQueries;
import org.mizan.evidence.control.IntegrityCheck;
import org.mizan.evidence.entity.CustodyAction;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.evidence.entity.VerificationMethod;
import org.mizan.platform.boundary.ExpectedVersion;
import org.mizan.platform.boundary.Unreadable;
import org.mizan.platform.control.Enums;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CaseReader;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.io.IOException;
import java.util.List;

/**
 * Evidence items over REST (uploads and a case's list: {@link CaseEvidenceResource}). Investigators
 * change what is said about an item, never its bytes; investigators and lawyers open the bytes;
 * advocates see items and hashes, and open only shareable items. Items of a case the caller may not
 * see answer 404.
 */
@Path("evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE, Role.Names.ADMIN})
public class EvidenceResource {

    @Inject
    EvidenceIntake intake;
    @Inject
    EvidenceQueries queries;
    @Inject
    EvidenceContent content;
    @Inject
    EvidenceChanges changes;
    @Inject
    IntegrityCheck integrity;
    @Inject
    EvidenceMaintenance maintenance;
    @Inject
    org.mizan.evidence.control.Custody custody;
    @Inject
    CurrentUser currentUser;
    @Inject
    org.mizan.cases.control.CaseDisclosure disclosure;

    @GET
    @Path("{id}")
    public Response item(@PathParam("id") long id) {
        CaseReader reader = currentUser.reader();
        EvidenceItem item = queries.item(id, reader);
        return Response.ok(view(item, queries.caseReference(item), reader)).tag(EvidenceJson.etag(item)).build();
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id, @QueryParam("disposition") String disposition,
                            @HeaderParam("Range") String rangeHeader) throws IOException {
        CaseReader reader = currentUser.reader();
        EvidenceItem item = content.item(id, reader);
        ByteRange range = ByteRange.of(rangeHeader, item.getSizeBytes());
        if (range == null) {
            return Response.status(416).header("Content-Range", "bytes */" + item.getSizeBytes()).build();
        }
        EvidenceContent.Opened opened = content.open(id, range.offset(), range.length(), inline(disposition),
                reader, currentUser.actor());
        ContentReply reply = new ContentReply(opened, range);
        Response.ResponseBuilder response = Response.status(reply.status()).entity((StreamingOutput) reply::writeTo);
        reply.headers().forEach(response::header);
        return response.build();
    }

    @PUT
    @Path("{id}/provenance")
    @RolesAllowed(Role.Names.INVESTIGATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response describe(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             EvidenceJson.ProvenanceInput input) {
        InvalidInput.requireBody(input);
        // Like a case, a change names the version it was made on, so nobody overwrites a change they never saw.
        long version = ExpectedVersion.of(ifMatch, input.version());
        EvidenceItem item = changes.describe(id, input.toProvenance(), version, currentUser.reader(), currentUser.actor());
        return Response.ok(view(item, queries.caseReference(item), currentUser.reader())).tag(EvidenceJson.etag(item)).build();
    }

    @PUT
    @Path("{id}/shareable")
    @RolesAllowed(Role.Names.INVESTIGATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public EvidenceJson.ItemView share(@PathParam("id") long id, EvidenceJson.ShareInput input) {
        if (input == null || input.shareable() == null) {
            throw new InvalidInput("shareable", "validation.required");
        }
        EvidenceItem item = changes.share(id, input.shareable(), input.reason(), currentUser.reader(), currentUser.actor());
        return view(item, queries.caseReference(item), currentUser.reader());
    }

    @GET
    @Path("{id}/custody")
    public List<EvidenceJson.CustodyView> custody(@PathParam("id") long id) {
        return custody.of(queries.item(id, currentUser.reader()).getId()).stream()
                .map(e -> EvidenceJson.CustodyView.of(e, disclosure.showsStaffDetails(currentUser.reader()))).toList();
    }

    @POST
    @Path("{id}/custody")
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response handOver(@PathParam("id") long id, EvidenceJson.HandOverInput input) {
        if (input == null) {
            throw new InvalidInput("action", "validation.required");
        }
        changes.handOver(id, Enums.parse(CustodyAction.class, "action", input.action()), input.reason(), currentUser.reader(),
                currentUser.actor());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/verification")
    public List<EvidenceJson.VerificationView> verifications(@PathParam("id") long id) {
        return queries.verifications(queries.item(id, currentUser.reader()).getId()).stream()
                .map(v -> EvidenceJson.VerificationView.of(v, disclosure.showsStaffDetails(currentUser.reader()))).toList();
    }

    @POST
    @Path("{id}/verification")
    @RolesAllowed(Role.Names.INVESTIGATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response verify(@PathParam("id") long id, EvidenceJson.VerificationInput input) {
        if (input == null) {
            throw new InvalidInput("status", "validation.required");
        }
        Unreadable unreadable = new Unreadable();
        VerificationStatus status = unreadable.code(VerificationStatus.class, "status", input.status());
        VerificationMethod method = unreadable.code(VerificationMethod.class, "method", input.method());
        unreadable.throwIfAny();
        var record = changes.verify(id, status, method, input.notes(), currentUser.reader(), currentUser.actor());
        return Response.status(201).entity(EvidenceJson.VerificationView.of(record, true)).build();
    }

    @POST
    @Path("{id}/rehash")
    @RolesAllowed(Role.Names.ADMIN)
    public EvidenceJson.RehashView rehash(@PathParam("id") long id) {
        queries.item(id, currentUser.reader());
        return new EvidenceJson.RehashView(integrity.rehash(id, currentUser.actor()).name());
    }

    @POST
    @Path("rehash")
    @RolesAllowed(Role.Names.ADMIN)
    public EvidenceJson.RehashAllView rehashAll() {
        EvidenceMaintenance.Summary summary = maintenance.rehashAll(currentUser.actor());
        return new EvidenceJson.RehashAllView(summary.checked(), summary.intact(), summary.failed());
    }

    @POST
    @Path("sweep")
    @RolesAllowed(Role.Names.ADMIN)
    public EvidenceJson.SweepView sweep() throws IOException {
        return new EvidenceJson.SweepView(maintenance.sweep());
    }

    private EvidenceJson.ItemView view(EvidenceItem item, String reference, CaseReader reader) {
        EvidenceJson.ItemView view = EvidenceJson.ItemView.of(item, reference, reader, queries);
        return disclosure.showsStaffDetails(reader) ? view : view.withoutStaffDetails();
    }

    /**
     * Whether the bytes are asked for as a preview ({@code inline}) rather than as a download ({@code attachment}, the
     * default); a misspelt value is refused rather than read as a download the client did not ask for.
     */
    private static boolean inline(String disposition) {
        if (disposition == null || disposition.isBlank() || "attachment".equalsIgnoreCase(disposition.strip())) {
            return false;
        }
        if ("inline".equalsIgnoreCase(disposition.strip())) {
            return true;
        }
        throw new InvalidInput("disposition", "validation.oneOf", "inline, attachment");
    }
}
