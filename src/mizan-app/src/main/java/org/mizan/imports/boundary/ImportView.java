package org.mizan.imports.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.control.ReferenceLabels;
import org.mizan.imports.control.ColumnMapping;
import org.mizan.imports.control.ImportJobs;
import org.mizan.imports.control.ImportMappings;
import org.mizan.imports.control.ImportStarts;
import org.mizan.imports.control.ImportUploads;
import org.mizan.imports.control.Imports;
import org.mizan.imports.control.TableOptions;
import org.mizan.platform.boundary.Choice;
import org.mizan.platform.boundary.FormChange;
import org.mizan.platform.boundary.LocaleView;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Messages;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CurrentUser;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * The import wizard ({@code /imports/import.xhtml}): upload a file, check how it was read and map its columns,
 * dry-run it, then import exactly what was dry-run. Dry run and import run as {@link ImportJobs} in the background
 * while the page polls, as the periodic report does. Only serialisable choices are kept across passivation; the
 * preview and the job's status are read again when missing.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ImportView.class.getName());
    private static final FormChange FILE = new FormChange("importPage.forbidden", "import.upload.gone");
    private static final FormChange MAPPING = new FormChange("importPage.forbidden", "importPage.mapping.gone");

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
    CurrentUser currentUser;
    @Inject
    ReferenceData referenceData;
    @Inject
    LocaleView localeView;

    private final ImportReading reading = new ImportReading();
    private final ImportColumns columns = new ImportColumns();
    private String uploadId;
    private String savedMapping;
    private String mappingName;
    private String jobId;
    /** What the job read and mapped: an import is offered only for the options and mapping that were dry-run. */
    private String jobRanWith;
    private transient Imports.Preview preview;
    private transient ImportJobs.Status job;
    private transient ImportReportLines lines;
    private transient List<String> savedNames;

    public void receive(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String owner = owner();
        try (InputStream bytes = file.getInputStream()) {
            FILE.run("upload", () -> open(uploads.store(bytes, file.getFileName(), owner)));
        } catch (IOException e) {
            // The browser went away, or the spooled part could not be read: nothing was kept.
            LOG.log(Level.INFO, "Import upload not received", e);
            PageMessages.error("importPage.upload.incomplete");
        } finally {
            discard(file);
        }
    }

    private void open(ImportUploads.Upload upload) {
        Imports.Preview first;
        try {
            first = imports.preview(upload.id(), TableOptions.detect(), upload.owner());
        } catch (RuntimeException e) {
            uploads.discard(upload.id());
            throw e;
        }
        if (uploadId != null && !isRunning()) {
            // The previous file of this page is of no further use; a running job may still be reading it.
            uploads.discard(uploadId);
        }
        uploadId = upload.id();
        reading.reset();
        columns.clear();
        show(first);
        forgetJob();
    }

    /** The container would delete the spooled copy at the end of the request; this does it now. */
    private static void discard(UploadedFile file) {
        try {
            file.delete();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Spooled import upload not deleted", e);
        }
    }

    /** Reads the file again with the encoding, delimiter or sheet chosen instead of the detected ones. */
    public void reread() {
        FILE.run("reading", () -> show(imports.preview(requireUpload(), reading.options(), owner())));
    }

    private void show(Imports.Preview read) {
        preview = read;
        columns.read(read.headers(), read.suggested());
    }

    public void applySaved() {
        if (savedMapping != null && !savedMapping.isBlank()) {
            MAPPING.run("mapping", () -> columns.apply(mappings.named(savedMapping)));
        }
    }

    public void saveMapping() {
        MAPPING.run("mapping", () -> {
            mappings.save(mappingName, columns.mapping(), currentUser.actor());
            PageMessages.info("importPage.mapping.saved", mappingName.strip());
            savedMapping = mappingName.strip();
            savedNames = null;
        });
    }

    public void dryRun() {
        submit(true);
    }

    /** The import proper: only right after a dry run of the very options and mapping on the page. */
    public void runImport() {
        if (!isImportable()) {
            FormChange.refused("importPage.dryRunFirst");
            return;
        }
        submit(false);
    }

    private void submit(boolean dryRun) {
        FILE.run("mapping", () -> {
            // Read in this request: the job runs on another thread, where there is no signed-in user.
            String id = requireUpload();
            TableOptions options = reading.options();
            ColumnMapping mapping = columns.mapping();
            job = dryRun ? starts.dryRun(id, options, mapping, currentUser.reader())
                    : starts.importFile(id, options, mapping, currentUser.reader(), currentUser.actor());
            jobId = job.id();
            jobRanWith = signature(options, mapping);
        });
    }

    /** The progress bar's poll: 0–100, and 100 once the job has ended either way, which ends the polling. */
    public int getProgress() {
        refresh();
        if (job == null) {
            return 0;
        }
        return job.state() == ImportJobs.State.RUNNING ? (int) Math.floor(job.progress() * 100) : 100;
    }

    /** When the bar completes: a failure says why; a finished import has used up its file. */
    public void finished() {
        refresh();
        if (job == null) {
            return;
        }
        if (job.state() == ImportJobs.State.FAILED) {
            PageMessages.error(job.errorKey(), job.errorArguments());
        } else if (job.state() == ImportJobs.State.DONE && !job.dryRun()) {
            uploadId = null;
            preview = null;
            columns.clear();
        }
    }

    private void refresh() {
        if (jobId == null) {
            return;
        }
        try {
            job = jobs.status(jobId, owner());
        } catch (NotFound e) {
            forgetJob();
        }
    }

    private void forgetJob() {
        job = null;
        jobId = null;
        jobRanWith = null;
        lines = null;
    }

    private ImportJobs.Status job() {
        if (job == null && jobId != null) {
            refresh();
        }
        return job;
    }

    public boolean isImportable() {
        ImportJobs.Status status = job();
        return status != null && status.dryRun() && status.state() == ImportJobs.State.DONE && uploadId != null
                && current().equals(jobRanWith);
    }

    private String current() {
        try {
            return signature(reading.options(), columns.mapping());
        } catch (InvalidInput e) {
            return "";
        }
    }

    private static String signature(TableOptions options, ColumnMapping mapping) {
        return options + " " + mapping.toJson();
    }

    private String requireUpload() {
        if (uploadId == null) {
            throw new NotFound("import upload");
        }
        return uploadId;
    }

    private String owner() {
        return currentUser.reader().username();
    }

    /** The file as read; read again after passivation, and gone (null) once the upload has expired or been imported. */
    public Imports.Preview getPreview() {
        if (preview == null && uploadId != null) {
            try {
                show(imports.preview(uploadId, reading.options(), owner()));
            } catch (NotFound e) {
                uploadId = null;
            }
        }
        return preview;
    }

    /** The findings of the job, once it is done. */
    public ImportReportLines getReport() {
        ImportJobs.Status status = job();
        if (status == null || status.report() == null) {
            return null;
        }
        if (lines == null || lines.getReport() != status.report()) {
            lines = new ImportReportLines(status.report(), Messages.in(localeView.getLocale()),
                    ReferenceLabels.of(referenceData, localeView.getLocale()));
        }
        return lines;
    }

    public boolean isRunning() {
        ImportJobs.Status status = job();
        return status != null && status.state() == ImportJobs.State.RUNNING;
    }

    public boolean isStarted() {
        return job() != null;
    }

    /** {@code dryRun} or {@code import}: which of the two the job was, for the page's texts. */
    public String getKind() {
        ImportJobs.Status status = job();
        return status == null || status.dryRun() ? "dryRun" : "import";
    }

    public String getStateText() {
        ImportJobs.Status status = job();
        return status == null ? null : PageMessages.text("importPage.state." + getKind() + "." + status.state().name());
    }

    public String getConfirmText() {
        ImportJobs.Status status = job();
        if (status == null || status.report() == null) {
            return "";
        }
        return PageMessages.text("importPage.confirm", status.report().casesCreated(), status.report().personsCreated());
    }

    public String getDelimiter() {
        return preview == null ? "" : ImportReading.shown(preview.delimiter());
    }

    public List<Choice> getSheets() {
        Imports.Preview read = getPreview();
        if (read == null || read.sheets() == null) {
            return List.of();
        }
        return IntStream.range(0, read.sheets().size()).mapToObj(i -> new Choice(i, read.sheets().get(i))).toList();
    }

    public List<String> getSavedMappings() {
        if (savedNames == null) {
            savedNames = List.copyOf(mappings.all().keySet());
        }
        return savedNames;
    }

    public String getLimit() {
        return PageMessages.text("importPage.upload.limit", uploads.maxBytes() / (1024 * 1024));
    }

    public long getMaxBytes() {
        return uploads.maxBytes();
    }

    public String getTooLargeText() {
        return PageMessages.text("import.file.tooLarge", uploads.maxBytes() / (1024 * 1024));
    }

    public ImportReading getReading() { return reading; }
    public ImportColumns getColumns() { return columns; }
    public String getSavedMapping() { return savedMapping; }
    public void setSavedMapping(String savedMapping) { this.savedMapping = savedMapping; }
    public String getMappingName() { return mappingName; }
    public void setMappingName(String mappingName) { this.mappingName = mappingName; }
}
