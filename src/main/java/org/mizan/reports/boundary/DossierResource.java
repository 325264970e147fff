package org.mizan.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.mizan.cases.boundary.CaseReaders;
import org.mizan.platform.control.InvalidInput;
import org.mizan.reports.control.CaseDossiers;
import org.mizan.security.entity.Role;

import java.util.List;
import java.util.Locale;

/**
 * A case's dossier as a PDF. The first path segment is a template so that JAX-RS prefers this class to
 * {@code /api/cases} for this path (as the proceedings and impunity resources do). Wildcard {@code @Produces}: a
 * refusal is problem+json whatever the client said it accepts, never a 406 in front of the 403.
 */
@Path("{cases: cases}/{reference}/dossier")
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADMIN})
public class DossierResource {

    static final String PDF = "application/pdf";
    /** The editions: the bundles also hold Kurdish, and the renderer shapes Sorani. */
    private static final List<String> LANGUAGES = List.of("en", "ar", "ckb");

    @Inject
    CaseDossiers dossiers;
    @Inject
    CaseReaders readers;

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The case dossier (INTERNAL audience) as PDF", description = "Summary, victims, alleged perpetrators, "
            + "witnesses, the incident and the prosecution in time (each proceeding with its derived stage and events), "
            + "evidence with SHA-256 and custody, sources; never contact details. lang = en (default) | ar | ckb; anything "
            + "else is 400 naming 'lang'. Administrators, investigators and lawyers (advocates: 403; they will get the "
            + "redacted audiences); a restricted case outside the caller's team answers 404. Every dossier is audited with "
            + "the SHA-256 of the PDF.")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment", content = @Content(mediaType = PDF))
    public Response dossier(@PathParam("reference") String reference, @QueryParam("lang") String lang) {
        String language = lang == null || lang.isBlank() ? "en" : lang.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new InvalidInput("lang", "validation.oneOf", String.join(", ", LANGUAGES));
        }
        byte[] pdf = dossiers.internal(reference, Locale.forLanguageTag(language), readers.reader(), readers.actor());
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "attachment; filename=\"" + reference.replaceAll("[^A-Za-z0-9-]", "_")
                        + "-dossier-" + language + ".pdf\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
