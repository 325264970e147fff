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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mizan.cases.boundary.CaseReaders;
import org.mizan.cases.control.CaseFilter;
import org.mizan.cases.control.CaseReader;
import org.mizan.reports.control.CaseExport;
import org.mizan.reports.entity.Audience;
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

    private static final String PARAMETERS = "The case list's filters (type, governorate, from, to, status, victimOccupation, "
            + "perpetratorKind, evidenceStatus, q: the same cases as GET /api/cases, restricted ones only for their team) and "
            + "audience = INTERNAL|LEGAL|UN|PUBLIC (required; 400 when missing or unknown, 403 when the caller may not produce "
            + "it: advocates only UN and PUBLIC). Redaction: in PUBLIC a victim is named only with the family's "
            + "consent to be named publicly, otherwise initials and age group; no locality; in UN names only with consent to "
            + "submit. Witnesses and contact details are never exported. All matching cases, in reference order, streamed; "
            + "every export is audited.";

    private static final String AUDIENCE = "Who the file is for, which decides what it shows; advocates: UN or PUBLIC.";

    @Inject
    CaseExport export;
    @Inject
    CaseReaders readers;

    @GET
    @Path("cases.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(operationId = "exportCasesCsv", summary = "Export the filtered cases as CSV",
            description = PARAMETERS + " UTF-8 with a byte-order mark; header row of English field names; a cell "
                    + "starting with = + - @, tab or CR is prefixed with an apostrophe so that spreadsheets do not run it as a formula.")
    public Response csv(@BeanParam ExportParameters parameters,
                        @QueryParam("audience") @Parameter(required = true, description = AUDIENCE, schema = @Schema(
                                type = SchemaType.STRING, enumeration = {"INTERNAL", "LEGAL", "UN", "PUBLIC"})) String audience) {
        Start start = start(parameters, audience, "csv");
        StreamingOutput body = out -> {
            CsvCases csv = new CsvCases(out, start.audience());
            export.export(start.filter(), start.audience(), "csv", start.reader(), start.actor(), csv);
            csv.finish();
        };
        return attachment(body, "text/csv; charset=UTF-8", start.audience(), "csv");
    }

    @GET
    @Path("cases.json")
    @Produces("application/json")
    @Operation(operationId = "exportCasesJson", summary = "Export the filtered cases as JSON",
            description = PARAMETERS + " {audience, cases: [...], count}; a field the audience may not see is absent.")
    public Response json(@BeanParam ExportParameters parameters,
                         @QueryParam("audience") @Parameter(required = true, description = AUDIENCE, schema = @Schema(
                                type = SchemaType.STRING, enumeration = {"INTERNAL", "LEGAL", "UN", "PUBLIC"})) String audience) {
        Start start = start(parameters, audience, "json");
        StreamingOutput body = out -> {
            JsonCases json = new JsonCases(out, start.audience());
            export.export(start.filter(), start.audience(), "json", start.reader(), start.actor(), json);
            json.finish();
        };
        return attachment(body, "application/json", start.audience(), "json");
    }

    /** What an export needs, resolved while the request is still answerable with 400 or 403. */
    private record Start(CaseFilter filter, Audience audience, CaseReader reader, Actor actor) {
    }

    private Start start(ExportParameters parameters, String audienceName, String format) {
        CaseFilter filter = parameters.filter();
        Audience audience = ExportParameters.audience(audienceName);
        CaseReader reader = readers.reader();
        Actor actor = readers.actor();
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
