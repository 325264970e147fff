package org.mizan.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.cases.control.SqlRunner;
import org.mizan.cases.control.SqlStatement;
import org.mizan.imports.entity.ImportBatch;
import org.mizan.imports.entity.ImportBatchState;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The batches imported so far, newest first. */
@ApplicationScoped
public class ImportBatches {

    private static final int SHOWN = 200;

    @PersistenceContext
    EntityManager em;

    @Transactional
    public List<ImportBatch> recent() {
        return SqlRunner.of(em).rows(new SqlStatement("SELECT id, file_name, file_sha256, file_format, state, rows_read, "
                        + "cases_created, persons_created, rows_known, rows_invalid, created_at, created_by, rolled_back_at, "
                        + "rolled_back_by FROM import_batch ORDER BY id DESC LIMIT ?", List.of(SHOWN)))
                .stream().map(ImportBatches::batch).toList();
    }

    private static ImportBatch batch(Object[] row) {
        return new ImportBatch(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                ImportBatchState.valueOf((String) row[4]), number(row[5]), number(row[6]), number(row[7]), number(row[8]),
                number(row[9]), instant(row[10]), (String) row[11], instant(row[12]), (String) row[13]);
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
