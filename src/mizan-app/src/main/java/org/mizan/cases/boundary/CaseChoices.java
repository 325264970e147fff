package org.mizan.cases.boundary;

import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.entity.Confidentiality;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.Involvement;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PerpetratorKind;
import org.mizan.cases.entity.PersonKind;

import java.text.Collator;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The choices of the case page's select menus, and the labels of their codes, in one language. */
public final class CaseChoices {

    private static final List<String> RELIABILITIES = List.of("A", "B", "C", "D", "E", "F");

    private final List<Choice> violationTypes;
    private final List<Choice> governorates;
    private final List<Choice> countries;
    private final List<Choice> months;
    private final Map<String, String> typeLabels;
    private final Map<String, String> governorateLabels;

    private CaseChoices(List<Choice> countries, List<Choice> months, Map<String, String> typeLabels,
                        Map<String, String> governorateLabels) {
        this.violationTypes = choices(typeLabels);
        this.governorates = choices(governorateLabels);
        this.countries = countries;
        this.months = months;
        this.typeLabels = typeLabels;
        this.governorateLabels = governorateLabels;
    }

    public static CaseChoices of(ReferenceData data, Locale locale) {
        Map<String, String> types = new LinkedHashMap<>();
        data.violationTypes().forEach((code, label) -> types.put(code, label.in(locale)));
        Map<String, String> governorates = new LinkedHashMap<>();
        data.governorates().forEach((code, label) -> governorates.put(code, label.in(locale)));
        return new CaseChoices(countries(locale), months(locale), types, governorates);
    }

    private static List<Choice> countries(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<Choice> countries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            countries.add(new Choice(code, countryName(code, locale)));
        }
        countries.sort(Comparator.comparing(Choice::label, collator));
        // Iraq first: nearly every case is there.
        countries.sort(Comparator.comparing(c -> !"IQ".equals(c.value())));
        return List.copyOf(countries);
    }

    /** The months by number and name, as Iraqis name them in Arabic. */
    public static List<Choice> months(Locale locale) {
        // Iraqi Arabic names the months as the Levant does (كانون الثاني …), not as Egypt does (يناير …).
        Locale monthLocale = "ar".equals(locale.getLanguage()) ? Locale.forLanguageTag("ar-IQ") : locale;
        List<Choice> months = new ArrayList<>();
        for (Month m : Month.values()) {
            months.add(new Choice(m.getValue(), m.getValue() + " · " + m.getDisplayName(TextStyle.FULL_STANDALONE, monthLocale)));
        }
        return List.copyOf(months);
    }

    private static List<Choice> choices(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
    }

    static String countryName(String code, Locale locale) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    public String governorateLabel(String code) {
        return code == null ? "" : governorateLabels.getOrDefault(code, code);
    }

    public String typeLabel(String code) {
        return code == null ? "" : typeLabels.getOrDefault(code, code);
    }

    public List<Choice> getViolationTypes() {
        return violationTypes;
    }

    public List<Choice> getGovernorates() {
        return governorates;
    }

    public List<Choice> getCountries() {
        return countries;
    }

    public List<Choice> getMonths() {
        return months;
    }

    public Confidentiality[] getConfidentialities() {
        return Confidentiality.values();
    }

    public Fate[] getFates() {
        return Fate.values();
    }

    public PerpetratorKind[] getPerpetratorKinds() {
        return PerpetratorKind.values();
    }

    public Involvement[] getInvolvements() {
        return Involvement.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public Occupation[] getOccupations() {
        return Occupation.values();
    }

    public List<PersonKind> getPersonKinds() {
        return Arrays.asList(PersonKind.values());
    }

    public List<String> getReliabilities() {
        return RELIABILITIES;
    }
}
