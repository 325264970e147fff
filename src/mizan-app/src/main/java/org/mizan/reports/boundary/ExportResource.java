package org.mizan.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.mizan.cases.control.CaseFilter;
import org.mizan.cases.control.ReferenceCodes;
import org.mizan.reports.control.CaseExport;
import org.mizan.reports.entity.Audience;
import org.mizan.security.control.CaseReader;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Actor;
import org.mizan.security.entity.Role;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The filtered case list as a file, redacted for an audience. All four roles may export; an advocate only
 * for UN and PUBLIC (403 otherwise). Bad parameters are refused (400 naming them) before a byte is
 * written; after that the file streams case by case.
 */
@Path("exports")
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE, Role.Names.ADMIN})
public class ExportResource {

    @Inject
    CaseExport export;
    @Inject
    CurrentUser currentUser;
    @Inject
    ReferenceCodes codes;

    @GET
    @Path("cases.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@BeanParam ExportParameters parameters,
                        @QueryParam("audience") String audience) {
        return stream(parameters, audience, "csv", "text/csv; charset=UTF-8", CsvCases::new);
    }

    @GET
    @Path("cases.json")
    @Produces("application/json")
    public Response json(@BeanParam ExportParameters parameters,
                         @QueryParam("audience") String audience) {
        return stream(parameters, audience, "json", "application/json", JsonCases::new);
    }

    /** Checked first (400, 403); then the file streams as {@code format}, its name ending in it. */
    private Response stream(ExportParameters parameters, String audienceName, String format, String type, CaseFile.Format files) {
        Start start = start(parameters, audienceName, format);
        StreamingOutput body = out -> {
            CaseFile file = files.begin(out, start.audience());
            export.export(start.filter(), start.audience(), format, start.reader(), start.actor(), file);
            file.finish();
        };
        return attachment(body, type, start.audience(), format);
    }

    /** What an export needs, resolved while the request is still answerable with 400 or 403. */
    private record Start(CaseFilter filter, Audience audience, CaseReader reader, Actor actor) {
    }

    private Start start(ExportParameters parameters, String audienceName, String format) {
        CaseFilter filter = parameters.filter(codes);
        Audience audience = ExportParameters.audience(audienceName);
        CaseReader reader = currentUser.reader();
        Actor actor = currentUser.actor();
        export.requireAllowed(audience, format, filter, reader, actor);
        return new Start(filter, audience, reader, actor);
    }

    private static Response attachment(StreamingOutput body, String type, Audience audience, String extension) {
        String name = "mizan-cases-" + audience.name().toLowerCase(Locale.ROOT) + "-" + LocalDate.now(ZoneOffset.UTC) + "." + extension;
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
