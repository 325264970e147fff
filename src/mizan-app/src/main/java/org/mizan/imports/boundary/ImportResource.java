package org.mizan.imports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mizan.imports.control.ColumnMapping;
import org.mizan.imports.control.ImportBatches;
import org.mizan.imports.control.ImportJobs;
import org.mizan.imports.control.ImportMappings;
import org.mizan.imports.control.ImportRollback;
import org.mizan.imports.control.ImportStarts;
import org.mizan.imports.control.ImportUploads;
import org.mizan.imports.control.Imports;
import org.mizan.imports.control.TableOptions;
import org.mizan.imports.entity.ImportBatch;
import org.mizan.platform.boundary.RequestSizeLimit;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Messages;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The import over REST, for automation, step for step as on the page: upload the file (preview back), dry-run it
 * under a mapping, import it, poll the job; list batches; an administrator rolls one back.
 */
@Path("imports")
@RolesAllowed(Role.Names.INVESTIGATOR)
public class ImportResource {

    @Inject
    Imports imports;
    @Inject
    ImportUploads uploads;
    @Inject
    ImportJobs jobs;
    @Inject
    ImportStarts starts;
    @Inject
    ImportMappings mappings;
    @Inject
    ImportBatches batches;
    @Inject
    ImportRollback rollback;
    @Inject
    CurrentUser currentUser;
    @Context
    HttpHeaders headers;

    @POST
    @Path("uploads")
    // The format is read from the bytes; a wrong Content-Type must not become a 415 before the sign-in is checked.
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(InputStream body, @QueryParam("name") String name) {
        ImportUploads.Upload upload;
        try {
            upload = uploads.store(body, name, currentUser.reader().username());
        } catch (InvalidInput e) {
            if ("import.file.tooLarge".equals(e.errors().get(0).messageKey())) {
                throw RequestSizeLimit.tooLarge(body);
            }
            throw e;
        }
        try {
            return Response.status(Response.Status.CREATED)
                    .entity(imports.preview(upload.id(), TableOptions.detect(), upload.owner())).build();
        } catch (RuntimeException e) {
            uploads.discard(upload.id());
            throw e;
        }
    }

    @GET
    @Path("uploads/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Imports.Preview preview(@PathParam("id") String id, @QueryParam("encoding") String encoding,
                                   @QueryParam("delimiter") String delimiter, @QueryParam("sheet") Integer sheet) {
        return imports.preview(id, ImportOptions.of(encoding, delimiter, sheet), currentUser.reader().username());
    }

    @POST
    @Path("uploads/{id}/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response dryRun(@PathParam("id") String id, ImportRequest request) {
        ImportRequest given = required(request);
        return accepted(starts.dryRun(id, given.options(), given.columns(mappings), currentUser.reader()));
    }

    @POST
    @Path("uploads/{id}/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importFile(@PathParam("id") String id, ImportRequest request) {
        ImportRequest given = required(request);
        return accepted(starts.importFile(id, given.options(), given.columns(mappings), currentUser.reader(), currentUser.actor()));
    }

    @GET
    @Path("jobs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response job(@PathParam("id") String id) {
        return Response.ok(ImportReportJson.of(jobs.status(id, currentUser.reader().username()), messages()))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("batches")
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    public List<ImportBatch> batches() {
        return batches.recent();
    }

    @POST
    @Path("batches/{id}/rollback")
    @RolesAllowed(Role.Names.ADMIN)
    public Response rollback(@PathParam("id") long id) {
        rollback.rollback(id, currentUser.actor());
        return Response.noContent().build();
    }

    @GET
    @Path("mappings")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Map<String, String>> savedMappings() {
        Map<String, Map<String, String>> all = new TreeMap<>();
        mappings.all().forEach((name, mapping) -> {
            Map<String, String> columns = new TreeMap<>();
            mapping.byHeader().forEach((header, field) -> columns.put(header, field.name()));
            all.put(name, columns);
        });
        return all;
    }

    @PUT
    @Path("mappings/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveMapping(@PathParam("name") String name, jakarta.json.JsonObject mapping) {
        if (mapping == null) {
            throw new InvalidInput("mapping", "import.mapping.missing");
        }
        mappings.save(name, ColumnMapping.of(mapping), currentUser.actor());
        return Response.noContent().build();
    }

    private static ImportRequest required(ImportRequest request) {
        if (request == null) {
            throw new InvalidInput("mapping", "import.mapping.missing");
        }
        return request;
    }

    private Response accepted(ImportJobs.Status status) {
        return Response.accepted(ImportReportJson.of(status, messages())).build();
    }

    private Messages messages() {
        List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return Messages.in(wanted.isEmpty() ? Locale.ENGLISH : wanted.get(0));
    }
}
