package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.cases.control.ReferenceData;
import org.mizan.platform.control.Messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a report was asked for, in words: each parameter of its order (kept in the registry as {@code key=value}) as a
 * label and a value in the reader's language — "Governorate: Baghdad", not {@code governorate=BG} — for the manifest
 * page of every report and for the page that verifies one. A parameter this class does not know is shown as it is
 * stored, never dropped: the registry is the evidence.
 */
@ApplicationScoped
public class OrderFacts {

    /** One parameter of the order, worded. */
    public record Fact(String label, String value) {
    }

    /** The order in which the facts are listed: what the report is about first, how it was made last. */
    private static final List<String> ORDER = List.of("case", "from", "to", "violationType", "governorate", "status",
            "victimOccupation", "perpetratorKind", "evidenceStatus", "procedure", "submitterConfidential", "lang");

    @Inject
    ReferenceData referenceData;

    public List<Fact> of(Map<String, String> order, Locale locale) {
        return of(order, new ReportText(Messages.in(locale)), referenceData.violationTypes(), referenceData.governorates());
    }

    /** The stored form, one {@code key=value} per element, worded. */
    public List<Fact> ofStored(List<String> parameters, Locale locale) {
        Map<String, String> order = new java.util.LinkedHashMap<>();
        for (String parameter : parameters) {
            int equals = parameter.indexOf('=');
            if (equals > 0) {
                order.put(parameter.substring(0, equals), parameter.substring(equals + 1));
            } else if (!parameter.isBlank()) {
                order.put(parameter, "");
            }
        }
        return of(order, locale);
    }

    static List<Fact> of(Map<String, String> order, ReportText text, Map<String, ReferenceData.Label> violationTypes,
                         Map<String, ReferenceData.Label> governorates) {
        Locale locale = text.messages().locale();
        List<Fact> facts = new ArrayList<>();
        order.entrySet().stream()
                // The audience has its own line wherever the facts are shown, first, as it decides what a reader saw.
                .filter(e -> !"audience".equals(e.getKey()))
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> rank(e.getKey())).thenComparing(Map.Entry::getKey))
                .forEach(e -> facts.add(new Fact(label(text, e.getKey()), value(text, e.getKey(), e.getValue(),
                        code -> referenceLabel(violationTypes, code, locale), code -> referenceLabel(governorates, code, locale)))));
        return facts;
    }

    private static int rank(String key) {
        int rank = ORDER.indexOf(key);
        return rank < 0 ? ORDER.size() : rank;
    }

    private static String label(ReportText text, String key) {
        return ORDER.contains(key) ? text.get("report.order." + key) : key;
    }

    private static String value(ReportText text, String key, String value, UnaryOperator<String> violationType,
                                UnaryOperator<String> governorate) {
        return switch (key) {
            case "violationType" -> violationType.apply(value);
            case "governorate" -> governorate.apply(value);
            case "status" -> known(text, "cases.status.", value);
            case "victimOccupation" -> known(text, "cases.occupation.", value);
            case "perpetratorKind" -> known(text, "cases.perpetratorKind.", value);
            case "evidenceStatus" -> known(text, "evidence.verification.", value);
            case "lang" -> known(text, "report.order.lang.", value);
            case "procedure" -> known(text, "report.order.procedure.", value);
            case "submitterConfidential" -> known(text, "report.order.", value);
            default -> value;
        };
    }

    /** {@code prefix + value} from the bundles when there is such a key; the stored value otherwise. */
    private static String known(ReportText text, String prefix, String value) {
        return text.messages().has(prefix + value) ? text.get(prefix + value) : value;
    }

    private static String referenceLabel(Map<String, ReferenceData.Label> labels, String code, Locale locale) {
        ReferenceData.Label label = labels.get(code);
        return label == null ? code : label.in(locale);
    }
}
