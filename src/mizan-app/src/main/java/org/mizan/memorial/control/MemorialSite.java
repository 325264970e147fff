package org.mizan.memorial.control;

import org.mizan.legal.control.CaseVerdict;
import org.mizan.cases.entity.Occupation;
import org.mizan.memorial.control.MemorialData.Counted;
import org.mizan.memorial.control.MemorialData.JusticeState;
import org.mizan.memorial.control.MemorialData.Victim;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The memorial as files: plain HTML and one stylesheet, a re-encoded photo per approved portrait, an Atom feed per
 * language; no script, no form, and only relative links, so the folder works from a disk, any static host or an archive
 * and never calls back to Mizan. Every language has the same pages in its own folder ({@code en/}, {@code ar/},
 * {@code ckb/}), so the language switch links to the same page next door. Pure: what it may show comes in
 * {@link MemorialData}; the leak check runs on what this returns, before anything is written.
 */
final class MemorialSite {

    static final String STYLESHEET = "style.css";
    static final int FEED_ENTRIES = 100;
    private static final String CSS = """
            body{margin:0;font-family:"DejaVu Sans","Noto Sans","Noto Naskh Arabic",Arial,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}
            a{color:#0b4f8a}a:focus{outline:3px solid #b35900;outline-offset:2px}
            .skip{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
            .skip:focus{position:static;width:auto;height:auto;clip:auto}
            header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
            header{border-bottom:1px solid #767676}nav ul{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:1rem}
            .site{font-size:1.3rem;font-weight:bold;margin:.5rem 0}
            footer{border-top:1px solid #767676;margin-top:2rem;font-size:.9rem}
            dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dl.facts dt{font-weight:bold}dl.facts dd{margin:0}
            img.portrait{max-width:100%;height:auto;border:1px solid #767676}
            table{border-collapse:collapse;width:100%}th,td{text-align:start;padding:.25rem .5rem;border-bottom:1px solid #ccc}
            .chart{max-width:100%;height:auto}figure{margin:1rem 0}
            @media print{nav,.skip{display:none}a{color:#000}}
            """;
    private static final Map<JusticeState, String> JUSTICE_KEYS = Map.of(JusticeState.NO_ARREST, "memorial.site.justice.noArrest",
            JusticeState.NO_TRIAL, "memorial.site.justice.noTrial", JusticeState.NO_FINAL_VERDICT, "memorial.site.justice.noFinalVerdict",
            JusticeState.FINAL_VERDICT, "memorial.site.justice.finalVerdict");

    private final MemorialData data;
    private final List<SiteLanguage> languages;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private MemorialSite(MemorialData data, List<SiteLanguage> languages) {
        this.data = data;
        this.languages = languages;
    }

    /** Every file of the site by its path inside the site folder, in a stable order. */
    static Map<String, byte[]> write(MemorialData data, List<SiteLanguage> languages) {
        MemorialSite site = new MemorialSite(data, languages);
        site.put(STYLESHEET, CSS);
        site.put("index.html", site.chooser());
        for (Victim victim : data.named()) {
            if (victim.photo() != null) {
                site.files.put(photoPath(victim), victim.photo());
            }
        }
        for (SiteLanguage language : languages) {
            site.pages(language);
        }
        return site.files;
    }

    static String photoPath(Victim victim) {
        return "photos/" + victim.slug() + ".jpg";
    }

