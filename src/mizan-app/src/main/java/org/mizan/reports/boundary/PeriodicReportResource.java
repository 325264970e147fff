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
import org.mizan.cases.control.ReferenceCodes;
import org.mizan.platform.control.InvalidInput;
import org.mizan.reports.control.PeriodicOrder;
import org.mizan.reports.control.PeriodicReports;
import org.mizan.reports.control.ReportJobs;
import org.mizan.security.control.CaseReader;
import org.mizan.security.control.CurrentUser;
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
    CurrentUser currentUser;
    @Inject
    ReferenceCodes codes;
    @Context
    UriInfo uri;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(PeriodicRequest request) {
        InvalidInput.requireBody(request);
        PeriodicOrder order = request.order(codes);
        CaseReader reader = currentUser.reader();
        Actor actor = currentUser.actor();
        reports.check(order, reader);
        ReportJobs.Status status = jobs.submit(reader.username(), progress -> reports.issue(order, reader, actor, progress));
        return Response.accepted(ReportJobJson.of(status, headers))
                .location(uri.getBaseUriBuilder().path(ReportJobResource.class).path(status.id()).build())
                .header("Cache-Control", "no-store")
                .build();
    }
}
