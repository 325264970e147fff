package org.mizan.imports.control;

import org.mizan.cases.entity.PerpetratorCertainty;
import org.mizan.cases.control.ArabicNames;
import org.mizan.cases.control.CaseDraft;
import org.mizan.cases.control.CaseRules;
import org.mizan.cases.control.FoldedText;
import org.mizan.cases.control.PersonDraft;
import org.mizan.cases.control.ReferenceVocabulary;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.Occupations;
import org.mizan.cases.control.SeveralValues;
import org.mizan.cases.entity.Community;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PerpetratorKind;
import org.mizan.cases.entity.PersonKind;
import org.mizan.imports.entity.ImportField;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Sha256;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns one spreadsheet row into a case to record, or into the reasons it cannot be: every value is interpreted
 * (a date, a governorate, a type, a fate…) and one that is not understood is an error of that row, never a guess.
 * The case then passes the same {@link CaseRules} as one typed into the form.
 */
public final class RowInterpreter {

    private static final int YOUNGEST_AGE = 0;
    private static final int OLDEST_AGE = 130;
    private static final String SEPARATOR = "\u001f";

    private final ImportVocabulary vocabulary;
    private final Map<ImportField, Integer> positions;
    private final List<String> headers;
    private final Set<String> knownTypes;
    private final Set<String> knownGovernorates;

    public RowInterpreter(ImportVocabulary vocabulary, Map<ImportField, Integer> positions, List<String> headers,
                          Set<String> knownTypes, Set<String> knownGovernorates) {
        this.vocabulary = vocabulary;
        this.positions = positions;
        this.headers = headers;
        this.knownTypes = knownTypes;
        this.knownGovernorates = knownGovernorates;
    }

