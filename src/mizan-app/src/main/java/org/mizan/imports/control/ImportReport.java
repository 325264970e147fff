package org.mizan.imports.control;

import java.util.List;

/**
 * What a dry run found, or what an import did ({@code batchId} set): counts of every kind of row, the first
 * {@link #LISTED} errors, possible duplicates and already-imported rows, and a sample of the cases to create.
 */
public record ImportReport(Long batchId, long rowsRead, long casesCreated, long personsCreated, long rowsKnown,
                           long rowsInvalid, long duplicateCount, List<RowError> errors,
                           List<PossibleDuplicate> duplicates, List<KnownRow> known, List<Sample> sample) {

    /** How many of each list a report carries: enough to fix a file by, bounded however large the file. */
    public static final int LISTED = 500;
    public static final int SAMPLED = 20;

    /** A victim of the file who may already be a person in Mizan (or in an earlier row of the same file). */
    public record PossibleDuplicate(long row, String name, Long personId, String existingName, Long earlierRow,
                                    double score, List<String> reasons) {
    }

    /** A row recognised as imported before: by which batch, as which case. */
    public record KnownRow(long row, long batchId, long batchRow, String caseReference) {
    }

    /** One case as it would be recorded; once imported, with the reference it was recorded under. */
    public record Sample(long row, String victim, String incidentDate, String governorate, List<String> types,
                         String perpetrator, String caseReference) {

        Sample recordedAs(String reference) {
            return new Sample(row, victim, incidentDate, governorate, types, perpetrator, reference);
        }
    }

    /** The report with each sampled row's case reference, as the import recorded it (row number to reference). */
    ImportReport withReferences(java.util.Map<Long, String> referenceByRow) {
        return new ImportReport(batchId, rowsRead, casesCreated, personsCreated, rowsKnown, rowsInvalid, duplicateCount, errors,
                duplicates, known, sample.stream().map(s -> s.recordedAs(referenceByRow.get(s.row()))).toList());
    }

    public boolean imported() {
        return batchId != null;
    }
}
