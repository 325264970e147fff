package org.mizan.reports.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.platform.boundary.LocaleView;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Messages;
import org.mizan.platform.control.NotFound;
import org.mizan.reports.control.CaseDossiers;
import org.mizan.reports.control.IssuedPdf;
import org.mizan.reports.control.Redaction;
import org.mizan.reports.control.WgeidRefused;
import org.mizan.reports.control.WgeidSubmissions;
import org.mizan.reports.control.WgeidSubmitter;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.WgeidRequirement;
import org.mizan.security.control.CurrentUser;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The Reports dialog of the case page: the case dossier for an audience the user may produce, and the WGEID
 * submission of a disappearance. Generating and downloading are two steps: Generate issues the report (or lists what
 * a submission lacks, one message per item) and shows its id and SHA-256; Download hands over the PDF once and
 * forgets it, so no report lingers in the session.
 */
@Named
@ViewScoped
public class CaseReportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "caseReports";

    @Inject
    CaseDossiers dossiers;
    @Inject
    WgeidSubmissions submissions;
    @Inject
    Redaction redaction;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleView localeView;

    private Audience audience;
    private String language;
    private String organisation;
    private String submitterName;
    private String submitterContact;
    private Boolean confidential;

    // the report issued last, until it is downloaded
    private String reportId;
    private String sha256;
    private String fileName;
    private byte[] pdf;

    /** The audiences this user may produce, widest first: advocates see UN and PUBLIC only. */
    public List<Audience> getAudiences() {
        return redaction.audiences(currentUser.reader()).stream().sorted().toList();
    }

    /** The editions: each language names itself in its own script on the page. */
    public List<String> getLanguages() {
        return Messages.SUPPORTED.stream().map(Locale::getLanguage).toList();
    }

    /** Whether to offer the WGEID submission: for a disappearance only (the service checks the saved case again). */
    public boolean disappearance(Collection<String> violationTypes) {
        return WgeidSubmissions.disappearance(violationTypes);
    }

    public void dossier(String reference) {
        forget();
        Audience chosen = audience != null ? audience : getAudiences().get(0);
        try {
            keep(dossiers.dossier(reference, chosen, locale(), currentUser.reader(), currentUser.actor()),
                    reference + "-dossier-" + chosen.name().toLowerCase(Locale.ROOT) + "-" + locale().getLanguage());
        } catch (Forbidden e) {
            PageMessages.error("report.export.forbiddenAudience");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (NotFound e) {
            PageMessages.error("problem.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void wgeid(String reference) {
        forget();
        try {
            WgeidSubmitter submitter = WgeidSubmitter.of(organisation, submitterName, submitterContact, confidential);
            keep(submissions.submission(reference, submitter, locale(), currentUser.reader(), currentUser.actor()),
                    reference + "-wgeid-" + locale().getLanguage());
        } catch (InvalidInput e) {
            PageMessages.show(FORM, e);
        } catch (WgeidRefused e) {
            PageMessages.error("caseReports.refused");
            for (WgeidRequirement missing : e.missing()) {
                PageMessages.error(missing.messageKey());
            }
            FacesContext.getCurrentInstance().validationFailed();
        } catch (NotFound e) {
            PageMessages.error("problem.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The PDF issued last, handed over once. */
    public StreamedContent getDownload() {
        byte[] bytes = pdf;
        if (bytes == null) {
            return null;
        }
        pdf = null;
        return DefaultStreamedContent.builder().name(fileName).contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public boolean isReady() {
        return pdf != null;
    }

    /** "Report R-… issued. SHA-256: …" once a report was issued in this dialog, else null. */
    public String getIssuedText() {
        return reportId == null ? null : PageMessages.text("caseReports.issued", reportId, sha256);
    }

    private void keep(IssuedPdf issued, String name) {
        reportId = issued.reportId();
        sha256 = issued.sha256();
        pdf = issued.pdf();
        fileName = name.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
    }

    private void forget() {
        reportId = null;
        sha256 = null;
        pdf = null;
        fileName = null;
    }

    private Locale locale() {
        return Locale.forLanguageTag(language != null && getLanguages().contains(language) ? language : localeView.getLanguage());
    }

    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
    public String getLanguage() { return language != null ? language : localeView.getLanguage(); }
    public void setLanguage(String language) { this.language = language; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getSubmitterName() { return submitterName; }
    public void setSubmitterName(String submitterName) { this.submitterName = submitterName; }
    public String getSubmitterContact() { return submitterContact; }
    public void setSubmitterContact(String submitterContact) { this.submitterContact = submitterContact; }
    public Boolean getConfidential() { return confidential; }
    public void setConfidential(Boolean confidential) { this.confidential = confidential; }
    public String getReportId() { return reportId; }
    public String getSha256() { return sha256; }
}
