package org.mizan.imports.entity;

import java.time.Instant;

/** One confirmed import: what came in from which file, and whether it has since been rolled back. */
public record ImportBatch(long id, String fileName, String fileSha256, String format, ImportBatchState state, int rowsRead,
                          int casesCreated, int personsCreated, int rowsKnown, int rowsInvalid, Instant createdAt,
                          String createdBy, Instant rolledBackAt, String rolledBackBy) {
}
