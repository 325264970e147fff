package org.mizan.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.mizan.cases.boundary.CaseReaders;
import org.mizan.cases.control.CaseReader;
import org.mizan.platform.control.BackgroundJobs;
import org.mizan.platform.control.InvalidInput;
import org.mizan.reports.control.PeriodicOrder;
import org.mizan.reports.control.PeriodicReports;
import org.mizan.reports.control.ReportJobs;
import org.mizan.security.entity.Actor;
import org.mizan.security.entity.Role;

/**
 * Starts a periodic report in the background: everything that can be refused is refused here (400, 403) before the
 * job is queued; then 202 with the job's address, which {@link ReportJobResource} answers.
 */
@Path("reports/periodic")
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE, Role.Names.ADMIN})
public class PeriodicReportResource {

    @Inject
    PeriodicReports reports;
    @Inject
    ReportJobs jobs;
    @Inject
    CaseReaders readers;
    @Context
    UriInfo uri;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startPeriodicReport", summary = "Start a periodic report (PDF, generated in the background)",
            description = "Body: {\"from\", \"to\" (incident period, ISO dates, optional; a case counts when its incident "
                    + "period overlaps), \"violationType\", \"governorate\" (reference codes), \"status\", \"victimOccupation\", "
                    + "\"perpetratorKind\", \"evidenceStatus\" (the case list's filters), \"audience\": INTERNAL|LEGAL|UN|PUBLIC "
                    + "(required; advocates only UN and PUBLIC, else 403), \"lang\": en (default) | ar | ckb}. No search text "
                    + "(\"q\" is 400): the report's order is registered and audited and must not carry a name. Over the cases "
                    + "the caller may see (restricted ones only for their team), redacted for the audience: "
                    + "statistics and charts by violation type, governorate, month, victims' occupation and fate, prosecution "
                    + "stages, the impunity indicators, then the list of cases. A malformed date, an unknown code or value, a "
                    + "period that ends before it starts is 400 naming the field; 409 when the caller already has as many "
                    + "jobs (reports, imports) queued or running as mizan.jobs.per-user allows (" + BackgroundJobs.DEFAULT_PER_USER
                    + " by default); "
                    + "503 with Retry-After when the server's job queue is full. Answers 202 with Location "
                    + "/api/reports/jobs/{id} and the job's status; only the caller may follow it. The issued report is "
                    + "registered and audited with its SHA-256 like every report.")
    @APIResponse(responseCode = "202", description = "Queued: the job's status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response start(PeriodicRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "validation.required");
        }
        PeriodicOrder order = request.order();
        CaseReader reader = readers.reader();
        Actor actor = readers.actor();
        reports.check(order, reader);
        ReportJobs.Status status = jobs.submit(reader.username(), progress -> reports.issue(order, reader, actor, progress));
        return Response.accepted(ReportJobJson.of(status, headers))
                .location(uri.getBaseUriBuilder().path(ReportJobResource.class).path(status.id()).build())
                .header("Cache-Control", "no-store")
                .build();
    }
}
