package org.mizan.legal.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.control.ReferenceLabels;
import org.mizan.legal.control.ImpunityClock;
import org.mizan.legal.control.ImpunityFigures;
import org.mizan.legal.control.ImpunityFilter;
import org.mizan.legal.control.ImpunityIndicators;
import org.mizan.platform.boundary.Choice;
import org.mizan.platform.boundary.PageErrors;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.Messages;
import org.mizan.platform.control.NotFound;
import org.mizan.platform.control.Text;
import org.mizan.security.control.CurrentUser;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The impunity page ({@code /legal/impunity.xhtml}, optionally {@code ?case=MZN-…}): one case's three
 * clocks, and the aggregate indicators over the cases the reader may see — filtered by incident period,
 * governorate and violation type — as figures and charts, all from {@link ImpunityIndicators}, the
 * service the reports use too.
 */
@Named
@ViewScoped
public class ImpunityView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImpunityIndicators indicators;
    @Inject
    CurrentUser currentUser;
    @Inject
    ReferenceData referenceData;

    private String caseRef;
    private ImpunityClock.Reading clock;
    private LocalDate from;
    private LocalDate to;
    private String governorate;
    private String violationType;
    private ImpunityFigures figures;
    /** The filter's menus' labels; reading the reference data is not worth doing on every EL call. */
    private transient ReferenceLabels labels;

    public void load() {
        if (caseRef != null && !caseRef.isBlank()) {
            try {
                clock = indicators.clock(caseRef, currentUser.reader());
            } catch (NotFound e) {
                PageErrors.send(404);
                return;
            }
        }
        apply();
    }

    /** Counts again with the filter as typed; a broken rule lands next to its field. */
    public void apply() {
        ProceedingsView.CHANGE.run("filter", () -> figures = indicators.figures(new ImpunityFilter(from, to, Text.blankToNull(governorate),
                Text.blankToNull(violationType)), currentUser.reader()));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getTitle() {
        return caseRef == null || caseRef.isBlank() ? PageMessages.text("impunity.title") : PageMessages.text("impunity.case.title", caseRef);
    }

    /** The three clocks of the case asked for, each a sentence: "Still running: 2,250 days". */
    public List<ClockFace> getClocks() {
        if (clock == null) {
            return List.of();
        }
        Messages messages = Messages.in(locale());
        return List.of(ClockFace.of("impunity.clock.noArrest", clock.noArrest(), messages),
                ClockFace.of("impunity.clock.noTrial", clock.noTrial(), messages),
                ClockFace.of("impunity.clock.noFinalVerdict", clock.noFinalVerdict(), messages));
    }

    public boolean isCaseShown() { return clock != null; }
    public boolean isClockApproximate() { return clock.approximate(); }
    public String getIncidentDate() { return clock.incidentDate(); }
    public String getCountedFrom() { return clock.countedFrom().toString(); }

    public boolean isCounted() { return figures != null; }
    public String getAsOf() { return figures.asOf().toString(); }
    public long getCases() { return figures.cases(); }
    public long getWithProceeding() { return figures.withProceeding(); }
    public String getAgainstUnknown() { return share(figures.againstUnknown()); }
    public String getReachedCourt() { return share(figures.reachedCourt()); }
    public String getFinalConviction() { return share(figures.finalConviction()); }
    public long getSuspectsReleased() { return figures.suspectsReleased(); }

    private static String share(ImpunityFigures.Share share) {
        return share.count() + " / " + share.of();
    }

    public BarChart getPhaseChart() { return figures == null ? null : ImpunityCharts.byPhase(figures, locale()); }
    public BarChart getClockChart() { return figures == null ? null : ImpunityCharts.clocks(figures, locale()); }
    public BarChart getShareChart() { return figures == null ? null : ImpunityCharts.shares(figures, locale()); }
    public List<Choice> getGovernorates() { return Choice.all(labels().governorates()); }
    public List<Choice> getViolationTypes() { return Choice.all(labels().violationTypes()); }

    private ReferenceLabels labels() {
        if (labels == null) {
            labels = ReferenceLabels.of(referenceData, locale());
        }
        return labels;
    }

    public String getCaseRef() { return caseRef; }
    public void setCaseRef(String caseRef) { this.caseRef = caseRef == null ? null : caseRef.strip(); }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getGovernorate() { return governorate; }
    public void setGovernorate(String governorate) { this.governorate = governorate; }
    public String getViolationType() { return violationType; }
    public void setViolationType(String violationType) { this.violationType = violationType; }

    /** One clock of the case, its name and what it says. */
    public record ClockFace(String name, String text, boolean running, long days) implements Serializable {
        static ClockFace of(String key, ImpunityClock.Span span, Messages messages) {
            return new ClockFace(messages.get(key), span.describe(messages), span.running(), span.days());
        }

        public String getName() { return name; }
        public String getText() { return text; }
        public boolean isRunning() { return running; }
        public long getDays() { return days; }
    }
}
