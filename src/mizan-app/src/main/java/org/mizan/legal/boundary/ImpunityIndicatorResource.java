package org.mizan.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.mizan.cases.control.ReferenceCodes;
import org.mizan.legal.control.ImpunityFilter;
import org.mizan.legal.control.ImpunityIndicators;
import org.mizan.platform.control.Dates;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

/** The aggregate impunity indicators over REST, over the cases the caller may see. */
@Path("indicators/impunity")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE, Role.Names.ADMIN})
public class ImpunityIndicatorResource {

    @Inject
    ImpunityIndicators impunity;
    @Inject
    CurrentUser currentUser;
    @Inject
    ReferenceCodes codes;

    @GET
    public ImpunityJson.IndicatorsView indicators(@QueryParam("from") String from, @QueryParam("to") String to,
                                                  @QueryParam("governorate") String governorate,
                                                  @QueryParam("violationType") String violationType) {
        ImpunityFilter filter = new ImpunityFilter(Dates.parse("from", from), Dates.parse("to", to), codes.governorate("governorate", governorate),
                codes.violationType("violationType", violationType));
        return ImpunityJson.IndicatorsView.of(filter, impunity.figures(filter, currentUser.reader()));
    }
}
