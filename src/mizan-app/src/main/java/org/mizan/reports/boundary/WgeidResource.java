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
import org.mizan.platform.control.InvalidInput;
import org.mizan.reports.control.IssuedPdf;
import org.mizan.reports.control.WgeidSubmissions;
import org.mizan.reports.control.WgeidSubmitter;
import org.mizan.security.control.CurrentUser;
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
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD)
    public Response submission(@PathParam("reference") String reference, WgeidRequest request) {
        InvalidInput.requireBody(request);
        String language = DossierResource.language(request.lang());
        WgeidSubmitter submitter = WgeidSubmitter.of(request.organisation(), request.submitterName(), request.submitterContact(),
                request.confidential());
        IssuedPdf issued = submissions.submission(reference, submitter, Locale.forLanguageTag(language), currentUser.reader(),
                currentUser.actor());
        return DossierResource.pdf(issued, reference + "-wgeid-" + language);
    }
}
