package org.mizan.legal.boundary;

import org.mizan.legal.control.ImpunityFigures;
import org.mizan.legal.entity.Phase;
import org.mizan.platform.control.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The impunity page's bar charts, labelled in the page's language. */
final class ImpunityCharts {

    private static final String RUNNING = "#b91c1c";
    private static final String ENDED = "#15803d";
    private static final String NEUTRAL = "#18406b";

    private ImpunityCharts() {
    }

    /** Cases with a proceeding, by where the furthest one stands now. */
    static BarChart byPhase(ImpunityFigures figures, Locale locale) {
        Messages messages = Messages.in(locale);
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (Map.Entry<Phase, Long> entry : figures.byPhase().entrySet()) {
            labels.add(messages.get("legal.phase." + entry.getKey()));
            counts.add(entry.getValue());
        }
        return new BarChart(messages.get("impunity.chart.phases"), labels,
                List.of(new BarChart.Series(messages.get("impunity.chart.cases"), NEUTRAL, counts)), true, null);
    }

    /** The three clocks over all cases counted: how many still run, how many ended. */
    static BarChart clocks(ImpunityFigures figures, Locale locale) {
        Messages messages = Messages.in(locale);
        List<ImpunityFigures.Clocks> clocks = List.of(figures.noArrest(), figures.noTrial(), figures.noFinalVerdict());
        return new BarChart(messages.get("impunity.chart.clocks"), List.of(messages.get("impunity.clock.noArrest"),
                messages.get("impunity.clock.noTrial"), messages.get("impunity.clock.noFinalVerdict")),
                List.of(new BarChart.Series(messages.get("impunity.chart.running"), RUNNING, clocks.stream().map(ImpunityFigures.Clocks::running).toList()),
                        new BarChart.Series(messages.get("impunity.chart.ended"), ENDED, clocks.stream().map(ImpunityFigures.Clocks::ended).toList())),
                false, null);
    }

    /** The three shares, in per cent of their own denominators. */
    static BarChart shares(ImpunityFigures figures, Locale locale) {
        Messages messages = Messages.in(locale);
        return new BarChart(messages.get("impunity.chart.shares"), List.of(messages.get("impunity.againstUnknown"),
                messages.get("impunity.reachedCourt"), messages.get("impunity.finalConviction")),
                List.of(new BarChart.Series(messages.get("impunity.chart.percent"), NEUTRAL, List.of(percent(figures.againstUnknown()),
                        percent(figures.reachedCourt()), percent(figures.finalConviction())))), false, 100);
    }

    static double percent(ImpunityFigures.Share share) {
        return share.of() == 0 ? 0 : Math.round(1000.0 * share.count() / share.of()) / 10.0;
    }
}
