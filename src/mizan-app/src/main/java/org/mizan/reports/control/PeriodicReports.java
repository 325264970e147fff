package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRRewindableDataSource;
import org.mizan.cases.control.CaseFilter;
import org.mizan.cases.control.ReferenceData;
import org.mizan.legal.control.ImpunityFigures;
import org.mizan.legal.control.ImpunityFilter;
import org.mizan.legal.control.ImpunityIndicators;
import org.mizan.platform.control.JobProgress;
import org.mizan.platform.control.Messages;
import org.mizan.reports.entity.ReportKind;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The periodic report: over a period of incidents and the case list's filters, the cases the reader may
 * see, as the audience may see them — statistics with charts, the impunity indicators and the list of cases — in
 * English, Arabic or Kurdish. {@link #check} answers bad requests before any work; {@link #issue} gathers, lays out
 * and hands the draft to {@link ReportIssuer}, which renders, registers and audits it.
 */
@ApplicationScoped
public class PeriodicReports {

    static final String TEMPLATE = "periodic";
    static final String STATISTICS_TEMPLATE = "periodic-statistics";
    static final String FIGURES_TEMPLATE = "periodic-figures";
    /** The share of the progress bar for reading and redacting the cases and drawing the charts; filling takes the rest. */
    static final double GATHERING = 0.4;
    private static final Logger LOG = Logger.getLogger(PeriodicReports.class.getName());

    @Inject
    PeriodicGathering gathering;
    @Inject
    ImpunityIndicators impunity;
    @Inject
    Redaction redaction;
    @Inject
    ReportRenderer renderer;
    @Inject
    ReportIssuer issuer;
    @Inject
    Clock clock;

    /**
     * Everything that can be refused before a job starts: the audience (403 for an advocate asking for INTERNAL or
     * LEGAL), unknown governorate or violation type codes and a period that ends before it starts (400 naming them).
     */
    public void check(PeriodicOrder order, CaseReader reader) {
        redaction.requireAllowed(order.audience(), reader);
        CaseFilter f = order.filter();
        impunity.check(new ImpunityFilter(f.from(), f.to(), f.governorate(), f.violationType()));
    }

    /**
     * Gathers, lays out and issues the report; {@code progress} runs from 0 to 1 over all of it. Logs how long each part
     * took (with the report id and the number of cases, never what is in them), for whoever wonders why one was slow.
     */
    public IssuedPdf issue(PeriodicOrder order, CaseReader reader, Actor actor, JobProgress progress) {
        long start = System.nanoTime();
        JobProgress drafting = progress.within(0, GATHERING);
        // The audience, codes and period are checked again inside the gathering (Redaction, ImpunityIndicators).
        PeriodicGathering.Gathered gathered = gathering.gather(order, reader, drafting.within(0, 0.8));
        long gatheredAt = System.nanoTime();
        ReportDraft draft = compose(order, gathered.cases(), gathered.impunity(), gathered.violationTypes(),
                gathered.governorates(), renderer, clock.instant());
        drafting.at(1);
        long composedAt = System.nanoTime();
        IssuedPdf issued = issuer.issue(draft, actor, progress.within(GATHERING, 1));
        LOG.info(() -> String.format("periodic report %s: %d cases gathered in %d ms, laid out with charts in %d ms, "
                        + "issued (filled, exported, registered) in %d ms", issued.reportId(), draft.rows().size(),
                millis(start, gatheredAt), millis(gatheredAt, composedAt), millis(composedAt, System.nanoTime())));
        return issued;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * The draft of cases already read and redacted: counting, wording and charts, no database. Public for the
     * benchmark's floor, which fills the same template from the same kind of data without the server.
     */
    public static ReportDraft compose(PeriodicOrder order, List<PeriodicCase> cases, ImpunityFigures impunity,
                                      Map<String, ReferenceData.Label> types, Map<String, ReferenceData.Label> governorates,
                                      ReportRenderer renderer, Instant generatedAt) {
        PeriodicStatistics statistics = PeriodicStatistics.of(cases, impunity, List.copyOf(types.keySet()),
                List.copyOf(governorates.keySet()));
        Messages messages = Messages.in(order.locale());
        PeriodicLayout layout = new PeriodicLayout(new ReportText(messages), types, governorates);
        Map<String, Object> parameters = new HashMap<>(layout.parameters(order, statistics,
                layout.sections(statistics, impunity), generatedAt));
        parameters.put("STATISTICS", renderer.template(STATISTICS_TEMPLATE));
        parameters.put("FIGURES", renderer.template(FIGURES_TEMPLATE));
        return new ReportDraft(ReportKind.PERIODIC, order.audience(), messages.locale(), null, order.asStrings(), TEMPLATE,
                parameters, layout.rows(cases), List.of());
    }

    /**
     * The same draft, ready to be filled once more: the statistics reach the template as a data source, which a fill
     * reads to its end. For the benchmark, which fills one draft several times.
     */
    public static ReportDraft rewound(ReportDraft draft) {
        try {
            ((JRRewindableDataSource) draft.parameters().get("statistics")).moveFirst();
        } catch (JRException e) {
            throw new IllegalStateException("a bean collection rewinds", e);
        }
        return draft;
    }
}
