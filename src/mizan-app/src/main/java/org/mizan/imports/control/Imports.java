package org.mizan.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.control.CaseReferences;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.control.SqlRunner;
import org.mizan.cases.control.SqlStatement;
import org.mizan.imports.entity.ImportField;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.JobProgress;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The import's steps: preview an uploaded file, dry-run it under a mapping (nothing written), import it as one
 * batch in one transaction (everything or nothing), and list the batches. Only investigators import, as only they
 * record cases; rolling a batch back is {@link ImportRollback}'s, for administrators.
 */
@ApplicationScoped
public class Imports {

    public static final String ACTION_IMPORT = "IMPORT_BATCH";
    static final int PREVIEW_ROWS = 10;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Imports.class.getName());
    /** Reading and checking the file is most of an import's time; loading the spooled rows the rest. */
    private static final double READ_SHARE = 0.8;

    /** The first rows of a file as read, and how it was read. */
    public record Preview(String uploadId, String fileName, long size, TableFormat format, String encoding, Character delimiter,
                          List<String> sheets, List<String> headers, List<TableRow> rows, Map<String, ImportField> suggested) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    ImportUploads uploads;
    @Inject
    ReferenceData referenceData;
    @Inject
    CaseReferences references;
    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Preview preview(String uploadId, TableOptions options, String owner) {
        ImportUploads.Upload upload = uploads.get(uploadId, owner);
        return read(upload, options, file -> {
            List<TableRow> rows = new ArrayList<>();
            for (var iterator = file.rows(); iterator.hasNext() && rows.size() < PREVIEW_ROWS; ) {
                rows.add(iterator.next());
            }
            return new Preview(upload.id(), upload.fileName(), upload.size(), file.format(), file.encoding(), file.delimiter(),
                    file.sheets(), file.headers(), rows, ColumnGuess.suggest(file.headers()));
        });
    }

    /** Refuses, before anything runs, a mapping that does not fit the file (a required field unmapped, a field twice). */
    public void check(String uploadId, TableOptions options, ColumnMapping mapping, String owner) {
        read(uploads.get(uploadId, owner), options, file -> mapping.positions(file.headers()));
    }

    /** Everything the import would do, and every row it would refuse; writes nothing. */
    @Transactional
    public ImportReport dryRun(String uploadId, TableOptions options, ColumnMapping mapping, CaseReader reader, String owner,
                               JobProgress progress) {
        reader.requireEditor();
        ImportLookups lookups = new ImportLookups(SqlRunner.of(em), reader);
        ImportReport report = read(uploads.get(uploadId, owner), options,
                file -> new ImportPass(interpreter(file, mapping), lookups, null, progress).run(file, null));
        progress.at(1);
        return report;
    }

    /**
     * Imports the file as one batch: the rows that pass, each once — rows imported before are recognised and left
     * alone — all in this one transaction. The upload is deleted once the batch is in.
     */
    @Transactional
    public ImportReport run(String uploadId, TableOptions options, ColumnMapping mapping, Actor actor, CaseReader reader,
                            JobProgress progress) {
        reader.requireEditor();
        ImportUploads.Upload upload = uploads.get(uploadId, actor.username());
        Instant now = clock.instant();
        SqlRunner db = SqlRunner.of(em);
        ImportReport report;
        try (TableFile file = TableFile.open(upload.path(), upload.fileName(), options)) {
            long batchId = ((Number) db.rows(new SqlStatement("INSERT INTO import_batch (file_name, file_sha256, file_format, columns, "
                    + "state, rows_read, cases_created, persons_created, rows_known, rows_invalid, created_at, created_by) "
                    + "VALUES (?, ?, ?, CAST(? AS jsonb), 'IMPORTED', 0, 0, 0, 0, 0, ?, ?) RETURNING id", List.of(upload.fileName(),
                    upload.sha256(), file.format().name(), mapping.toJson(), java.sql.Timestamp.from(now), actor.username())))
                    .get(0)[0]).longValue();
            try (ImportWriter writer = new ImportWriter(db, references, batchId, actor.username(), reader.userId(), now)) {
                long start = System.nanoTime();
                ImportPass pass = new ImportPass(interpreter(file, mapping), new ImportLookups(db, reader), writer,
                        progress.within(0, READ_SHARE));
                report = pass.run(file, batchId);
                long read = System.nanoTime();
                writer.load(em.unwrap(Connection.class).unwrap(PGConnection.class).getCopyAPI());
                report = report.withReferences(sampledReferences(db, batchId, report));
                // Counts and times only: what an administrator needs to see why a large import took long.
                LOG.info(String.format("import batch %d: %d rows read, checked and spooled in %.1f s (%s), loaded in %.1f s",
                        batchId, report.rowsRead(), (read - start) / 1e9, pass.timings(), (System.nanoTime() - read) / 1e9));
            }
            db.rows(new SqlStatement("UPDATE import_batch SET rows_read = ?, cases_created = ?, persons_created = ?, rows_known = ?, "
                    + "rows_invalid = ? WHERE id = ? RETURNING id", List.of(report.rowsRead(), report.casesCreated(),
                    report.personsCreated(), report.rowsKnown(), report.rowsInvalid(), batchId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // Another import of the same rows committed first; this one must not bring them in twice.
                throw new Conflict("import.failed.concurrent");
            }
            throw new IllegalStateException("import load failed", e);
        }
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_IMPORT, "import:" + report.batchId(),
                Outcome.SUCCESS, "file sha256 " + upload.sha256() + ", rows " + report.rowsRead() + ", cases " + report.casesCreated()
                + ", persons " + report.personsCreated() + ", known " + report.rowsKnown() + ", invalid " + report.rowsInvalid()));
        progress.at(1);
        return report;
    }

    /** The references the sampled rows were recorded under, so that the report links to the new cases. */
    private static Map<Long, String> sampledReferences(SqlRunner db, long batchId, ImportReport report) {
        Map<Long, String> references = new HashMap<>();
        if (report.sample().isEmpty()) {
            return references;
        }
        String rows = report.sample().stream().map(s -> Long.toString(s.row())).collect(Collectors.joining(","));
        for (Object[] row : db.rows(new SqlStatement("SELECT r.row_number, c.reference FROM import_row r JOIN violation_case c "
                + "ON c.id = r.case_id WHERE r.batch_id = ? AND r.row_number = ANY (CAST(? AS integer[]))",
                List.of(batchId, "{" + rows + "}")))) {
            references.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return references;
    }

    /** What is done with an uploaded file while it is open. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(TableFile file) throws IOException;
    }

    /** Opens the upload as a table, does {@code reading} with it and closes it; a file that cannot be read is unchecked. */
    private static <T> T read(ImportUploads.Upload upload, TableOptions options, Reading<T> reading) {
        try (TableFile file = TableFile.open(upload.path(), upload.fileName(), options)) {
            return reading.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Called once the import's transaction has committed: the file has served. */
    public void imported(String uploadId) {
        uploads.discard(uploadId);
    }

    private RowInterpreter interpreter(TableFile file, ColumnMapping mapping) {
        Map<String, ReferenceData.Label> governorates = referenceData.governorates();
        Map<String, ReferenceData.Label> types = referenceData.violationTypes();
        return new RowInterpreter(new ImportVocabulary(governorates, types), mapping.positions(file.headers()), file.headers(),
                types.keySet(), governorates.keySet());
    }
}
