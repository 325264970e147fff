package org.mizan.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.mizan.cases.boundary.CaseReaders;
import org.mizan.reports.control.IssuedPdf;
import org.mizan.reports.control.ReportJobs;
import org.mizan.security.entity.Role;

/**
 * A report generated in the background: its state and progress, then its PDF. Only the user who asked may see either;
 * for anyone else, and once the report is no longer kept ({@link ReportJobs#KEPT}), the job does not exist (404).
 */
@Path("reports/jobs")
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE, Role.Names.ADMIN})
public class ReportJobResource {

    @Inject
    ReportJobs jobs;
    @Inject
    CaseReaders readers;
    @Context
    HttpHeaders headers;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportJob", summary = "The state of a report being generated in the background",
            description = "{id, state: QUEUED|RUNNING|READY|FAILED, progress: 0–1, reportId and sha256 once READY, error (in the "
                    + "Accept-Language) once FAILED, expiresAt once finished}. A finished report is kept one hour, at most "
                    + ReportJobs.KEPT_PER_USER + " per user; 404 for anyone but the user who asked.")
    public Response status(@PathParam("id") String id) {
        return Response.ok(ReportJobJson.of(jobs.status(id, readers.reader().username()), headers))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "reportJobPdf", summary = "The PDF of a finished background report",
            description = "The issued report as an attachment (headers X-Report-Id and X-Report-SHA256) once READY; 409 "
                    + "problem+json while it is queued or running, or when it failed; 404 for anyone but the user who asked.")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment", content = @Content(mediaType = DossierResource.PDF))
    @APIResponse(responseCode = "409", description = "Not ready", content = @Content(mediaType = "application/problem+json"))
    public Response pdf(@PathParam("id") String id) {
        IssuedPdf issued = jobs.pdf(id, readers.reader().username());
        return DossierResource.pdf(issued, "mizan-report-" + issued.reportId());
    }
}
