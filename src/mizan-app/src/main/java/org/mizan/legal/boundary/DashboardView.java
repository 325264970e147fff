package org.mizan.legal.boundary;

import org.mizan.platform.boundary.BaghdadTime;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.legal.control.CaseLoad;
import org.mizan.legal.control.HearingService;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.security.control.CurrentUser;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A lawyer's (or investigator's) dashboard ({@code /legal/dashboard.xhtml}): the cases they are assigned
 * to and where each prosecution stands, those stalled for longer than the days they choose, the hearings
 * of the next 30 days, and a calendar of all their hearings.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int COMING_DAYS = 30;

    @Inject
    CaseLoad caseLoad;
    @Inject
    HearingService hearings;
    @Inject
    CurrentUser currentUser;

    private Integer stalledDays;
    private List<AssignedCaseRow> cases = List.of();
    private List<HearingRow> coming = List.of();
    private final ScheduleModel calendar = new HearingCalendarModel();

    public void load() {
        if (stalledDays == null) {
            stalledDays = caseLoad.defaultStalledDays();
        }
        Instant now = Instant.now();
        cases = caseLoad.of(currentUser.reader(), stalledDays).stream().map(AssignedCaseRow::of).toList();
        coming = hearings.upcoming(currentUser.reader(), COMING_DAYS).stream().map(h -> HearingRow.of(h, now)).toList();
    }

    /** Applies another number of days for "stalled". */
    public void restall() {
        if (stalledDays == null || stalledDays < 1 || stalledDays > 3650) {
            PageMessages.error("legal.stalledDays.range");
            stalledDays = caseLoad.defaultStalledDays();
        }
        load();
    }

    public Integer getStalledDays() { return stalledDays; }
    public void setStalledDays(Integer stalledDays) { this.stalledDays = stalledDays; }
    public List<AssignedCaseRow> getCases() { return cases; }
    public List<AssignedCaseRow> getStalled() { return cases.stream().filter(AssignedCaseRow::stalled).toList(); }
    public List<HearingRow> getComing() { return coming; }
    public ScheduleModel getCalendar() { return calendar; }
    /** The calendar shows hearings on court time, whatever the browser's zone. */
    public String getCourtZone() { return CourtTime.ZONE.getId(); }

    /** The calendar asks for the hearings of the weeks it shows, as it moves from month to month. */
    private final class HearingCalendarModel extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            Instant now = Instant.now();
            hearings.between(currentUser.reader(), BaghdadTime.instant(start), BaghdadTime.instant(end)).stream().map(h -> HearingRow.of(h, now))
                    .forEach(h -> addEvent(DefaultScheduleEvent.<HearingRow>builder().id("hearing-" + h.id()).data(h)
                            .title(h.caseReference() + " · " + h.court()).description(h.purpose())
                            .startDate(BaghdadTime.local(h.startsAt())).endDate(BaghdadTime.local(h.startsAt()).plusHours(2))
                            .styleClass(h.past() ? "mizan-past" : "mizan-coming").editable(false).build()));
        }
    }
}
