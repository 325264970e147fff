package org.mizan.legal.boundary;

import org.mizan.legal.control.ProceedingView;
import org.mizan.legal.control.StageDerivation;
import org.mizan.legal.entity.LegalEvent;
import org.mizan.legal.entity.Proceeding;
import org.mizan.legal.entity.Stage;
import org.mizan.legal.entity.Suspect;
import org.mizan.platform.boundary.PageMessages;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineModel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;

/**
 * One proceeding on the proceedings page: where it stands, each suspect's stage, its events in date
 * order with the stage each left it in (also as a timeline, so an annulled conviction stays visible on
 * the path to the acquittal that replaced it), and its hearings.
 */
public final class ProceedingPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A suspect and where their part of the prosecution stands. */
    public record SuspectRow(long id, String label, String stage, String severity) implements Serializable {
        public long getId() { return id; }
        public String getLabel() { return label; }
        public String getStage() { return stage; }
        public String getSeverity() { return severity; }
    }

    private final long id;
    private final long version;
    private final String court;
    private final String fileNumber;
    private final String investigativeJudge;
    private final List<String> lawyers;
    private final List<String> lawyerNames;
    private final String notes;
    private final String stage;
    private final String stageSeverity;
    private final List<SuspectRow> suspects;
    private final List<EventRow> events;
    private final List<HearingRow> hearings;
    private final List<String> alsoLinkedTo;
    private final TimelineModel<EventRow, Object> timeline = new TimelineModel<>();

    ProceedingPanel(ProceedingView view, List<HearingRow> hearings, Map<Long, String> evidenceNames,
                    UnaryOperator<String> shownNames) {
        Proceeding p = view.proceeding();
        StageDerivation.Derived derived = view.derived();
        this.id = p.getId();
        this.version = p.getVersion();
        this.court = view.freeTextShown() ? p.getCourt() : PageMessages.text("dossier.withheld");
        this.fileNumber = view.freeTextShown() ? p.getFileNumber() : null;
        this.investigativeJudge = view.freeTextShown() ? p.getInvestigativeJudge() : null;
        this.lawyers = view.staffShown() ? List.copyOf(p.getLawyers()) : List.of();
        this.lawyerNames = lawyers.stream().map(shownNames).toList();
        this.notes = view.notesShown() ? p.getNotes() : null;
        this.stage = StageText.label(derived.stage());
        this.stageSeverity = StageText.severity(derived.stage());
        Map<Long, String> labels = p.getSuspects().stream().collect(Collectors.toMap(Suspect::getId, Suspect::getLabel));
        this.suspects = p.getSuspects().stream().map(s -> {
            Stage own = derived.bySuspect().get(s.getId());
            return new SuspectRow(s.getId(), s.getLabel(), StageText.label(own), StageText.severity(own));
        }).toList();
        List<EventRow> rows = new ArrayList<>();
        for (int i = 0; i < view.events().size(); i++) {
            LegalEvent event = view.events().get(i);
            EventRow row = EventRow.of(event, derived.path().get(i).stage(), labels, view.evidenceOf(event), view.staffShown() ? evidenceNames : Map.of(),
                    view.notesShown(), view.staffShown(), view.freeTextShown());
            rows.add(row);
            timeline.add(TimelineEvent.<EventRow>builder().data(row).startDate(event.getDate().start().atStartOfDay()).title(row.type())
                    .styleClass("mizan-timeline-" + row.stageSeverity()).build());
        }
        this.events = List.copyOf(rows);
        this.alsoLinkedTo = view.alsoLinkedTo();
        this.hearings = hearings;
    }

    public long getId() { return id; }
    public long getVersion() { return version; }
    public String getCourt() { return court; }
    public String getFileNumber() { return fileNumber; }
    public String getInvestigativeJudge() { return investigativeJudge; }
    public List<String> getLawyers() { return lawyers; }
    public String getLawyersText() { return String.join(", ", lawyerNames); }
    public String getNotes() { return notes; }
    public String getStage() { return stage; }
    public String getStageSeverity() { return stageSeverity; }
    public List<SuspectRow> getSuspects() { return suspects; }
    public List<EventRow> getEvents() { return events; }
    public List<HearingRow> getHearings() { return hearings; }
    /** The other cases this proceeding is linked to that the reader may see. */
    public List<String> getAlsoLinkedTo() { return alsoLinkedTo; }
    public TimelineModel<EventRow, Object> getTimeline() { return timeline; }
}
