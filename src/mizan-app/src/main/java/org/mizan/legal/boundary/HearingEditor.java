package org.mizan.legal.boundary;

import org.mizan.platform.boundary.BaghdadTime;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.legal.control.HearingDraft;
import org.mizan.legal.control.HearingService;

import java.time.LocalDateTime;

/**
 * The form that schedules a hearing of a proceeding, or moves one and records what came of it. Times are
 * typed on Baghdad time (see {@link CourtTime}).
 */
@Named
@ViewScoped
public class HearingEditor extends ProceedingsForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "hearing";

    @Inject
    HearingService hearings;

    private Long proceedingId;
    private Long hearingId;
    private long version;
    private LocalDateTime startsAt;
    private String court;
    private String purpose;
    private String outcomeNotes;

    public void open(long proceeding) {
        clear();
        if (page.isOnTeam()) {
            proceedingId = proceeding;
            court = page.panel(proceeding).getCourt();
        }
    }

    public void edit(long proceeding, long hearing) {
        clear();
        if (!page.isOnTeam()) {
            return;
        }
        page.panel(proceeding).getHearings().stream().filter(h -> h.id() == hearing).findFirst().ifPresent(h -> {
            proceedingId = proceeding;
            hearingId = hearing;
            version = h.version();
            startsAt = BaghdadTime.local(h.startsAt());
            court = h.court();
            purpose = h.purpose();
            outcomeNotes = h.outcomeNotes();
        });
    }

    public void save() {
        if (proceedingId == null) {
            return;
        }
        HearingDraft draft = new HearingDraft(BaghdadTime.instant(startsAt), court, purpose, outcomeNotes);
        saveChange(FORM, () -> {
            if (hearingId == null) {
                hearings.schedule(proceedingId, draft, currentUser.reader(), currentUser.actor());
            } else {
                hearings.update(hearingId, draft, version, currentUser.reader(), currentUser.actor());
            }
        }, hearingId == null ? "legal.hearing.scheduled" : "legal.hearing.saved");
    }

    @Override
    void clear() {
        proceedingId = hearingId = null;
        startsAt = null;
        court = purpose = outcomeNotes = null;
    }

    public boolean isOpen() { return proceedingId != null; }
    public boolean isEditing() { return hearingId != null; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public String getCourt() { return court; }
    public void setCourt(String court) { this.court = court; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getOutcomeNotes() { return outcomeNotes; }
    public void setOutcomeNotes(String outcomeNotes) { this.outcomeNotes = outcomeNotes; }
}
