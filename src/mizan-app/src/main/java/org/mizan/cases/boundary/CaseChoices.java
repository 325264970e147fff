package org.mizan.cases.boundary;

import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.control.ReferenceLabels;
import org.mizan.cases.entity.Confidentiality;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.Community;
import org.mizan.cases.entity.Involvement;
import org.mizan.cases.entity.PerpetratorCertainty;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PerpetratorKind;
import org.mizan.cases.entity.PersonKind;
import org.mizan.platform.boundary.Choice;
import org.mizan.platform.boundary.LocaleChoices;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The choices of the case page's select menus, and the labels of their codes, in one language. */
public final class CaseChoices {

    private static final List<String> RELIABILITIES = List.of("A", "B", "C", "D", "E", "F");

    private final ReferenceLabels labels;
    private final List<Choice> violationTypes;
    private final List<Choice> governorates;
    private final List<Choice> countries;
    private final List<Choice> months;

    private CaseChoices(ReferenceLabels labels, Locale locale) {
        this.labels = labels;
        this.violationTypes = Choice.all(labels.violationTypes());
        this.governorates = Choice.all(labels.governorates());
        this.countries = LocaleChoices.countries(locale);
        this.months = LocaleChoices.months(locale);
    }

    public static CaseChoices of(ReferenceData data, Locale locale) {
        return new CaseChoices(ReferenceLabels.of(data, locale), locale);
    }

    public String governorateLabel(String code) {
        return labels.governorateLabel(code);
    }

    public String typeLabel(String code) {
        return labels.typeLabel(code);
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

    public Community[] getCommunities() {
        return Community.values();
    }

    public PerpetratorCertainty[] getCertainties() {
        return PerpetratorCertainty.values();
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
