package org.mizan.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.mizan.cases.boundary.CaseReaders;
import org.mizan.platform.control.InvalidInput;
import org.mizan.reports.control.IssuedPdf;
import org.mizan.reports.control.WgeidSubmissions;
import org.mizan.reports.control.WgeidSubmitter;
import org.mizan.security.entity.Role;

import java.util.Locale;

/**
 * A case's submission to the UN Working Group on Enforced or Involuntary Disappearances as a PDF. The first path
 * segment is a template so that JAX-RS prefers this class to {@code /api/cases} for this path. A POST, not a GET:
 * the submitter's name and contact travel in the body, never in a URL that ends up in logs and histories.
 */
@Path("{cases: cases}/{reference}/wgeid")
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE})
public class WgeidResource {

    @Inject
    WgeidSubmissions submissions;
    @Inject
    CaseReaders readers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The WGEID submission of a disappearance as PDF", description = "Body: {\"lang\": \"en\"|\"ar\"|\"ckb\", "
            + "\"organisation\", \"submitterName\", \"submitterContact\" (how the Working Group may reach the submitter), "
            + "\"confidential\": true|false (keep the submitter's identity confidential)}; a missing or bad field is 400 naming it. "
            + "The case must be an abduction / enforced disappearance with (a) the disappeared person's name, gender and birth "
            + "year or age, (b) a date known to the day, (c) governorate and locality, (d) an alleged perpetrator, (e) at least "
            + "one legal event, and the family's consent to submission to the UN; otherwise 422 problem+json whose errors "
            + "name every missing item (field: type, a, b, c, d, e, consent). UN audience: names only with that consent, the "
            + "family's contact details only with consent and for a reader on the case's contacts need-to-know list. A "
            + "restricted case outside the caller's team answers 404. Headers X-Report-Id and X-Report-SHA256 identify the "
            + "issued report.")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment", content = @Content(mediaType = DossierResource.PDF))
    @APIResponse(responseCode = "422", description = "What the case lacks", content = @Content(mediaType = "application/problem+json"))
    public Response submission(@PathParam("reference") String reference, WgeidRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "validation.required");
        }
        String language = DossierResource.language(request.lang());
        WgeidSubmitter submitter = WgeidSubmitter.of(request.organisation(), request.submitterName(), request.submitterContact(),
                request.confidential());
        IssuedPdf issued = submissions.submission(reference, submitter, Locale.forLanguageTag(language), readers.reader(),
                readers.actor());
        return DossierResource.pdf(issued, reference + "-wgeid-" + language);
    }
}
