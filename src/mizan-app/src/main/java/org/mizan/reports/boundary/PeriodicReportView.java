package org.mizan.reports.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.cases.control.CaseFilter;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.control.ReferenceLabels;
import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.Occupation;
import org.mizan.platform.boundary.Choice;
import org.mizan.platform.boundary.FormChange;
import org.mizan.platform.boundary.LocaleView;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.Messages;
import org.mizan.platform.control.NotFound;
import org.mizan.platform.control.Text;
import org.mizan.reports.control.IssuedPdf;
import org.mizan.reports.control.PeriodicOrder;
import org.mizan.reports.control.PeriodicReports;
import org.mizan.reports.control.Redaction;
import org.mizan.reports.control.ReportJobs;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.ReportJobState;
import org.mizan.security.control.CaseReader;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Actor;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The periodic report page ({@code /reports/periodic.xhtml}): period, filters, audience (only those the user may
 * produce) and language; Generate queues the report with {@link ReportJobs} and the page polls its progress, then
 * offers the download with the report id and SHA-256. The REST API's job endpoints take bearer tokens; the page
 * downloads through the signed-in session instead, from the same job and with the same owner check.
 */
@Named
@ViewScoped
public class PeriodicReportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final FormChange CHANGE = new FormChange("report.export.forbiddenAudience", "reportJob.gone");
    private static final List<String> LANGUAGES = List.of("en", "ar", "ckb");

    @Inject
    PeriodicReports reports;
    @Inject
    ReportJobs jobs;
    @Inject
    Redaction redaction;
    @Inject
    CurrentUser currentUser;
    @Inject
    ReferenceData referenceData;
    @Inject
    LocaleView localeView;

    private LocalDate from;
    private LocalDate to;
    private String governorate;
    private String violationType;
    private CaseStatus status;
    private Occupation occupation;
    private Audience audience;
    private String language;
    private String jobId;
    private transient ReportJobs.Status job;
    private transient ReferenceLabels labels;

    /** Generate: refused requests show their reasons next to the fields; an accepted one starts polling. */
    public void generate() {
        CHANGE.run("periodic", () -> {
            CaseReader reader = currentUser.reader();
            Actor actor = currentUser.actor();
            PeriodicOrder order = new PeriodicOrder(new CaseFilter(Text.blankToNull(violationType), Text.blankToNull(governorate), from, to,
                    status, occupation, null, null, null), audience == null ? defaultAudience() : audience,
                    Locale.forLanguageTag(getLanguage()));
            reports.check(order, reader);
            job = jobs.submit(reader.username(), progress -> reports.issue(order, reader, actor, progress));
            jobId = job.id();
        });
    }

    /** The progress bar's poll: 0–100, and 100 once the job has finished either way, which ends the polling. */
    public int getProgress() {
        refresh();
        if (job == null) {
            return 0;
        }
        return job.state().finished() ? 100 : (int) Math.floor(job.progress() * 100);
    }

    /** When the bar completes: shows the result (or why it failed). */
    public void finished() {
        refresh();
        if (job != null && job.state() == ReportJobState.FAILED) {
            PageMessages.error(job.errorKey(), job.errorArguments());
        }
    }

    private void refresh() {
        if (jobId == null) {
            return;
        }
        try {
            job = jobs.status(jobId, currentUser.reader().username());
        } catch (NotFound e) {
            job = null;
            jobId = null;
        }
    }

    /** The PDF, through the session (the page has no bearer token); never cached, never sniffed. */
    public StreamedContent getFile() {
        IssuedPdf issued = jobs.pdf(jobId, currentUser.reader().username());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        return DefaultStreamedContent.builder().name("mizan-report-" + issued.reportId() + ".pdf").contentType("application/pdf")
                .contentLength((long) issued.pdf().length).stream(() -> new ByteArrayInputStream(issued.pdf())).build();
    }

    public boolean isRunning() { return job != null && !job.state().finished(); }
    public boolean isReady() { return job != null && job.state() == ReportJobState.READY; }
    public boolean isStarted() { return job != null; }
    public String getStateText() { return job == null ? null : PageMessages.text("reportJob.state." + job.state().name()); }
    public String getReportId() { return job == null ? null : job.reportId(); }
    public String getSha256() { return job == null ? null : job.sha256(); }
    public String getKeptText() { return PageMessages.text("reportJob.kept", ReportJobs.KEPT.toMinutes(), ReportJobs.KEPT_PER_USER); }

    /** Only the audiences this user may produce, the most restricted first. */
    public List<Audience> getAudiences() {
        return redaction.audiences(currentUser.reader()).stream().sorted().toList();
    }

    private Audience defaultAudience() {
        List<Audience> allowed = getAudiences();
        return allowed.contains(Audience.PUBLIC) ? Audience.PUBLIC : allowed.get(0);
    }

    public List<String> getLanguages() { return LANGUAGES; }

    public List<Choice> getGovernorates() { return Choice.all(labels().governorates()); }
    public List<Choice> getViolationTypes() { return Choice.all(labels().violationTypes()); }

    private ReferenceLabels labels() {
        if (labels == null) {
            labels = ReferenceLabels.of(referenceData, localeView.getLocale());
        }
        return labels;
    }

    public CaseStatus[] getStatuses() { return CaseStatus.values(); }
    public Occupation[] getOccupations() { return Occupation.values(); }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getGovernorate() { return governorate; }
    public void setGovernorate(String governorate) { this.governorate = governorate; }
    public String getViolationType() { return violationType; }
    public void setViolationType(String violationType) { this.violationType = violationType; }
    public CaseStatus getStatus() { return status; }
    public void setStatus(CaseStatus status) { this.status = status; }
    public Occupation getOccupation() { return occupation; }
    public void setOccupation(Occupation occupation) { this.occupation = occupation; }
    public Audience getAudience() { return audience == null ? defaultAudience() : audience; }
    public void setAudience(Audience audience) { this.audience = audience; }

    /** The page's own language unless another was chosen. */
    public String getLanguage() {
        if (language == null) {
            String page = Messages.supported(localeView.getLocale()).getLanguage();
            return LANGUAGES.contains(page) ? page : "en";
        }
        return language;
    }

    public void setLanguage(String language) { this.language = LANGUAGES.contains(language) ? language : null; }
}
