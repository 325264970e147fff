package org.mizan.reports.control;

import org.mizan.legal.control.MeasureView;
import org.mizan.legal.control.ProceedingView;
import org.mizan.legal.entity.CaseMeasure;
import org.mizan.legal.entity.LegalEvent;
import org.mizan.legal.entity.Proceeding;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.reports.entity.RedactedMeasure;
import org.mizan.reports.entity.RedactedProceeding;

import java.util.ArrayList;
import java.util.List;

/**
 * What of a proceeding, and of a measure outside the courts, an audience sees, decided once for the dossier and the exports. Court, file number, judge,
 * charges and sentence are typed by the lawyers: a file number finds the family in the court's register, a charge can
 * name the victim, so they go only where the narrative goes. The lawyers' notes are both free text and the team's
 * working notes on its own strategy: only where the team's traces may be shown too, never to the UN or the public.
 * The reader's own view is honoured as well: what it withholds from the reader no audience shows.
 */
final class ProceedingRedaction {

    private ProceedingRedaction() {
    }

    static List<RedactedProceeding> of(List<ProceedingView> proceedings, RedactedCase shown) {
        return proceedings.stream().map(view -> of(view, shown)).toList();
    }

    /** Measures outside the courts under the court's rule: the authority, description and source where the court would show. */
    static List<RedactedMeasure> measures(List<MeasureView> measures, RedactedCase shown) {
        return measures.stream().map(view -> {
            CaseMeasure m = view.measure();
            boolean freeText = shown.freeText() && view.freeTextShown();
            return new RedactedMeasure(m.getDate(), m.getKind(), freeText ? m.getAuthority() : null, freeText ? m.getDescription() : null,
                    freeText ? m.getSourceUrl() : null);
        }).toList();
    }

    private static RedactedProceeding of(ProceedingView view, RedactedCase shown) {
        boolean freeText = shown.freeText() && view.freeTextShown();
        boolean staff = shown.staffDetails() && view.staffShown();
        boolean notes = freeText && staff && view.notesShown();
        Proceeding p = view.proceeding();
        List<LegalEvent> events = view.events();
        List<RedactedProceeding.Event> shownEvents = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            LegalEvent e = events.get(i);
            shownEvents.add(new RedactedProceeding.Event(e.getDate(), e.getType(), e.getVerdict(), e.isInAbsentia(),
                    freeText ? e.getCharges() : null, freeText ? e.getSentence() : null, view.derived().path().get(i).stage(),
                    notes ? e.getNotes() : null));
        }
        return new RedactedProceeding(view.derived().stage(), freeText, freeText ? p.getCourt() : null, freeText ? p.getFileNumber() : null,
                freeText ? p.getInvestigativeJudge() : null, staff ? List.copyOf(p.getLawyers()) : List.of(), notes ? p.getNotes() : null,
                List.copyOf(shownEvents));
    }
}