    private void put(String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private void pages(SiteLanguage l) {
        String folder = l.code() + "/";
        List<Victim> byName = data.named().stream().sorted(Comparator.comparing((Victim v) -> shownName(v, l))).toList();
        put(folder + "index.html", page(l, "index.html", l.text("memorial.site.byYear"), intro(l)
                + groups(l, byName, v -> Integer.toString(v.date().year()), c -> Integer.toString(c.year()), Comparator.reverseOrder(),
                Function.identity())));
        put(folder + "governorates.html", page(l, "governorates.html", l.text("memorial.site.byGovernorate"), intro(l)
                + groups(l, byName, v -> Objects.toString(v.governorate(), ""), c -> Objects.toString(c.governorate(), ""),
                Comparator.naturalOrder(), code -> governorate(l, code))));
        put(folder + "types.html", page(l, "types.html", l.text("memorial.site.byType"), intro(l) + types(l, byName)));
        put(folder + "figures.html", page(l, "figures.html", l.text("memorial.site.figures"), figures(l)));
        put(folder + "about.html", page(l, "about.html", l.text("memorial.site.about"), about(l)));
        put(folder + "feed.atom", feed(l));
        for (Victim victim : data.named()) {
            put(folder + victim.slug() + ".html", page(l, victim.slug() + ".html", Html.escape(shownName(victim, l)), victim(l, victim)));
        }
    }

    /** The root page: a choice of language, in each language's own words. */
    private String chooser() {
        StringBuilder links = new StringBuilder();
        for (SiteLanguage l : languages) {
            links.append("<li><a href=\"").append(l.code()).append("/index.html\" lang=\"").append(l.code()).append("\" hreflang=\"")
                    .append(l.code()).append("\" dir=\"").append(l.dir()).append("\">").append(l.text("memorial.site.title"))
                    .append(" — ").append(l.text("language." + l.code())).append("</a></li>");
        }
        SiteLanguage first = languages.get(0);
        return "<!DOCTYPE html>\n<html lang=\"" + first.code() + "\" dir=\"" + first.dir() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + first.text("memorial.site.title")
                + "</title><link rel=\"stylesheet\" href=\"" + STYLESHEET + "\"></head><body><main id=\"main\"><h1>"
                + first.text("memorial.site.chooseLanguage") + "</h1><ul>" + links + "</ul></main></body></html>\n";
    }

    private String page(SiteLanguage l, String name, String heading, String body) {
        StringBuilder switcher = new StringBuilder();
        for (SiteLanguage other : languages) {
            switcher.append("<li><a href=\"../").append(other.code()).append('/').append(name).append("\" lang=\"").append(other.code())
                    .append("\" hreflang=\"").append(other.code()).append('"')
                    .append(other.code().equals(l.code()) ? " aria-current=\"page\"" : "").append('>')
                    .append(other.text("language." + other.code())).append("</a></li>");
        }
        return "<!DOCTYPE html>\n<html lang=\"" + l.code() + "\" dir=\"" + l.dir() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + heading + " — "
                + l.text("memorial.site.title") + "</title><link rel=\"stylesheet\" href=\"../" + STYLESHEET + "\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.atom\" title=\"" + l.text("memorial.site.feed") + "\">"
                + "</head><body><a class=\"skip\" href=\"#main\">" + l.text("memorial.site.skip") + "</a><header><p class=\"site\">"
                + l.text("memorial.site.title") + "</p><nav aria-label=\"" + l.text("memorial.site.nav") + "\"><ul>"
                + "<li><a href=\"index.html\">" + l.text("memorial.site.byYear") + "</a></li>"
                + "<li><a href=\"governorates.html\">" + l.text("memorial.site.byGovernorate") + "</a></li>"
                + "<li><a href=\"types.html\">" + l.text("memorial.site.byType") + "</a></li>"
                + "<li><a href=\"figures.html\">" + l.text("memorial.site.figures") + "</a></li>"
                + "<li><a href=\"about.html\">" + l.text("memorial.site.about") + "</a></li>"
                + "<li><a href=\"feed.atom\">" + l.text("memorial.site.feed") + "</a></li></ul></nav>"
                + "<nav aria-label=\"" + l.text("memorial.site.languages") + "\"><ul>" + switcher + "</ul></nav></header>"
                + "<main id=\"main\"><h1>" + heading + "</h1>" + body + "</main><footer><p>"
                + l.text("memorial.site.footer", data.organisation(), ltr(data.asOf().atOffset(ZoneOffset.UTC).toLocalDate().toString()))
                + "</p></footer></body></html>\n";
    }

    private String intro(SiteLanguage l) {
        return "<p>" + l.text("memorial.site.intro", data.counted().size(), data.named().size()) + "</p>";
    }

    /** Named victims grouped by a key, each group with its full count (named or not); groups in {@code order}. */
    private String groups(SiteLanguage l, List<Victim> byName, Function<Victim, String> namedKey, Function<Counted, String> countedKey,
                          Comparator<String> order, Function<String, String> label) {
        Map<String, Long> counts = data.counted().stream().collect(Collectors.groupingBy(countedKey, () -> new TreeMap<>(order),
                Collectors.counting()));
        Map<String, List<Victim>> named = byName.stream().collect(Collectors.groupingBy(namedKey));
        StringBuilder html = new StringBuilder();
        counts.forEach((key, count) -> html.append(group(l, label.apply(key), count, named.getOrDefault(key, List.of()))));
        return html.toString();
    }

    private String types(SiteLanguage l, List<Victim> byName) {
        Map<String, Long> counts = new TreeMap<>();
        data.counted().forEach(c -> c.violationTypes().forEach(t -> counts.merge(t, 1L, Long::sum)));
        StringBuilder html = new StringBuilder();
        counts.forEach((type, count) -> html.append(group(l, l.labels().typeLabel(type), count,
                byName.stream().filter(v -> v.violationTypes().contains(type)).toList())));
        return html.toString();
    }

    private String group(SiteLanguage l, String heading, long count, List<Victim> named) {
        StringBuilder html = new StringBuilder("<section><h2>").append(Html.escape(heading)).append("</h2><p>")
                .append(l.text("memorial.site.groupCount", count, named.size())).append("</p>");
        if (!named.isEmpty()) {
            html.append("<ul>");
            named.forEach(v -> html.append("<li><a href=\"").append(v.slug()).append(".html\">").append(Html.escape(shownName(v, l)))
                    .append("</a></li>"));
            html.append("</ul>");
        }
        return html.append("</section>").toString();
    }

    private String victim(SiteLanguage l, Victim v) {
        StringBuilder html = new StringBuilder();
        String other = otherName(v, l);
        if (other != null) {
            html.append("<p lang=\"").append(l.rightToLeft() ? "en\" dir=\"ltr" : "ar\" dir=\"rtl").append("\">").append(Html.escape(other))
                    .append("</p>");
        }
        if (v.photo() != null) {
            html.append("<p><img class=\"portrait\" src=\"../").append(photoPath(v)).append("\" alt=\"")
                    .append(l.text("memorial.site.photoOf", shownName(v, l))).append("\"></p>");
        }
        html.append("<dl class=\"facts\">");
        fact(html, l.text("memorial.site.age"), v.ageGroup().known() ? ltr(v.ageGroup().label()) : l.text("memorial.site.ageUnknown"));
        if (!v.occupations().isEmpty()) {
            fact(html, l.text("memorial.site.occupations"), v.occupations().stream().map(Occupation::name)
                    .map(code -> l.text("cases.occupation." + code)).collect(Collectors.joining(", ")));
        }
        fact(html, l.text("memorial.site.date"), ltr(Html.escape(v.date().toString())));
        fact(html, l.text("memorial.site.governorate"), governorate(l, v.governorate()));
        fact(html, l.text("memorial.site.violations"), v.violationTypes().stream().map(t -> Html.escape(l.labels().typeLabel(t)))
                .collect(Collectors.joining(", ")));
        if (v.fate() != null) {
            fact(html, l.text("memorial.site.fate"), l.text("cases.fate." + v.fate().name()));
        }
        fact(html, l.text("memorial.site.justice"), l.text(JUSTICE_KEYS.get(v.justice().state()), v.justice().days()));
        verdict(v.justice().verdict(), l).ifPresent(said -> fact(html, l.text("memorial.site.verdict"), said));
        html.append("</dl>");
        String text = v.texts().get(l.code());
        String textLanguage = l.code();
        if (text == null && !v.texts().isEmpty()) {
            textLanguage = v.texts().keySet().iterator().next();
            text = v.texts().get(textLanguage);
        }
        if (text != null) {
            html.append("<section><h2>").append(l.text("memorial.site.story")).append("</h2><p lang=\"").append(textLanguage)
                    .append("\" dir=\"").append("en".equals(textLanguage) ? "ltr" : "rtl").append("\">").append(Html.escape(text))
                    .append("</p></section>");
        }
        return html.toString();
    }

    /** Digits and dashes kept left to right inside right-to-left text ("20–29" read as such, not "29–20"). */
    private static String ltr(String text) {
        return "\u2066" + text + "\u2069";
    }

    private static void fact(StringBuilder html, String term, String value) {
        html.append("<dt>").append(term).append("</dt><dd>").append(value).append("</dd>");
    }

    private String figures(SiteLanguage l) {
        StringBuilder html = new StringBuilder(intro(l)).append("<p>").append(l.text("memorial.site.figures.intro")).append("</p>");
        Map<Integer, Long> years = count(Counted::year, Comparator.reverseOrder());
        html.append(chart(l, "year", l.text("memorial.site.byYear"), years, String::valueOf));
        Map<String, Long> governorates = count(c -> Objects.toString(c.governorate(), ""), Comparator.naturalOrder());
        html.append(chart(l, "governorate", l.text("memorial.site.byGovernorate"), governorates, code -> governorate(l, code)));
        Map<String, Long> types = new TreeMap<>();
        data.counted().forEach(c -> c.violationTypes().forEach(t -> types.merge(t, 1L, Long::sum)));
        html.append(chart(l, "type", l.text("memorial.site.byType"), types, t -> Html.escape(l.labels().typeLabel(t))));
        Map<JusticeState, Long> states = count(Counted::justice, Comparator.naturalOrder());
        html.append(chart(l, "justice", l.text("memorial.site.justice"), states, state -> Html.escape(l.text(JUSTICE_KEYS.get(state) + ".short"))));
        return html.toString();
    }

    private <K> Map<K, Long> count(Function<Counted, K> key, Comparator<? super K> order) {
        return data.counted().stream().collect(Collectors.groupingBy(key, () -> new TreeMap<>(order), Collectors.counting()));
    }

    /**
     * A chart as an image of its own ({@code chart-<name>.svg} beside the page), whose text alternative reads out every
     * bar, then the table of the same counts.
     */
    private <K> String chart(SiteLanguage l, String name, String caption, Map<K, Long> counts, Function<K, String> label) {
        List<SvgBarChart.Bar> bars = counts.entrySet().stream().map(e -> new SvgBarChart.Bar(label.apply(e.getKey()), e.getValue())).toList();
        String file = "chart-" + name + ".svg";
        put(l.code() + "/" + file, SvgBarChart.draw(bars, l.rightToLeft()));
        String spoken = bars.stream().map(bar -> bar.label() + ": " + bar.count()).collect(Collectors.joining(l.rightToLeft() ? "، " : ", "));
        StringBuilder html = new StringBuilder("<figure><img class=\"chart\" src=\"").append(file).append("\" alt=\"")
                .append(l.text("memorial.site.figures.chart", caption, spoken)).append("\"></figure>");
        html.append("<table><caption>").append(caption).append("</caption><thead><tr><th scope=\"col\">").append(caption)
                .append("</th><th scope=\"col\">").append(l.text("memorial.site.figures.count")).append("</th></tr></thead><tbody>");
        bars.forEach(bar -> html.append("<tr><th scope=\"row\">").append(bar.label()).append("</th><td>").append(bar.count())
                .append("</td></tr>"));
        return html.append("</tbody></table>").toString();
    }

    private String about(SiteLanguage l) {
        String correction = data.correctionContact() == null || data.correctionContact().isBlank()
                ? l.text("memorial.site.about.noContact", data.organisation())
                : l.text("memorial.site.about.correction", data.correctionContact());
        return "<p>" + l.text("memorial.site.about.who", data.organisation()) + "</p><p>" + correction + "</p><p>"
                + l.text("memorial.site.about.verify", data.organisation()) + "</p>";
    }

    /** Additions, newest first ({@value #FEED_ENTRIES} at most, as feeds go): each with the day a publication first named them. */
    private String feed(SiteLanguage l) {
        List<Victim> newest = new ArrayList<>(data.named());
        newest.sort(Comparator.comparing(Victim::since).reversed().thenComparing(Victim::slug));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(l.code()).append("\"><title>").append(l.text("memorial.site.feedTitle")).append("</title><id>urn:mizan-memorial:")
                .append(l.code()).append("</id><updated>").append(data.asOf()).append("</updated><author><name>")
                .append(Html.escape(data.organisation())).append("</name></author><link rel=\"alternate\" href=\"index.html\"/>");
        for (Victim v : newest.subList(0, Math.min(FEED_ENTRIES, newest.size()))) {
            xml.append("<entry><title>").append(Html.escape(shownName(v, l))).append("</title><id>urn:mizan-memorial:").append(v.slug())
                    .append("</id><updated>").append(v.since()).append("</updated><link rel=\"alternate\" href=\"").append(v.slug())
                    .append(".html\"/><summary>").append(Html.escape(governorate(l, v.governorate()))).append(", ")
                    .append(Html.escape(v.date().toString())).append("</summary></entry>");
        }
        return xml.append("</feed>\n").toString();
    }

    /** "Acquitted after a conviction was annulled", "Convicted"…; nothing before any verdict. */
    static java.util.Optional<String> verdict(CaseVerdict verdict, SiteLanguage l) {
        if (verdict.standing() == null) {
            return verdict.convictionSetAside() ? java.util.Optional.of(l.text("memorial.site.verdict.annulled")) : java.util.Optional.empty();
        }
        String kind = l.text("memorial.site.verdict." + verdict.standing().name());
        return java.util.Optional.of(verdict.convictionSetAside() ? l.text("memorial.site.verdict.afterAnnulment", kind) : kind);
    }

    private static String governorate(SiteLanguage l, String code) {
        return code == null || code.isEmpty() ? l.text("memorial.site.unknownGovernorate") : Html.escape(l.labels().governorateLabel(code));
    }

    /** The name in the page's script first: Arabic on the Arabic and Kurdish pages, Latin on the English ones. */
    static String shownName(Victim v, SiteLanguage l) {
        String first = l.rightToLeft() ? v.nameArabic() : v.nameLatin();
        return first != null ? first : l.rightToLeft() ? v.nameLatin() : v.nameArabic();
    }

    private static String otherName(Victim v, SiteLanguage l) {
        String other = l.rightToLeft() ? v.nameLatin() : v.nameArabic();
        return other == null || other.equals(shownName(v, l)) ? null : other;
    }
}
