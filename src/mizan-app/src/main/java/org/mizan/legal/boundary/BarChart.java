package org.mizan.legal.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A bar chart's figures: drawn by Chart.js ({@link #json}, what {@code p:chart} takes) and given as a table beside it,
 * its text alternative for a screen reader or anyone who cannot read bars. One value for both, so they cannot disagree.
 */
public record BarChart(String title, List<String> categories, List<Series> series, boolean horizontal, Integer max) {

    /** One set of bars: its name (the legend and the table's column) and a value per category. */
    public record Series(String name, String colour, List<? extends Number> values) {
    }

    /** A table row: a category and its value in each series. */
    public record Row(String category, List<Number> values) {
    }

    public List<Row> getRows() {
        return IntStream.range(0, categories.size())
                .mapToObj(i -> new Row(categories.get(i), series.stream().<Number>map(s -> s.values().get(i)).toList())).toList();
    }

    public List<Series> getSeries() {
        return series;
    }

    public String getTitle() {
        return title;
    }

    /** The Chart.js configuration, mirrored for right-to-left languages. */
    public String json(Locale locale) {
        boolean rtl = "ar".equals(locale.getLanguage()) || "ckb".equals(locale.getLanguage());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        categories.forEach(labels::add);
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.values().forEach(v -> data.add(Json.createValue(v.doubleValue())));
            sets.add(Json.createObjectBuilder().add("label", s.name()).add("data", data).add("backgroundColor", s.colour()));
        }
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0));
        if (max != null) {
            valueAxis.add("max", max);
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("indexAxis", horizontal ? "y" : "x")
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("rtl", rtl).add("display", series.size() > 1)))
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis)
                        .add(horizontal ? "y" : "x", Json.createObjectBuilder().add("reverse", rtl && !horizontal)));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", options).build().toString();
    }
}
