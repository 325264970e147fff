package org.mizan.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mizan.platform.control.InvalidInput;
import org.mizan.reports.control.PackageVerification;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;
import org.mizan.verify.Finding;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** "Verify an evidence package" over REST: the zip as the body, streamed to disk; the verdict mizan-verify.jar would give. */
@Path("evidence-packages/verify")
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE})
public class PackageVerificationResource {

    @Inject
    PackageVerification verification;
    @Inject
    CurrentUser currentUser;

    /** The verdict: intact or not, each finding by problem and path, the certificate, and whether it is this organisation's. */
    public record Verdict(boolean intact, boolean signatureValid, String fingerprint, String subject, boolean signedByThisOrganisation,
                          int payloadFiles, int tagFiles, Map<String, String> bagInfo, List<Problem> findings) {
    }

    public record Problem(String problem, String path) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Verdict verify(InputStream body) throws IOException {
        if (body == null) {
            throw new InvalidInput("file", "validation.required");
        }
        PackageVerification.Checked checked = verification.verify(body, currentUser.actor());
        var v = checked.verdict();
        return new Verdict(v.intact(), v.signatureValid(), v.fingerprint(), v.subject(), checked.ours(), v.payloadFiles(), v.tagFiles(),
                v.bagInfo(), v.findings().stream().map((Finding f) -> new Problem(f.problem().name(), f.path())).toList());
    }
}
