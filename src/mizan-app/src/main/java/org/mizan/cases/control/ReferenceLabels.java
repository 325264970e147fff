package org.mizan.cases.control;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The violation types and governorates by code with their labels in one language, in the reference data's
 * order: for the menus and tables of every page that filters or shows cases.
 */
public record ReferenceLabels(Map<String, String> violationTypes, Map<String, String> governorates) {

    public static ReferenceLabels of(ReferenceData data, Locale locale) {
        return new ReferenceLabels(in(data.violationTypes(), locale), in(data.governorates(), locale));
    }

    private static Map<String, String> in(Map<String, ReferenceData.Label> labels, Locale locale) {
        Map<String, String> in = new LinkedHashMap<>();
        labels.forEach((code, label) -> in.put(code, label.in(locale)));
        return in;
    }

    /** The label of a code; a code it does not know, as itself. */
    public String typeLabel(String code) {
        return code == null ? "" : violationTypes.getOrDefault(code, code);
    }

    public String governorateLabel(String code) {
        return code == null ? "" : governorates.getOrDefault(code, code);
    }
}
