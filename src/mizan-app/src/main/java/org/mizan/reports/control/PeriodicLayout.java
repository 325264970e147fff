package org.mizan.reports.control;

import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.mizan.cases.control.CaseFilter;
import org.mizan.cases.control.ReferenceData;
import org.mizan.legal.control.ImpunityFigures;
import org.mizan.platform.control.Messages;
import org.mizan.reports.entity.Appearance;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.reports.entity.RedactedParty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a periodic report says, in the reader's language: the title block (period, filters, audience and what the
 * audience hides), the statistics — each a chart and its table — and one row per case. Pure: the cases come
 * already redacted ({@link PeriodicCase}), the figures already counted ({@link PeriodicStatistics},
 * {@link ImpunityFigures}); {@code reports/periodic.jrxml} only lays them out.
 */
final class PeriodicLayout {

    private static final String SEPARATOR = " · ";

    private final ReportText text;
    private final Map<String, ReferenceData.Label> violationTypes;
    private final Map<String, ReferenceData.Label> governorates;
    private final boolean rtl;

    PeriodicLayout(ReportText text, Map<String, ReferenceData.Label> violationTypes, Map<String, ReferenceData.Label> governorates) {
        this.text = text;
        this.violationTypes = violationTypes;
        this.governorates = governorates;
        this.rtl = Messages.isRightToLeft(text.messages().locale());
    }