    /** The row's record, or its errors (at least one) in {@code errors}. */
    public Optional<ImportRecord> interpret(TableRow row, List<RowError> errors) {
        Reading reading = new Reading(row, errors);
        String nameAr = reading.text(ImportField.VICTIM_NAME_AR);
        String nameLatin = reading.text(ImportField.VICTIM_NAME_LATIN);
        String name = reading.text(ImportField.VICTIM_NAME);
        if (name != null && ArabicNames.containsArabic(name)) {
            nameAr = nameAr == null ? name : nameAr;
        } else if (name != null) {
            nameLatin = nameLatin == null ? name : nameLatin;
        }
        PartialDate incident = reading.value(ImportField.INCIDENT_DATE, ImportDates::parse, "import.value.date");
        if (incident == null && reading.text(ImportField.INCIDENT_DATE) == null) {
            reading.error(ImportField.INCIDENT_DATE, "case.incidentDate.required");
        }
        PartialDate end = reading.value(ImportField.END_DATE, ImportDates::parse, "import.value.date");
        String governorate = reading.value(ImportField.GOVERNORATE, vocabulary::governorate, "import.value.governorate");
        List<String> types = types(reading);
        Gender gender = reading.value(ImportField.VICTIM_GENDER, vocabulary::gender, "import.value.gender");
        List<Occupation> occupations = occupations(reading);
        Fate fate = reading.value(ImportField.VICTIM_FATE, vocabulary::fate, "import.value.fate");
        LocalDate diedOn = reading.value(ImportField.VICTIM_DIED_ON, RowInterpreter::day, "import.value.day");
        Community community = reading.value(ImportField.VICTIM_COMMUNITY, vocabulary::community, "import.value.community");
        Integer age = reading.value(ImportField.VICTIM_AGE, text -> number(text, YOUNGEST_AGE, OLDEST_AGE), "import.value.age");
        Integer birthYear = reading.value(ImportField.VICTIM_BIRTH_YEAR, text -> number(text, 1900, 2200), "import.value.birthYear");
        PerpetratorKind kind = reading.value(ImportField.PERPETRATOR_KIND, vocabulary::perpetratorKind, "import.value.perpetratorKind");
        String perpetrator = reading.text(ImportField.PERPETRATOR);
        PerpetratorCertainty certainty = reading.value(ImportField.PERPETRATOR_CERTAINTY, vocabulary::certainty,
                "import.value.certainty");
        if (perpetrator != null && vocabulary.unidentifiedPerpetrator(perpetrator)) {
            perpetrator = null;
            kind = PerpetratorKind.UNIDENTIFIED;
        } else if (perpetrator != null && (kind == null || kind == PerpetratorKind.UNIDENTIFIED)) {
            kind = PerpetratorKind.PERSON;
        }
        if (nameAr == null && nameLatin == null && fate != null) {
            reading.error(ImportField.VICTIM_FATE, "import.value.fateWithoutVictim");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        PersonDraft victim = nameAr == null && nameLatin == null ? null
                : new PersonDraft(PersonKind.INDIVIDUAL, nameAr, nameLatin, List.of(), gender, birthYear, occupations, null, null);
        List<CaseDraft.PartyDraft> parties = new ArrayList<>();
        if (victim != null) {
            // A placeholder id: the rules want a person, the writer gives the real one.
            parties.add(new CaseDraft.PartyDraft(org.mizan.cases.entity.PartyRole.VICTIM, 0L, fate, age, diedOn, community, null, null, null, null));
        }
        if (kind != null) {
            parties.add(new CaseDraft.PartyDraft(org.mizan.cases.entity.PartyRole.PERPETRATOR,
                    kind == PerpetratorKind.UNIDENTIFIED ? null : 0L, null, null, null, null, kind, null, certainty, null));
        }
        CaseDraft draft = new CaseDraft(types, incident, end, reading.text(ImportField.DATE_NOTE), "IQ", governorate, reading.text(ImportField.LOCALITY), null, null,
                reading.text(ImportField.NARRATIVE), tags(reading), sources(reading), null, null, List.of(), parties);
        try {
            CaseRules.check(draft, knownTypes, knownGovernorates);
        } catch (InvalidInput e) {
            e.errors().forEach(error -> errors.add(new RowError(row.number(), null, error.messageKey(), error.arguments())));
            return Optional.empty();
        }
        String fingerprint = fingerprint(nameAr, nameLatin, incident, end, governorate, draft.locality(), types,
                draft.narrative(), perpetrator, kind, fate);
        return Optional.of(new ImportRecord(row.number(), draft, victim, fate, age, perpetrator, kind, fingerprint));
    }

    private List<String> types(Reading reading) {
        String cell = reading.text(ImportField.VIOLATION_TYPE);
        if (cell == null) {
            reading.error(ImportField.VIOLATION_TYPE, "case.violationTypes.required");
            return List.of();
        }
        ReferenceVocabulary.TypeMatch match = vocabulary.violationTypes(cell);
        match.unknown().forEach(unknown -> reading.error(ImportField.VIOLATION_TYPE, "import.value.violationType", unknown));
        return match.codes();
    }

    /** A victim's occupations: one or several in the cell, as the violation types are listed. */
    private List<Occupation> occupations(Reading reading) {
        String cell = reading.text(ImportField.VICTIM_OCCUPATION);
        SeveralValues.Match<Occupation> match = vocabulary.occupations(cell);
        match.unknown().forEach(unknown -> reading.error(ImportField.VICTIM_OCCUPATION, "import.value.occupation", unknown));
        if (match.values().size() > Occupations.MAX) {
            reading.error(ImportField.VICTIM_OCCUPATION, "person.occupations.tooMany", Occupations.MAX);
        }
        return match.values();
    }

    private static List<String> tags(Reading reading) {
        List<String> tags = new ArrayList<>();
        String cell = reading.text(ImportField.TAGS);
        if (cell != null) {
            Arrays.stream(cell.split("[;,،|]")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
        }
        String legal = reading.text(ImportField.LEGAL_STATUS);
        if (legal != null) {
            // Kept as the spreadsheet said it, for a lawyer to turn into the proceeding's events.
            tags.add("legal: " + legal);
        }
        return tags;
    }

    private static List<CaseDraft.SourceDraft> sources(Reading reading) {
        String source = reading.text(ImportField.SOURCE);
        // Reliability F, "cannot be judged": a spreadsheet says nothing of how reliable its source was.
        return source == null ? List.of() : List.of(new CaseDraft.SourceDraft(source, "F", null));
    }

    /** A date to the day (a death is recorded to the day, or not at all): "2019-11-03", "3/11/2019" in any digits. */
    private static Optional<LocalDate> day(String text) {
        return ImportDates.parse(text).filter(date -> date.day() != null && !date.approximate()).map(PartialDate::start);
    }

    private static Optional<Integer> number(String text, int lowest, int highest) {
        String digits = FoldedText.asciiDigits(text).strip();
        if (!digits.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(digits);
        return value < lowest || value > highest ? Optional.empty() : Optional.of(value);
    }

    /** The row's meaning, not its bytes: the same record re-saved, re-ordered or re-spaced is recognised. */
    static String fingerprint(Object... values) {
        StringBuilder canonical = new StringBuilder();
        for (Object value : values) {
            String text = value == null ? "" : value instanceof List<?> list ? String.join(",", new TreeSet<>(
                    list.stream().map(String::valueOf).toList())) : value.toString();
            canonical.append(ArabicNames.normalise(text).toLowerCase(java.util.Locale.ROOT)).append(SEPARATOR);
        }
        return Sha256.hex(canonical.toString());
    }

    /** One row's cells by field, collecting its errors. */
    private final class Reading {
        private final TableRow row;
        private final List<RowError> errors;

        Reading(TableRow row, List<RowError> errors) {
            this.row = row;
            this.errors = errors;
        }

        /** The cell's text, stripped; null when the field is not mapped or the cell is empty. */
        String text(ImportField field) {
            Integer column = positions.get(field);
            if (column == null || column >= row.cells().size()) {
                return null;
            }
            String cell = row.cells().get(column).strip();
            return cell.isEmpty() ? null : cell;
        }

        /** The cell interpreted; an error (quoting the cell) when there is text that means nothing known. */
        <T> T value(ImportField field, Function<String, Optional<T>> meaning, String unknownKey) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            Optional<T> value = meaning.apply(text);
            if (value.isEmpty()) {
                error(field, unknownKey, text);
            }
            return value.orElse(null);
        }

        void error(ImportField field, String key, Object... arguments) {
            Integer column = positions.get(field);
            errors.add(new RowError(row.number(), column == null ? null : headers.get(column), key, arguments));
        }
    }
}
