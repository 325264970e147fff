package org.mizan.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.mizan.platform.control.InvalidInput;
import org.mizan.reports.control.EvidencePackages;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

/**
 * An evidence package of a case (docs/api.md): chosen items as a signed, zipped BagIt bag that the receiver checks with
 * mizan-verify. Every refusal (400, 403, 404) comes before the first byte; then the zip streams, item by item, in constant
 * memory. The first path segment is a template so that JAX-RS prefers this class to {@code /api/cases} for this path.
 */
@Path("{cases: cases}/{reference}/evidence-packages")
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER})
public class EvidencePackageResource {

    static final String ZIP = "application/zip";

    @Inject
    EvidencePackages packages;
    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD) // a refusal is problem+json whatever was accepted, never a 406 before the 403
    public Response make(@PathParam("reference") String reference, PackageRequest request) {
        if (request == null) {
            throw new InvalidInput("items", "validation.required");
        }
        EvidencePackages.Plan plan = packages.prepare(reference, new EvidencePackages.Request(request.items(),
                request.audience() == null ? null : ExportParameters.audience(request.audience()), request.purpose(),
                request.recipient()), currentUser.reader(), currentUser.actor());
        StreamingOutput body = out -> packages.write(plan, PackageSummary.of(plan.caseRow()), out);
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + plan.name() + ".zip\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
