package org.mizan.imports.control;

import org.mizan.cases.control.ArabicNames;
import org.mizan.platform.control.JobProgress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass over a file, shared by the dry run and the import so that both judge every row alike: rows are
 * interpreted, then checked a chunk at a time against what earlier imports brought in (and, in a dry run, against
 * the persons already recorded); the import hands each chunk's new records to its {@link ImportWriter}. Only
 * counts and the first {@link ImportReport#LISTED} findings of each kind are kept: memory does not grow with the file.
 */
final class ImportPass {

    static final int CHUNK = 1000;

    private final RowInterpreter interpreter;
    private final ImportLookups lookups;
    private final ImportWriter writer;
    private final JobProgress progress;

    private final Set<String> seenFingerprints = new HashSet<>();
    private final Map<String, Long> victimsByKey = new HashMap<>();
    private final List<RowError> errors = new ArrayList<>();
    private final List<ImportReport.PossibleDuplicate> duplicates = new ArrayList<>();
    private final List<ImportReport.KnownRow> known = new ArrayList<>();
    private final List<ImportReport.Sample> sample = new ArrayList<>();
    private final Set<String> perpetrators = new HashSet<>();
    private long rowsRead;
    private long rowsInvalid;
    private long rowsKnown;
    private long duplicateCount;
    private long toCreate;
    private long personsToCreate;
    private long checkNanos;
    private long writeNanos;

    /** {@code writer} null for a dry run. */
    ImportPass(RowInterpreter interpreter, ImportLookups lookups, ImportWriter writer, JobProgress progress) {
        this.interpreter = interpreter;
        this.lookups = lookups;
        this.writer = writer;
        this.progress = progress;
    }

    ImportReport run(TableFile file, Long batchId) {
        List<ImportRecord> chunk = new ArrayList<>(CHUNK);
        for (Iterator<TableRow> rows = file.rows(); rows.hasNext(); ) {
            TableRow row = rows.next();
            rowsRead++;
            List<RowError> rowErrors = new ArrayList<>(0);
            interpreter.interpret(row, rowErrors).ifPresentOrElse(chunk::add, () -> invalid(rowErrors));
            if (chunk.size() == CHUNK) {
                handle(chunk);
                chunk.clear();
                progress.at(file.progress());
            }
        }
        handle(chunk);
        return new ImportReport(batchId, rowsRead, writer == null ? toCreate : writer.cases(),
                writer == null ? personsToCreate : writer.persons(), rowsKnown, rowsInvalid, duplicateCount,
                List.copyOf(errors), List.copyOf(duplicates), List.copyOf(known), List.copyOf(sample));
    }

    private void invalid(List<RowError> rowErrors) {
        rowsInvalid++;
        rowErrors.stream().limit(Math.max(0, ImportReport.LISTED - errors.size())).forEach(errors::add);
    }

    private void handle(List<ImportRecord> chunk) {
        long start = System.nanoTime();
        Map<String, ImportReport.KnownRow> before = lookups.known(chunk);
        List<ImportRecord> fresh = new ArrayList<>(chunk.size());
        for (ImportRecord record : chunk) {
            ImportReport.KnownRow earlier = before.get(record.fingerprint());
            if (earlier != null) {
                rowsKnown++;
                keep(known, earlier);
            } else if (!seenFingerprints.add(record.fingerprint())) {
                // The same record twice in one file: one case, the repeat counted as known.
                rowsKnown++;
            } else {
                fresh.add(record);
            }
        }
        long checked = System.nanoTime();
        sample(fresh);
        if (writer == null) {
            plan(fresh);
        } else {
            writer.write(fresh);
        }
        checkNanos += checked - start;
        writeNanos += System.nanoTime() - checked;
    }

    /** Where the pass spent its time, for the log: checking chunks against the database, then planning or spooling them. */
    String timings() {
        return writer == null ? String.format("checks %.1f s, plan %.1f s", checkNanos / 1e9, writeNanos / 1e9)
                : String.format("checks %.1f s, spool %.1f s of which ids %.1f s", checkNanos / 1e9, writeNanos / 1e9,
                writer.allocationSeconds());
    }

    /** What the dry run tells: what would be created, and who may already be recorded. */
    private void plan(List<ImportRecord> fresh) {
        for (ImportRecord record : fresh) {
            toCreate++;
            if (record.victim() != null) {
                personsToCreate++;
                String key = ArabicNames.latinKey(ImportLookups.name(record.victim()));
                Long earlierRow = victimsByKey.putIfAbsent(key, record.row());
                if (earlierRow != null) {
                    duplicateCount++;
                    keep(duplicates, new ImportReport.PossibleDuplicate(record.row(), ImportLookups.name(record.victim()), null,
                            null, earlierRow, 1.0, List.of("sameNameChain")));
                }
            }
            if (record.perpetrator() != null && perpetrators.add(record.perpetratorKind() + ":" + ArabicNames.normalise(record.perpetrator()))) {
                personsToCreate++;
            }
        }
        for (ImportReport.PossibleDuplicate duplicate : lookups.duplicates(fresh)) {
            duplicateCount++;
            keep(duplicates, duplicate);
        }
    }

    /** The first rows to be created, shown as a sample of the cases: by the dry run, and by the import with their references. */
    private void sample(List<ImportRecord> fresh) {
        for (ImportRecord record : fresh) {
            if (sample.size() >= ImportReport.SAMPLED) {
                return;
            }
            sample.add(new ImportReport.Sample(record.row(), record.victim() == null ? null : ImportLookups.name(record.victim()),
                    record.draft().incidentDate().toString(), record.draft().governorate(), record.draft().violationTypes(),
                    record.perpetrator(), null));
        }
    }

    private static <T> void keep(List<T> list, T item) {
        if (list.size() < ImportReport.LISTED) {
            list.add(item);
        }
    }
}
