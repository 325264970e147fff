package org.mizan.reports.control;

import org.mizan.legal.control.ProceedingView;
import org.mizan.legal.entity.LegalEvent;
import org.mizan.legal.entity.Proceeding;
import org.mizan.legal.entity.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * One section per proceeding: where it stands (the stage derived from its events, never typed) and its events in
 * date order, each with the stage it led to. Lawyers' notes only where the proceeding view shows them and the
 * audience may read free text. Suspects'
 * labels are left out on purpose: they are names that a person policy has not vetted.
 */
final class ProsecutionSections {

    private static final String SEPARATOR = " · ";

    private final ReportText text;

    ProsecutionSections(ReportText text) {
        this.text = text;
    }

    /**
     * {@code freeText}: the audience may read free text; {@code staff}: the team's own traces may be printed — see
     * {@link RedactionRules#showsFreeText} and {@link RedactionRules#showsStaffDetails}. The lawyers' notes are both:
     * free text, and the team's working notes on its own strategy, so they go only where both hold (INTERNAL, LEGAL)
     * and the reader may read them — never to the UN or the public.
     */
    List<ReportSection> of(List<ProceedingView> proceedings, boolean freeText, boolean staff) {
        return proceedings.stream().map(view -> section(view, freeText, freeText && staff && view.notesShown(), staff)).toList();
    }

    /**
     * Court, file number, judge, charges and sentence are typed by the lawyers: a file number finds the family in the
     * court's register, a charge can name the victim. They are free text and go only where the narrative goes; without
     * it the stages, event types, dates and verdicts — coded values — still tell the prosecution's course.
     */
    private ReportSection section(ProceedingView view, boolean freeText, boolean notes, boolean staff) {
        Proceeding p = view.proceeding();
        List<ReportItem> items = new ArrayList<>();
        items.add(new ReportItem(text.get("dossier.stage", stage(view.derived().stage())),
                ReportText.join(SEPARATOR, freeText ? text.optional("dossier.fileNumber", p.getFileNumber()) : null,
                        freeText ? text.optional("dossier.judge", p.getInvestigativeJudge()) : null,
                        staff ? text.optional("dossier.lawyers", p.getLawyers().isEmpty() ? null : String.join(", ", p.getLawyers())) : null),
                notes ? p.getNotes() : null));
        List<LegalEvent> events = view.events();
        for (int i = 0; i < events.size(); i++) {
            items.add(event(events.get(i), view.derived().path().get(i).stage(), freeText, notes));
        }
        // Each isolated: in one left-to-right isolate with a Latin court name, "1234/ج/2020" would print as "1234/2020/ج".
        String court = freeText ? ReportText.join(SEPARATOR, text.isolate(p.getCourt()), text.isolate(p.getFileNumber())) : text.get("dossier.withheld");
        return new ReportSection(text.get("dossier.section.proceeding", court == null ? "—" : court), items, text.get("dossier.none"));
    }

    private ReportItem event(LegalEvent e, Stage after, boolean freeText, boolean notesShown) {
        String verdict = e.getVerdict() == null ? null
                : ReportText.join(SEPARATOR, text.label("legal.verdict.", e.getVerdict()), e.isInAbsentia() ? text.get("legal.stage.inAbsentia") : null);
        return new ReportItem(e.getDate() + " — " + text.label("legal.event.", e.getType()),
                ReportText.join(SEPARATOR, text.optional("dossier.verdict", verdict),
                        freeText ? text.optional("dossier.charges", e.getCharges()) : null,
                        freeText ? text.optional("dossier.sentence", e.getSentence()) : null, text.get("dossier.stage", stage(after))),
                notesShown ? e.getNotes() : null);
    }

    private String stage(Stage stage) {
        return ReportText.join(" — ", text.label("legal.phase.", stage.phase()), text.label("legal.verdict.", stage.verdict()));
    }
}
