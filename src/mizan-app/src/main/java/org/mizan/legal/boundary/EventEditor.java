package org.mizan.legal.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.legal.control.EventDraft;
import org.mizan.legal.control.ProceedingService;
import org.mizan.legal.entity.LegalEvent;
import org.mizan.legal.entity.LegalEventType;
import org.mizan.legal.entity.ReturnedTo;
import org.mizan.legal.entity.VerdictKind;
import org.mizan.platform.control.NotFound;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The form that records a legal event of a proceeding, or corrects one typed wrongly: its type, partial
 * date, the suspects it concerns (none: all), the verdict or where an annulment sent the file, charges,
 * sentence, the lawyers' notes and the case's evidence items it rests on.
 */
@Named
@ViewScoped
public class EventEditor extends ProceedingsForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "event";

    @Inject
    ProceedingService proceedings;

    private Long proceedingId;
    private Long eventId;
    private LegalEventType type;
    private final DateParts date = new DateParts();
    private List<Long> suspects = new ArrayList<>();
    private VerdictKind verdict;
    private boolean inAbsentia;
    private ReturnedTo returnedTo;
    private String charges;
    private String sentence;
    private String notes;
    private List<Long> evidence = new ArrayList<>();

    public void open(long proceeding) {
        clear();
        proceedingId = page.isOnTeam() ? proceeding : null;
    }

    public void correct(long proceeding, long event) {
        clear();
        if (!page.isOnTeam()) {
            return;
        }
        ProceedingsView.CHANGE.run(FORM, () -> {
            var view = proceedings.proceeding(proceeding, currentUser.reader());
            LegalEvent e = view.events().stream()
                    .filter(candidate -> candidate.getId() == event).findFirst().orElseThrow(() -> new NotFound("event " + event));
            proceedingId = proceeding;
            eventId = event;
            type = e.getType();
            date.show(e.getDate());
            suspects = new ArrayList<>(e.getSuspects());
            verdict = e.getVerdict();
            inAbsentia = e.isInAbsentia();
            returnedTo = e.getReturnedTo();
            charges = e.getCharges();
            sentence = e.getSentence();
            notes = e.getNotes();
            evidence = new ArrayList<>(view.evidenceOf(e));
        });
    }

    public void save() {
        if (proceedingId == null) {
            return;
        }
        saveChange(FORM, () -> {
            EventDraft draft = new EventDraft(type, date.parse("date"), new LinkedHashSet<>(suspects), type == LegalEventType.VERDICT ? verdict : null,
                    type == LegalEventType.VERDICT && inAbsentia, type == LegalEventType.CASSATION_ANNULLED ? returnedTo : null,
                    charges, sentence, notes, new LinkedHashSet<>(evidence));
            if (eventId == null) {
                proceedings.record(proceedingId, draft, currentUser.reader(), currentUser.actor());
            } else {
                proceedings.correct(proceedingId, eventId, draft, currentUser.reader(), currentUser.actor());
            }
        }, eventId == null ? "legal.event.recorded" : "legal.event.corrected");
    }

    @Override
    void clear() {
        proceedingId = eventId = null;
        type = null;
        date.clear();
        inAbsentia = false;
        verdict = null;
        returnedTo = null;
        charges = sentence = notes = null;
        suspects = new ArrayList<>();
        evidence = new ArrayList<>();
    }

    /** The suspects of the proceeding the form is for. */
    public List<ProceedingPanel.SuspectRow> getSuspectChoices() {
        return proceedingId == null ? List.of() : page.panel(proceedingId).getSuspects();
    }

    public LegalEventType[] getTypes() { return LegalEventType.values(); }
    public VerdictKind[] getVerdicts() { return VerdictKind.values(); }
    public ReturnedTo[] getReturns() { return ReturnedTo.values(); }

    public boolean isOpen() { return proceedingId != null; }
    public boolean isCorrecting() { return eventId != null; }
    public LegalEventType getType() { return type; }
    public void setType(LegalEventType type) { this.type = type; }
    public DateParts getDate() { return date; }
    public List<Long> getSuspects() { return suspects; }
    public void setSuspects(List<Long> suspects) { this.suspects = suspects; }
    public VerdictKind getVerdict() { return verdict; }
    public void setVerdict(VerdictKind verdict) { this.verdict = verdict; }
    public boolean isInAbsentia() { return inAbsentia; }
    public void setInAbsentia(boolean inAbsentia) { this.inAbsentia = inAbsentia; }
    public ReturnedTo getReturnedTo() { return returnedTo; }
    public void setReturnedTo(ReturnedTo returnedTo) { this.returnedTo = returnedTo; }
    public String getCharges() { return charges; }
    public void setCharges(String charges) { this.charges = charges; }
    public String getSentence() { return sentence; }
    public void setSentence(String sentence) { this.sentence = sentence; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<Long> getEvidence() { return evidence; }
    public void setEvidence(List<Long> evidence) { this.evidence = evidence; }
}
