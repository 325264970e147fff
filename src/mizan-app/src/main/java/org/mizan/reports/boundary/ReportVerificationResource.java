package org.mizan.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mizan.platform.control.InvalidInput;
import org.mizan.reports.control.ReportVerification;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.io.IOException;
import java.io.InputStream;

/** "Verify a report" over REST: upload a PDF, learn whether Mizan produced it, when and for whom. */
@Path("reports/verify")
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE})
public class ReportVerificationResource {

    @Inject
    ReportVerification verification;
    @Inject
    CurrentUser currentUser;

    @POST
    // Any declared type: whether the body is a PDF is read from its bytes, and a wrong label must not turn into a 415
    // that answers before the sign-in is checked.
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public ReportVerdictJson verify(InputStream body) throws IOException {
        byte[] file = body == null ? new byte[0] : body.readAllBytes();
        if (file.length == 0) {
            throw new InvalidInput("file", "validation.required");
        }
        return ReportVerdictJson.of(verification.verify(file, currentUser.actor()));
    }
}
