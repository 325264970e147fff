package org.mizan.evidence.boundary;

import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.evidence.control.EvidenceIntake;
import org.mizan.evidence.control.EvidenceSettings;
import org.mizan.evidence.control.EvidenceStore;
import org.mizan.evidence.control.Upload;
import org.mizan.platform.boundary.ByteSizes;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CurrentUser;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The upload on the evidence page. PrimeFaces sends each file in a request of its own; the servlet
 * container has spooled it to disk by then (web.xml's multipart-config), and its stream goes straight
 * into {@link EvidenceIntake} — never into a byte array — with the provenance typed above the
 * uploader, which applies to every file sent from the page until it is changed.
 */
@Named
@ViewScoped
public class EvidenceUploadView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(EvidenceUploadView.class.getName());

    @Inject
    EvidenceIntake intake;
    @Inject
    EvidenceSettings settings;
    @Inject
    CurrentUser currentUser;
    @Inject
    EvidenceListView list;

    private final ProvenanceForm provenance = new ProvenanceForm();
    private final List<UploadOutcome> outcomes = new ArrayList<>();

    public void receive(FileUploadEvent event) {
        if (event.getPhaseId() != PhaseId.INVOKE_APPLICATION) {
            // PrimeFaces hands the file over while the form is being validated, before the provenance typed
            // beside the uploader has reached this bean: take it again once it has.
            FileUploadEvent later = new FileUploadEvent(event.getComponent(), event.getFile(), event.getTotalFilesCount());
            later.setPhaseId(PhaseId.INVOKE_APPLICATION);
            event.getComponent().queueEvent(later);
            return;
        }
        UploadedFile file = event.getFile();
        try {
            outcomes.add(store(file, baseName(file.getFileName())));
        } finally {
            discard(file);
        }
        list.refresh();
    }

    private UploadOutcome store(UploadedFile file, String name) {
        String shown = BidiText.isolated(name);
        try (InputStream bytes = file.getInputStream()) {
            Upload upload = new Upload(name, file.getContentType(), provenance.toProvenance(), null, null);
            EvidenceIntake.Received received = intake.receive(list.getRef(), upload, bytes, file.getSize(), currentUser.reader(),
                    currentUser.actor());
            return UploadOutcome.stored(received.duplicate()
                    ? PageMessages.text("evidence.upload.duplicate", shown, BidiText.isolated(received.item().getDeclaredName()))
                    : PageMessages.text("evidence.upload.received", shown, received.item().getSha256()));
        } catch (EvidenceStore.TooLarge e) {
            return UploadOutcome.refused(PageMessages.text("evidence.upload.tooLarge", shown, ByteSizes.format(e.limit())));
        } catch (EvidenceStore.Unavailable e) {
            LOG.warning(() -> "Upload not stored: " + e.getMessage());
            return UploadOutcome.refused(PageMessages.text("evidence.upload.notStored", shown,
                    PageMessages.text(e.full() ? "evidence.storeFull" : "evidence.storeUnavailable")));
        } catch (InvalidInput e) {
            String reasons = e.errors().stream().map(error -> PageMessages.text(error.messageKey(), error.arguments()))
                    .collect(Collectors.joining(" "));
            return UploadOutcome.refused(PageMessages.text("evidence.upload.notStored", shown, reasons));
        } catch (IOException e) {
            // The browser went away, or the spooled part could not be read: the store kept nothing.
            LOG.log(Level.INFO, "Upload of " + name + " not received", e);
            return UploadOutcome.refused(PageMessages.text("evidence.upload.notStored", shown, PageMessages.text("evidence.incomplete")));
        }
    }

    /** The spooled copy is of no further use; the container would delete it at the end of the request, this does it now. */
    private static void discard(UploadedFile file) {
        try {
            file.delete();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Spooled upload not deleted", e);
        }
    }

    /** Some browsers send the whole path the file had on the uploader's computer; only its name is of interest. */
    static String baseName(String submitted) {
        if (submitted == null) {
            return "";
        }
        return submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1).strip();
    }

    /** The largest file accepted (mizan.evidence.max-bytes): the page refuses bigger ones before sending a byte (evidence.js). */
    public long getMaxBytes() {
        return settings.maxBytes();
    }

    /** The limit as the page states it, in the page's language. */
    public String getLimit() {
        return ByteSizes.format(settings.maxBytes());
    }

    /** The refusal of a file over the limit, with {@code {name}} where evidence.js puts the file's name. */
    public String getTooLargeText() {
        return PageMessages.text("evidence.upload.tooLarge", "{name}", getLimit());
    }

    /** What became of each file uploaded from this page, oldest first. */
    public List<UploadOutcome> getOutcomes() {
        return outcomes;
    }

    public ProvenanceForm getProvenance() {
        return provenance;
    }
}
