package org.mizan.legal.boundary;

import org.mizan.legal.control.MeasureView;
import org.mizan.legal.control.ProceedingView;
import org.mizan.legal.entity.CaseMeasure;
import org.mizan.legal.entity.LegalEvent;
import org.mizan.platform.boundary.PageMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One step on the case's legal timeline: a legal event of one of its proceedings (before which court), or a measure
 * outside the courts (by which authority), {@code nonJudicial} telling them apart. Where the case's free text is withheld
 * from the reader, the court, authority and description are too.
 */
public record LegalTimelineRow(LocalDate start, String date, String what, String where, String description, boolean nonJudicial)
        implements Serializable {

    /** The events of every proceeding and the measures, in date order; a court step before a measure of the same day. */
    static List<LegalTimelineRow> of(List<ProceedingView> proceedings, List<MeasureView> measures) {
        List<LegalTimelineRow> rows = new ArrayList<>();
        for (ProceedingView view : proceedings) {
            String court = view.freeTextShown() ? view.proceeding().getCourt() : null;
            for (LegalEvent e : view.events()) {
                rows.add(new LegalTimelineRow(e.getDate().start(), e.getDate().toString(), PageMessages.text("legal.event." + e.getType()),
                        court, null, false));
            }
        }
        for (MeasureView view : measures) {
            CaseMeasure m = view.measure();
            rows.add(new LegalTimelineRow(m.getDate().start(), m.getDate().toString(), PageMessages.text("legal.measure." + m.getKind()),
                    view.freeTextShown() ? m.getAuthority() : null, view.freeTextShown() ? m.getDescription() : null, true));
        }
        rows.sort(Comparator.comparing(LegalTimelineRow::start).thenComparing(LegalTimelineRow::nonJudicial));
        return rows;
    }

    public String getDate() { return date; }
    public String getWhat() { return what; }
    public String getWhere() { return where; }
    public String getDescription() { return description; }
    public boolean isNonJudicial() { return nonJudicial; }
}
