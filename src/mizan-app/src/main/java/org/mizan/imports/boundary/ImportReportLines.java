package org.mizan.imports.boundary;

import org.mizan.cases.control.ReferenceLabels;
import org.mizan.imports.control.ImportReport;
import org.mizan.platform.control.Messages;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A dry run's or an import's findings as the page lists them: reasons in the page's language (the same texts the
 * REST API gives, {@link ImportReportJson}), reference codes as their labels.
 */
public final class ImportReportLines {

    /** One case as it would be recorded, with labels instead of codes. */
    public record SampleLine(long row, String victim, String incidentDate, String governorate, String types, String perpetrator,
                             String caseReference) {
    }

    private final ImportReport report;
    private final Messages messages;
    private final ReferenceLabels labels;

    ImportReportLines(ImportReport report, Messages messages, ReferenceLabels labels) {
        this.report = report;
        this.messages = messages;
        this.labels = labels;
    }

    public ImportReport getReport() {
        return report;
    }

    public List<ImportReportJson.ErrorJson> getErrors() {
        return report.errors().stream()
                .map(e -> new ImportReportJson.ErrorJson(e.row(), e.column(), ImportReportJson.message(e, messages))).toList();
    }

    public List<ImportReportJson.DuplicateJson> getDuplicates() {
        return report.duplicates().stream().map(d -> ImportReportJson.duplicate(d, messages)).toList();
    }

    public List<SampleLine> getSample() {
        return report.sample().stream().map(s -> new SampleLine(s.row(), s.victim(), s.incidentDate(),
                labels.governorateLabel(s.governorate()),
                s.types().stream().map(labels::typeLabel).collect(Collectors.joining(" · ")), s.perpetrator(), s.caseReference())).toList();
    }

    /** The report lists only the first findings of a large file; the page says when some were left out. */
    public boolean isErrorsCut() {
        return report.errors().size() >= ImportReport.LISTED;
    }

    public boolean isDuplicatesCut() {
        return report.duplicateCount() > report.duplicates().size();
    }
}
