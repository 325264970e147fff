package org.mizan.reports.control;

import org.mizan.legal.entity.Stage;
import org.mizan.reports.entity.RedactedMeasure;
import org.mizan.reports.entity.RedactedProceeding;

import java.util.ArrayList;
import java.util.List;

/**
 * One section per proceeding, and one for the measures outside the courts: where it stands (the stage derived from its events, never typed) and its events in
 * date order, each with the stage it led to — printed from what {@link ProceedingRedaction} let the audience see.
 * Suspects' labels are left out on purpose: they are names that a person policy has not vetted.
 */
final class ProsecutionSections {

    private static final String SEPARATOR = " · ";

    private final ReportText text;

    ProsecutionSections(ReportText text) {
        this.text = text;
    }

    List<ReportSection> of(List<RedactedProceeding> proceedings) {
        return proceedings.stream().map(this::section).toList();
    }

    /** Without the free text the stages, event types, dates and verdicts — coded values — still tell the course. */
    private ReportSection section(RedactedProceeding p) {
        List<ReportItem> items = new ArrayList<>();
        items.add(new ReportItem(text.get("dossier.stage", stage(p.stage())),
                ReportText.join(SEPARATOR, text.optional("dossier.fileNumber", p.fileNumber()), text.optional("dossier.judge", p.investigativeJudge()),
                        text.optional("dossier.lawyers", p.lawyers().isEmpty() ? null : String.join(", ", p.lawyers()))),
                p.notes()));
        p.events().forEach(e -> items.add(event(e)));
        // Each isolated: in one left-to-right isolate with a Latin court name, "1234/ج/2020" would print as "1234/2020/ج".
        String court = p.freeText() ? ReportText.join(SEPARATOR, text.isolate(p.court()), text.isolate(p.fileNumber())) : text.get("dossier.withheld");
        return new ReportSection(text.get("dossier.section.proceeding", court == null ? "—" : court), items, text.get("dossier.none"));
    }

    /**
     * The measures outside the courts, one line each: date and kind (coded, for every audience), then the authority and
     * description where the audience sees free text, or "withheld" where there were some.
     */
    List<ReportItem> measures(List<RedactedMeasure> measures) {
        return measures.stream().map(m -> new ReportItem(m.date() + " — " + text.label("legal.measure.", m.kind()),
                m.authority() == null ? text.get("dossier.withheld") : ReportText.join(SEPARATOR, text.isolate(m.authority()), m.sourceUrl()),
                m.description())).toList();
    }

    private ReportItem event(RedactedProceeding.Event e) {
        String verdict = e.verdict() == null ? null
                : ReportText.join(SEPARATOR, text.label("legal.verdict.", e.verdict()), e.inAbsentia() ? text.get("legal.stage.inAbsentia") : null);
        return new ReportItem(e.date() + " — " + text.label("legal.event.", e.type()),
                ReportText.join(SEPARATOR, text.optional("dossier.verdict", verdict), text.optional("dossier.charges", e.charges()),
                        text.optional("dossier.sentence", e.sentence()), text.get("dossier.stage", stage(e.after()))),
                e.notes());
    }

    private String stage(Stage stage) {
        return ReportText.join(" — ", text.label("legal.phase.", stage.phase()), text.label("legal.verdict.", stage.verdict()));
    }
}
