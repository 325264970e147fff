package org.mizan.legal.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.cases.control.CaseTeams;
import org.mizan.evidence.control.EvidenceQueries;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.legal.control.HearingService;
import org.mizan.legal.control.HearingView;
import org.mizan.legal.control.MeasureService;
import org.mizan.legal.control.ProceedingService;
import org.mizan.legal.control.ProceedingView;
import org.mizan.platform.boundary.Choice;
import org.mizan.platform.boundary.FormChange;
import org.mizan.platform.boundary.LocaleChoices;
import org.mizan.platform.boundary.PageErrors;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CaseReader;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A case's prosecutions ({@code /legal/proceedings.xhtml?case=MZN-…}): everyone who may see the case reads
 * where each proceeding stands (advocates and administrators without the lawyers' notes); the
 * investigators and lawyers assigned to it open proceedings, record and correct legal events and schedule
 * hearings through {@link ProceedingEditor}, {@link EventEditor} and {@link HearingEditor}, which then
 * {@link #refresh()} this view.
 */
@Named
@ViewScoped
public class ProceedingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final FormChange CHANGE = new FormChange("legal.forbidden", "legal.notFound");

    @Inject
    ProceedingService proceedings;
    @Inject
    HearingService hearings;
    @Inject
    CaseTeams teams;
    @Inject
    CurrentUser currentUser;
    @Inject
    EvidenceQueries evidence;
    @Inject
    UserDirectory users;
    @Inject
    MeasureService measures;

    private String caseRef;
    private boolean onTeam;
    private List<ProceedingPanel> panels = List.of();
    private List<LegalTimelineRow> timeline = List.of();
    private List<Choice> suspectCandidates = List.of();
    private List<Choice> lawyers = List.of();
    private List<Choice> evidenceItems = List.of();

    /** The view action: a case the reader may not see is as absent as one that does not exist. */
    public void load() {
        if (caseRef == null || caseRef.isEmpty()) {
            PageErrors.send(404);
            return;
        }
        try {
            refresh();
        } catch (NotFound e) {
            PageErrors.send(404);
        }
    }

    public void refresh() {
        CaseReader reader = currentUser.reader();
        onTeam = teams.membership(caseRef, reader).onTeam();
        List<EvidenceItem> items = evidence.ofCase(caseRef, reader);
        Map<Long, String> names = items.stream().collect(Collectors.toMap(EvidenceItem::getId, EvidenceItem::getDeclaredName));
        Instant now = Instant.now();
        Map<Long, List<HearingView>> hearingsOf = hearings.ofCase(caseRef, reader);
        List<ProceedingView> views = proceedings.ofCase(caseRef, reader);
        UnaryOperator<String> shownNames = users.shownNames(views.stream().filter(ProceedingView::staffShown)
                .flatMap(view -> view.proceeding().getLawyers().stream()).distinct().toList());
        panels = views.stream()
                .map(view -> new ProceedingPanel(view, hearingsOf.getOrDefault(view.proceeding().getId(), List.of()).stream()
                        .map(h -> HearingRow.of(h, now)).toList(), names, shownNames))
                .toList();
        timeline = LegalTimelineRow.of(views, measures.ofCase(caseRef, reader));
        if (onTeam) {
            suspectCandidates = proceedings.suspectCandidates(caseRef, reader).stream()
                    .map(c -> new Choice(c.personId(), c.name())).toList();
            lawyers = users.all().stream().filter(u -> u.isEnabled() && u.hasRole(Role.LAWYER))
                    .map(u -> new Choice(u.getUsername(), label(u))).toList();
            // Items of another linked case that events here rest on stay offered, so correcting such an event keeps them.
            List<Choice> linked = views.stream().flatMap(view -> view.events().stream().flatMap(e -> view.evidenceOf(e).stream()))
                    .filter(id -> !names.containsKey(id)).distinct().map(id -> new Choice(id, "#" + id)).toList();
            evidenceItems = java.util.stream.Stream.concat(items.stream()
                    .map(i -> new Choice(i.getId(), i.getDeclaredName() + " · " + i.getSha256().substring(0, 12))), linked.stream()).toList();
        }
    }

    /** For the page's Refresh button: a case hidden meanwhile becomes a message, not an error page. */
    public void reread() {
        CHANGE.run("proceedings", this::refresh);
    }

    ProceedingPanel panel(long id) {
        return panels.stream().filter(p -> p.getId() == id).findFirst().orElseThrow(() -> new NotFound("proceeding " + id));
    }

    private static String label(AppUser user) {
        return user.getDisplayName() == null || user.getDisplayName().isBlank() ? user.getUsername()
                : user.getDisplayName() + " (" + user.getUsername() + ")";
    }

    public String getTitle() {
        return PageMessages.text("legal.proceedings.title", caseRef);
    }

    public String getCaseRef() {
        return caseRef;
    }

    public void setCaseRef(String caseRef) {
        this.caseRef = caseRef == null ? null : caseRef.strip();
    }

    /** Investigators and lawyers assigned to the case record its prosecution. */
    public boolean isOnTeam() {
        return onTeam;
    }

    public List<ProceedingPanel> getPanels() {
        return panels;
    }

    /** The court steps of every proceeding and the measures outside the courts, in date order. */
    public List<LegalTimelineRow> getTimeline() {
        return timeline;
    }

    public List<Choice> getSuspectCandidates() {
        return suspectCandidates;
    }

    public List<Choice> getLawyers() {
        return lawyers;
    }

    public List<Choice> getMonths() {
        return LocaleChoices.months(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<Choice> getEvidenceItems() {
        return evidenceItems;
    }
}
