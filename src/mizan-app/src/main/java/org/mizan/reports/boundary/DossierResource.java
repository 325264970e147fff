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
import org.mizan.platform.control.InvalidInput;
import org.mizan.reports.control.CaseDossiers;
import org.mizan.reports.control.IssuedPdf;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.util.List;
import java.util.Locale;

/**
 * A case's dossier as a PDF. The first path segment is a template so that JAX-RS prefers this class to
 * {@code /api/cases} for this path (as the proceedings and impunity resources do). Wildcard {@code @Produces}: a
 * refusal is problem+json whatever the client said it accepts, never a 406 in front of the 403.
 */
@Path("{cases: cases}/{reference}/dossier")
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADMIN, Role.Names.ADVOCATE})
public class DossierResource {

    static final String PDF = "application/pdf";
    /** The editions: the bundles also hold Kurdish, and the renderer shapes Sorani. */
    private static final List<String> LANGUAGES = List.of("en", "ar", "ckb");

    @Inject
    CaseDossiers dossiers;
    @Inject
    CurrentUser currentUser;

    @GET
    @Produces(MediaType.WILDCARD)
    public Response dossier(@PathParam("reference") String reference, @QueryParam("audience") String audience,
                            @QueryParam("lang") String lang) {
        String language = language(lang);
        IssuedPdf issued = dossiers.dossier(reference, ExportParameters.audience(audience), Locale.forLanguageTag(language),
                currentUser.reader(), currentUser.actor());
        return pdf(issued, reference + "-dossier-" + language);
    }

    /** The editions' language: en when not given, else one of the three; 400 naming 'lang' otherwise. */
    static String language(String lang) {
        String language = lang == null || lang.isBlank() ? "en" : lang.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new InvalidInput("lang", "validation.oneOf", String.join(", ", LANGUAGES));
        }
        return language;
    }

    /** An issued report as a download: never cached, never sniffed, its id and hash in headers. */
    static Response pdf(IssuedPdf issued, String name) {
        return Response.ok(issued.pdf(), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Report-Id", issued.reportId())
                .header("X-Report-SHA256", issued.sha256())
                .build();
    }
}
