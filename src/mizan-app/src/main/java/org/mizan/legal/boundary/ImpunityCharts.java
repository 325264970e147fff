package org.mizan.legal.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.mizan.legal.control.ImpunityFigures;
import org.mizan.legal.entity.Phase;
import org.mizan.platform.control.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The impunity page's bar charts as Chart.js configurations (what {@code p:chart} takes), labelled in the page's language. */
final class ImpunityCharts {

    private static final String RUNNING = "#b91c1c";
    private static final String ENDED = "#15803d";
    private static final String NEUTRAL = "#18406b";

    private ImpunityCharts() {
    }

    /** Cases with a proceeding, by where the furthest one stands now. */
    static String byPhase(ImpunityFigures figures, Locale locale) {
        Messages messages = Messages.in(locale);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Map.Entry<Phase, Long> entry : figures.byPhase().entrySet()) {
            labels.add(messages.get("legal.phase." + entry.getKey()));
            data.add(entry.getValue());
        }
        return chart(labels, List.of(dataset(messages.get("impunity.chart.cases"), data, NEUTRAL)), locale, true, null);
    }

    /** The three clocks over all cases counted: how many still run, how many ended. */
    static String clocks(ImpunityFigures figures, Locale locale) {
        Messages messages = Messages.in(locale);
        JsonArrayBuilder labels = Json.createArrayBuilder().add(messages.get("impunity.clock.noArrest"))
                .add(messages.get("impunity.clock.noTrial")).add(messages.get("impunity.clock.noFinalVerdict"));
        List<ImpunityFigures.Clocks> clocks = List.of(figures.noArrest(), figures.noTrial(), figures.noFinalVerdict());
        JsonArrayBuilder running = Json.createArrayBuilder();
        JsonArrayBuilder ended = Json.createArrayBuilder();
        clocks.forEach(c -> {
            running.add(c.running());
            ended.add(c.ended());
        });
        return chart(labels, List.of(dataset(messages.get("impunity.chart.running"), running, RUNNING),
                dataset(messages.get("impunity.chart.ended"), ended, ENDED)), locale, false, null);
    }

    /** The three shares, in per cent of their own denominators. */
    static String shares(ImpunityFigures figures, Locale locale) {
        Messages messages = Messages.in(locale);
        JsonArrayBuilder labels = Json.createArrayBuilder().add(messages.get("impunity.againstUnknown"))
                .add(messages.get("impunity.reachedCourt")).add(messages.get("impunity.finalConviction"));
        JsonArrayBuilder data = Json.createArrayBuilder().add(percent(figures.againstUnknown())).add(percent(figures.reachedCourt()))
                .add(percent(figures.finalConviction()));
        return chart(labels, List.of(dataset(messages.get("impunity.chart.percent"), data, NEUTRAL)), locale, false, 100);
    }

    static double percent(ImpunityFigures.Share share) {
        return share.of() == 0 ? 0 : Math.round(1000.0 * share.count() / share.of()) / 10.0;
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static String chart(JsonArrayBuilder labels, List<JsonObjectBuilder> datasets, Locale locale,
                                boolean horizontal, Integer max) {
        boolean rtl = "ar".equals(locale.getLanguage()) || "ckb".equals(locale.getLanguage());
        JsonArrayBuilder sets = Json.createArrayBuilder();
        datasets.forEach(sets::add);
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0));
        if (max != null) {
            valueAxis.add("max", max);
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("indexAxis", horizontal ? "y" : "x")
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("rtl", rtl).add("display", datasets.size() > 1)))
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis)
                        .add(horizontal ? "y" : "x", Json.createObjectBuilder().add("reverse", rtl && !horizontal)));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", options).build().toString();
    }
}