    /** The template's parameters besides the subreports: the title block, the list's headings and the statistics. */
    Map<String, Object> parameters(PeriodicOrder order, PeriodicStatistics statistics, List<StatisticSection> sections, Instant generatedAt) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("LTR", !rtl);
        parameters.put("title", text.get("periodic.title"));
        parameters.put("period", period(order.filter()));
        parameters.put("filters", text.get("periodic.filters", filters(order.filter())));
        parameters.put("audience", text.get("periodic.audience", text.label("report.audience.", order.audience())));
        parameters.put("audienceNote", text.get("periodic.audienceNote." + order.audience().name()));
        parameters.put("counted", text.get("periodic.counted", String.valueOf(statistics.cases()), String.valueOf(statistics.victims())));
        parameters.put("generated", text.get("periodic.generated", ReportText.time(generatedAt)));
        parameters.put("footer", text.get("periodic.footer." + order.audience().name()));
        parameters.put("statisticsHeading", text.get("periodic.statistics"));
        parameters.put("listHeading", text.get("periodic.list", String.valueOf(statistics.cases())));
        parameters.put("listEmpty", statistics.cases() == 0 ? text.get("periodic.list.empty") : null);
        for (String column : List.of("reference", "date", "governorate", "types", "victims", "stage")) {
            parameters.put("column_" + column, text.get("periodic.column." + column));
        }
        parameters.put("statistics", new JRBeanCollectionDataSource(sections));
        return parameters;
    }

    /** The statistics blocks, each with its chart: the slow part of the layout (a few tens of milliseconds a chart). */
    List<StatisticSection> sections(PeriodicStatistics s, ImpunityFigures impunity) {
        String cases = text.get("periodic.axis.cases");
        String victims = text.get("periodic.axis.victims");
        List<StatisticSection> sections = new ArrayList<>();
        sections.add(section("periodic.byType", "periodic.byType.note", s.byType(), s.cases(), cases, this::typeLabel, true));
        sections.add(section("periodic.byGovernorate", null, s.byGovernorate(), s.cases(), cases, this::governorateLabel, true));
        sections.add(section("periodic.byMonth", "periodic.byMonth.note", s.byMonth(), s.cases(), cases, this::monthLabel, false));
        sections.add(section("periodic.byOccupation", "periodic.byOccupation.note", s.byOccupation(), s.victims(), victims,
                key -> enumLabel("cases.occupation.", key), true));
        sections.add(section("periodic.byFate", null, s.byFate(), s.victims(), victims, key -> enumLabel("cases.fate.", key), true));
        sections.add(section("periodic.byPhase", "periodic.byPhase.note", s.byPhase(), s.cases(), cases, this::phaseLabel, true));
        sections.add(impunity(impunity));
        return sections;
    }

    /** One row per case, as the audience may see it. */
    List<PeriodicRow> rows(List<PeriodicCase> cases) {
        return cases.stream().map(this::row).toList();
    }

    private PeriodicRow row(PeriodicCase c) {
        RedactedCase r = c.redacted();
        return new PeriodicRow(r.reference(), DossierLayout.date(r.incidentDate()), governorateLabel(orUnknown(r.governorate())),
                r.violationTypes().stream().map(this::typeLabel).collect(Collectors.joining(", ")),
                r.victims().isEmpty() ? "—" : r.victims().stream().map(this::victim).collect(Collectors.joining("; ")),
                ReportText.join(SEPARATOR, text.label("cases.status.", r.status()), text.label("legal.phase.", c.phase())));
    }

    /** "ف. ع. / F. A. (20–29, Killed)": the name or initials the redaction left, the age it allows, the fate. */
    private String victim(RedactedParty victim) {
        String name = Objects.requireNonNullElse(text.name(victim), text.get("dossier.unnamed"));
        String age = victim.age() != null ? victim.age().toString()
                : victim.appearance() == Appearance.INITIALS || victim.ageGroup().known()
                ? (victim.ageGroup().known() ? victim.ageGroup().label() : text.get("report.ageUnknown")) : null;
        // Isolated: after the name, a parenthesis and no Arabic letter, the band's digits still take the line's direction.
        String facts = ReportText.join(", ", text.isolate(age), text.label("cases.fate.", victim.fate()));
        return facts == null ? name : ReportText.guard(name + " (" + facts + ")");
    }

    private StatisticSection section(String headingKey, String noteKey, List<PeriodicStatistics.Count> counts, long total,
                                     String valueLabel, Function<String, String> label, boolean horizontal) {
        String heading = text.get(headingKey);
        List<StatisticRow> rows = counts.stream()
                .map(c -> new StatisticRow(label.apply(c.key()), String.valueOf(c.count()), percent(c.count(), total))).toList();
        List<PeriodicCharts.Bar> bars = counts.stream().map(c -> new PeriodicCharts.Bar(label.apply(c.key()), c.count())).toList();
        return new StatisticSection(heading, noteKey == null ? null : text.get(noteKey),
                PeriodicCharts.bars(heading, valueLabel, bars, horizontal, rtl, text.get("periodic.noData")),
                text.get("periodic.column.what"), valueLabel, text.get("periodic.column.share"), rows);
    }

    /** The impunity indicators as the legal service counted them; the chart shows the three shares in per cent. */
    private StatisticSection impunity(ImpunityFigures f) {
        List<StatisticRow> rows = new ArrayList<>();
        rows.add(new StatisticRow(text.get("periodic.impunity.cases"), String.valueOf(f.cases()), null));
        rows.add(new StatisticRow(text.get("periodic.impunity.withProceeding"), String.valueOf(f.withProceeding()),
                percent(f.withProceeding(), f.cases())));
        rows.add(share("impunity.againstUnknown", f.againstUnknown()));
        rows.add(share("impunity.reachedCourt", f.reachedCourt()));
        rows.add(share("impunity.finalConviction", f.finalConviction()));
        rows.add(new StatisticRow(text.get("periodic.impunity.suspectsReleased"), String.valueOf(f.suspectsReleased()), null));
        rows.add(clock("impunity.clock.noArrest", f.noArrest()));
        rows.add(clock("impunity.clock.noTrial", f.noTrial()));
        rows.add(clock("impunity.clock.noFinalVerdict", f.noFinalVerdict()));
        String heading = text.get("periodic.impunity");
        List<PeriodicCharts.Bar> bars = List.of(
                new PeriodicCharts.Bar(text.get("impunity.againstUnknown"), Math.round(percentOf(f.againstUnknown()))),
                new PeriodicCharts.Bar(text.get("impunity.reachedCourt"), Math.round(percentOf(f.reachedCourt()))),
                new PeriodicCharts.Bar(text.get("impunity.finalConviction"), Math.round(percentOf(f.finalConviction()))));
        return new StatisticSection(heading, text.get("periodic.impunity.counted", f.asOf().toString()),
                PeriodicCharts.percentBars(heading, text.get("impunity.chart.percent"), f.cases() == 0 ? List.of() : bars, rtl,
                        text.get("periodic.noData")),
                text.get("periodic.column.indicator"), text.get("periodic.column.value"), text.get("periodic.column.share"), rows);
    }

    private StatisticRow share(String key, ImpunityFigures.Share share) {
        return new StatisticRow(text.get(key), share.count() + " / " + share.of(), percent(share.count(), share.of()));
    }

    /** "No arrest: still running in 12 cases (median 1520 days) · ended in 3 (median 40 days)", all in the wide column. */
    private StatisticRow clock(String key, ImpunityFigures.Clocks clocks) {
        String running = text.get("periodic.clock.running", String.valueOf(clocks.running()), days(clocks.medianDaysRunning()));
        String ended = text.get("periodic.clock.ended", String.valueOf(clocks.ended()), days(clocks.medianDaysEnded()));
        return new StatisticRow(text.get(key) + ": " + running + SEPARATOR + ended, null, null);
    }

    private String days(Long days) {
        return days == null ? "—" : String.valueOf(days);
    }

    private static double percentOf(ImpunityFigures.Share share) {
        return share.of() == 0 ? 0 : 100.0 * share.count() / share.of();
    }

    /** Per cent with one decimal and Latin digits in every edition, like the times. */
    static String percent(long count, long total) {
        return total == 0 ? "—" : String.format(Locale.ROOT, "%.1f %%", 100.0 * count / total);
    }

    private String period(CaseFilter filter) {
        if (filter.from() != null && filter.to() != null) {
            return text.get("periodic.period.between", filter.from().toString(), filter.to().toString());
        }
        if (filter.from() != null) {
            return text.get("periodic.period.from", filter.from().toString());
        }
        if (filter.to() != null) {
            return text.get("periodic.period.to", filter.to().toString());
        }
        return text.get("periodic.period.all");
    }

    /** The filters given, each "name: value" in the report's language; "none" without any. */
    private String filters(CaseFilter f) {
        String given = ReportText.join(SEPARATOR,
                f.violationType() == null ? null : text.get("periodic.filter.violationType") + ": " + typeLabel(f.violationType()),
                f.governorate() == null ? null : text.get("cases.governorate") + ": " + governorateLabel(f.governorate()),
                f.status() == null ? null : text.get("cases.field.status") + ": " + text.label("cases.status.", f.status()),
                f.victimOccupation() == null ? null
                        : text.get("periodic.filter.victimOccupation") + ": " + text.label("cases.occupation.", f.victimOccupation()),
                f.perpetratorKind() == null ? null
                        : text.get("periodic.filter.perpetratorKind") + ": " + text.label("cases.perpetratorKind.", f.perpetratorKind()),
                f.evidenceStatus() == null ? null
                        : text.get("periodic.filter.evidenceStatus") + ": " + text.label("evidence.verification.", f.evidenceStatus()));
        return given == null ? text.get("periodic.filters.none") : given;
    }

    private String typeLabel(String code) {
        return label(violationTypes, code);
    }

    private String governorateLabel(String code) {
        return label(governorates, code);
    }

    private String label(Map<String, ReferenceData.Label> labels, String code) {
        if (PeriodicStatistics.UNKNOWN.equals(code)) {
            return text.get("periodic.notRecorded");
        }
        ReferenceData.Label label = labels.get(code);
        return label == null ? code : label.in(text.messages().locale());
    }

    private String monthLabel(String key) {
        return key.length() == 4 ? text.get("periodic.yearOnly", key) : key;
    }

    private String phaseLabel(String key) {
        return PeriodicStatistics.NO_PROCEEDING.equals(key) ? text.get("periodic.noProceeding") : text.get("legal.phase." + key);
    }

    private String enumLabel(String prefix, String key) {
        return PeriodicStatistics.UNKNOWN.equals(key) ? text.get("periodic.notRecorded") : text.get(prefix + key);
    }

    private static String orUnknown(String code) {
        return code == null ? PeriodicStatistics.UNKNOWN : code;
    }
}
