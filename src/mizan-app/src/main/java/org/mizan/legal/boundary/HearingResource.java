package org.mizan.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.mizan.legal.control.HearingService;
import org.mizan.platform.boundary.ExpectedVersion;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.util.List;

/** Hearings over REST for the people who attend them: investigators and lawyers. */
@Path("hearings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER})
public class HearingResource {

    @Inject
    HearingService hearings;
    @Inject
    CurrentUser currentUser;

    @GET
    public List<ProceedingJson.HearingView> upcoming(@QueryParam("days") @DefaultValue("30") int days) {
        if (days < 1 || days > 366) {
            throw new InvalidInput("days", "validation.range", "1", "366");
        }
        return hearings.upcoming(currentUser.reader(), days).stream().map(ProceedingJson.HearingView::of).toList();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProceedingJson.HearingView update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                             ProceedingJson.HearingInput input) {
        InvalidInput.requireBody(input);
        long version = ExpectedVersion.of(ifMatch, input.version());
        return ProceedingJson.HearingView.of(hearings.update(id, input.toDraft(), version, currentUser.reader(), currentUser.actor()));
    }
}
