package org.mizan.cases.boundary;

import org.mizan.platform.boundary.Choice;
import org.mizan.platform.boundary.LocaleChoices;
import org.mizan.platform.control.Messages;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The incident's fields as a reader who may not edit them sees them: text in the page's language (labels, not codes;
 * dates as the pages write them), where an editor gets the inputs.
 */
public final class CaseShown {

    private final IncidentForm incident;
    private final CaseChoices choices;
    private final List<Choice> assignees;
    private final Messages messages;
    private final Locale locale;

    CaseShown(IncidentForm incident, CaseChoices choices, List<Choice> assignees, Locale locale) {
        this.incident = incident;
        this.choices = choices;
        this.assignees = assignees;
        this.messages = Messages.in(locale);
        this.locale = locale;
    }

    public String getViolationTypes() {
        return joined(incident.getViolationTypes(), choices::typeLabel);
    }

    public String getIncidentDate() {
        return date(incident.getYear(), incident.getMonth(), incident.getDay(), incident.isApproximate());
    }

    public String getEndDate() {
        return date(incident.getEndYear(), incident.getEndMonth(), incident.getEndDay(), incident.isEndApproximate());
    }

    public String getCountry() {
        return incident.getCountry() == null ? null : LocaleChoices.countryName(incident.getCountry(), locale);
    }

    public String getGovernorate() {
        return incident.getGovernorate() == null ? messages.get("cases.notKnown") : choices.governorateLabel(incident.getGovernorate());
    }

    public String getCoordinates() {
        BigDecimal latitude = incident.getLatitude();
        BigDecimal longitude = incident.getLongitude();
        return latitude == null || longitude == null ? null : latitude.toPlainString() + ", " + longitude.toPlainString();
    }

    public String getTags() {
        return joined(incident.getTags(), Function.identity());
    }

    public String getAssignees() {
        return joined(incident.getAssignees(), username -> assignees.stream().filter(c -> Objects.equals(c.value(), username))
                .map(Choice::label).findFirst().orElse(username));
    }

    /** A date with only its known parts, as the pages write dates (2019-10, 2019-10-25), and "approximately" when it is. */
    private String date(Integer year, Integer month, Integer day, boolean approximate) {
        if (year == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%04d", year));
        if (month != null) {
            text.append(String.format(Locale.ROOT, "-%02d", month));
            if (day != null) {
                text.append(String.format(Locale.ROOT, "-%02d", day));
            }
        }
        return approximate ? text + " (" + messages.get("cases.date.approximate") + ")" : text.toString();
    }

    private <T> String joined(Collection<T> values, Function<T, String> label) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        StringJoiner shown = new StringJoiner(messages.get("list.separator"));
        values.forEach(value -> shown.add(label.apply(value)));
        return shown.toString();
    }
}
