package org.mizan.imports.boundary;

import org.mizan.imports.control.ImportJobs;
import org.mizan.imports.control.ImportReport;
import org.mizan.imports.control.RowError;
import org.mizan.platform.control.Messages;

import java.util.List;

/**
 * A dry run or import job as its owner sees it over REST: state and progress, then the counts and the listed
 * findings, every reason in the caller's language (Accept-Language).
 */
public record ImportReportJson(String id, String kind, String state, double progress, String error, Long batchId,
                               Long rowsRead, Long casesCreated, Long personsCreated, Long rowsKnown, Long rowsInvalid,
                               Long duplicateCount, List<ErrorJson> errors, List<DuplicateJson> duplicates,
                               List<ImportReport.KnownRow> known, List<ImportReport.Sample> sample) {

    public record ErrorJson(long row, String column, String message) {
    }

    public record DuplicateJson(long row, String name, Long personId, String existingName, Long earlierRow, long percent,
                                List<String> reasons) {
    }

    static ImportReportJson of(ImportJobs.Status status, Messages messages) {
        ImportReport report = status.report();
        String error = status.errorKey() == null ? null : messages.get(status.errorKey(), status.errorArguments());
        String kind = status.dryRun() ? "DRY_RUN" : "IMPORT";
        double progress = Math.round(status.progress() * 1000) / 1000.0;
        if (report == null) {
            return new ImportReportJson(status.id(), kind, status.state().name(), progress, error, null, null, null, null, null,
                    null, null, List.of(), List.of(), List.of(), List.of());
        }
        return new ImportReportJson(status.id(), kind, status.state().name(), progress, error, report.batchId(), report.rowsRead(),
                report.casesCreated(), report.personsCreated(), report.rowsKnown(), report.rowsInvalid(), report.duplicateCount(),
                report.errors().stream().map(e -> new ErrorJson(e.row(), e.column(), message(e, messages))).toList(),
                report.duplicates().stream().map(d -> duplicate(d, messages)).toList(), report.known(), report.sample());
    }

    static String message(RowError error, Messages messages) {
        return messages.get(error.messageKey(), error.arguments());
    }

    static DuplicateJson duplicate(ImportReport.PossibleDuplicate d, Messages messages) {
        return new DuplicateJson(d.row(), d.name(), d.personId(), d.existingName(), d.earlierRow(), Math.round(d.score() * 100),
                d.reasons().stream().map(r -> messages.get("duplicate.reason." + r)).toList());
    }
}
