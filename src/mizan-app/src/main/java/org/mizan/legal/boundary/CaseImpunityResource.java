package org.mizan.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mizan.legal.control.ImpunityIndicators;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

/**
 * A case's impunity clock over REST. The first path segment is a template so that JAX-RS prefers this
 * class to {@code /api/cases} for this path (as {@link CaseProceedingResource} does).
 */
@Path("{cases: cases}/{reference}/impunity")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE, Role.Names.ADMIN})
public class CaseImpunityResource {

    @Inject
    ImpunityIndicators impunity;
    @Inject
    CurrentUser currentUser;

    @GET
    public ImpunityJson.ClockView clock(@PathParam("reference") String reference) {
        return ImpunityJson.ClockView.of(reference, impunity.clock(reference, currentUser.reader()));
    }
}
