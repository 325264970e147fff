package org.mizan.cases.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.mizan.cases.control.RevisionLog;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.Revision;
import org.mizan.platform.boundary.LocaleChoices;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.NotFound;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's saved changes as a reader understands them: field names and codes become labels in the
 * page's language, and the persons of the parties' lines their names.
 */
final class CaseHistoryRows {

    private static final Pattern PERSON_REF = Pattern.compile("person:(\\d+)");
    private static final Pattern PARTY_LINE = Pattern.compile("(VICTIM|PERPETRATOR|WITNESS) (person:\\d+|unidentified)(.*)");

    private final CaseChoices choices;
    private final Locale locale;
    private final Map<Long, String> names;
    private final LongFunction<Person> visiblePerson;

    /**
     * @param names         the names of persons already known by id; filled up as persons no longer in the case are looked up
     * @param visiblePerson a person by id as this reader may see them, or {@link NotFound}
     */
    CaseHistoryRows(CaseChoices choices, Locale locale, Map<Long, String> names, LongFunction<Person> visiblePerson) {
        this.choices = choices;
        this.locale = locale;
        this.names = names;
        this.visiblePerson = visiblePerson;
    }

    List<CaseHistoryRow> of(List<Revision> revisions) {
        return revisions.stream().map(this::row).toList();
    }

    private CaseHistoryRow row(Revision revision) {
        List<FieldChange> changes = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(revision.getChanges()))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject change = value.asJsonObject();
                String field = change.getString("field", "");
                if (change.getBoolean(RevisionLog.WITHHELD, false)) {
                    changes.add(new FieldChange(fieldLabel(field), "", PageMessages.text("cases.history.withheld")));
                    continue;
                }
                String before = valueLabel(field, change.getString("old", ""));
                String after = valueLabel(field, change.getString("new", ""));
                if (!before.isEmpty() || !after.isEmpty()) {
                    changes.add(new FieldChange(fieldLabel(field), before, after));
                }
            }
        }
        return new CaseHistoryRow(CaseTimestamps.format(revision.getChangedAt()), revision.getChangedBy(), changes);
    }

    private static String fieldLabel(String field) {
        String key = "cases.field." + field;
        String label = PageMessages.text(key);
        return key.equals(label) ? field : label;
    }

    /** A history value as a reader understands it: codes become labels in the page's language. */
    private String valueLabel(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (field) {
            case "status" -> PageMessages.text("cases.status." + value);
            case "confidentiality" -> PageMessages.text("cases.confidentiality." + value);
            case "governorate" -> choices.governorateLabel(value);
            case "violationTypes" -> String.join(separator(), Arrays.stream(value.split(",\\s*")).map(choices::typeLabel).toList());
            case "country" -> LocaleChoices.countryName(value, locale);
            case "parties" -> String.join("\n", Arrays.stream(value.split("\n")).map(this::partyLabel).toList());
            case Revision.IMPORT_FIELD -> importLabel(value);
            default -> value;
        };
    }

    /** "Import batch 12, spreadsheet row 345" for {@code 12:345}; anything else as it was recorded. */
    private static String importLabel(String value) {
        String[] parts = value.split(":");
        return parts.length == 2 ? PageMessages.text("cases.history.imported", parts[0], parts[1]) : value;
    }

    /**
     * One line of the parties' history ({@code VICTIM person:12 fate=KILLED age=26}) as a reader says it:
     * "Victim: علي حسن · Killed · Age at the time 26". Unknown parts stay as they were recorded.
     */
    private String partyLabel(String line) {
        Matcher matcher = PARTY_LINE.matcher(line);
        if (!matcher.matches()) {
            return line;
        }
        List<String> parts = new ArrayList<>();
        String who = matcher.group(2);
        Matcher person = PERSON_REF.matcher(who);
        String name = person.matches() ? names.computeIfAbsent(Long.valueOf(person.group(1)), id -> personName(id, who))
                : PageMessages.text("cases.perpetratorKind.UNIDENTIFIED");
        parts.add(PageMessages.text("cases.role." + matcher.group(1)) + ": " + name);
        for (String attribute : matcher.group(3).strip().split("\\s+")) {
            int equals = attribute.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String key = attribute.substring(0, equals);
            String code = attribute.substring(equals + 1);
            parts.add(switch (key) {
                case "fate" -> PageMessages.text("cases.fate." + code);
                case "kind" -> person.matches() ? PageMessages.text("cases.perpetratorKind." + code) : null;
                case "involvement" -> PageMessages.text("cases.involvement." + code);
                case "certainty" -> PageMessages.text("cases.certainty." + code);
                case "age" -> PageMessages.text("cases.ageAtIncident") + " " + code;
                case "died" -> PageMessages.text("cases.diedOn") + " " + code;
                case "community" -> PageMessages.text("cases.community." + code);
                default -> attribute;
            });
        }
        return String.join(" · ", parts.stream().filter(Objects::nonNull).toList());
    }

    /** The name of someone no longer in the case, if this reader may still see them. */
    private String personName(long id, String fallback) {
        try {
            return PersonOption.of(visiblePerson.apply(id)).getDisplayName();
        } catch (NotFound e) {
            return fallback;
        }
    }

    private String separator() {
        return "ar".equals(locale.getLanguage()) || "ckb".equals(locale.getLanguage()) ? "، " : ", ";
    }
}
