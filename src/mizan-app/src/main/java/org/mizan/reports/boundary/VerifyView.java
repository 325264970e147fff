package org.mizan.reports.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.platform.boundary.ByteSizes;
import org.mizan.platform.boundary.LocaleView;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.InvalidInput;
import org.mizan.reports.control.OrderFacts;
import org.mizan.reports.control.ReportText;
import org.mizan.reports.control.ReportVerification;
import org.mizan.security.control.CurrentUser;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/** The "Verify a report" page: one PDF in, the registry's answer out (the same service as the REST endpoint). */
@Named
@ViewScoped
public class VerifyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportVerification verification;
    @Inject
    CurrentUser currentUser;
    @Inject
    OrderFacts orderFacts;
    @Inject
    LocaleView localeView;

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

    /** The verdict in one word: genuine, altered, or not issued by Mizan. */
    public String getVerdictWord() {
        return verdict == null ? null : PageMessages.text("verify.verdict." + verdict.result());
    }

    /** An icon that says the verdict at a glance, beside the word (never instead of it). */
    public String getVerdictIcon() {
        if (verdict == null) {
            return null;
        }
        return switch (verdict.result()) {
            case "ISSUED" -> "pi-verified";
            case "CHANGED" -> "pi-exclamation-triangle";
            default -> "pi-question-circle";
        };
    }

    /** The verdict in plain words: which report, issued when — or that the file is not one Mizan issued. */
    public String getResultText() {
        if (verdict == null) {
            return null;
        }
        ReportVerdictJson.Report report = verdict.report();
        return PageMessages.text("verify.issuedOn." + verdict.result(), report == null ? "" : report.id(),
                report == null ? "" : getGeneratedAtText());
    }

    public String getGeneratedAtText() {
        return verdict == null || verdict.report() == null ? null : ReportText.time(verdict.report().generatedAt());
    }

    /** What the report was asked for, in words; the stored parameters themselves are in the REST answer. */
    public List<OrderFacts.Fact> getAsked() {
        return verdict == null || verdict.report() == null ? List.of()
                : orderFacts.ofStored(verdict.report().parameters(), localeView.getLocale());
    }

    public String getAudienceText() {
        return verdict == null || verdict.report() == null ? null : PageMessages.text("report.audience." + verdict.report().audience());
    }

    public String getKindText() {
        return verdict == null || verdict.report() == null ? null : PageMessages.text("report.kind." + verdict.report().kind());
    }
}
