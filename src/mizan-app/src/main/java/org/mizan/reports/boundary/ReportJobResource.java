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
import org.mizan.reports.control.IssuedPdf;
import org.mizan.reports.control.ReportJobs;
import org.mizan.security.control.CurrentUser;
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
    CurrentUser currentUser;
    @Context
    HttpHeaders headers;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response status(@PathParam("id") String id) {
        return Response.ok(ReportJobJson.of(jobs.status(id, currentUser.reader().username()), headers))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces(MediaType.WILDCARD)
    public Response pdf(@PathParam("id") String id) {
        IssuedPdf issued = jobs.pdf(id, currentUser.reader().username());
        return DossierResource.pdf(issued, "mizan-report-" + issued.reportId());
    }
}
