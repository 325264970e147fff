package org.mizan.reports.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.platform.boundary.ByteSizes;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.InvalidInput;
import org.mizan.reports.control.ReportVerification;
import org.mizan.security.control.CurrentUser;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/** The "Verify a report" page: one PDF in, the registry's answer out (the same service as the REST endpoint). */
@Named
@ViewScoped
public class VerifyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportVerification verification;
    @Inject
    CurrentUser currentUser;

    private ReportVerdictJson verdict;

    public void receive(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        verdict = null;
        // The same limit as the REST endpoint's: the file is read into memory to be hashed and searched.
        if (file.getSize() > verification.maxBytes()) {
            PageMessages.error("verify.tooLarge", ByteSizes.format(verification.maxBytes()));
            discard(file);
            return;
        }
        try (InputStream in = file.getInputStream()) {
            verdict = ReportVerdictJson.of(verification.verify(in.readAllBytes(), currentUser.actor()));
        } catch (InvalidInput e) {
            PageMessages.show("verify", e);
        } catch (IOException e) {
            PageMessages.error("verify.notPdf");
        } finally {
            discard(file);
        }
    }

    private static void discard(UploadedFile file) {
        try {
            file.delete();
        } catch (IOException ignored) {
            // the container removes its spool file at the end of the request anyway
        }
    }

    public ReportVerdictJson getVerdict() { return verdict; }

    /** The sentence for the result, in the user's language. */
    public String getResultText() {
        if (verdict == null) {
            return null;
        }
        return PageMessages.text("verify.result." + verdict.result(), verdict.report() == null ? "" : verdict.report().id());
    }

    public String getAudienceText() {
        return verdict == null || verdict.report() == null ? null : PageMessages.text("report.audience." + verdict.report().audience());
    }

    public String getKindText() {
        return verdict == null || verdict.report() == null ? null : PageMessages.text("report.kind." + verdict.report().kind());
    }
}
