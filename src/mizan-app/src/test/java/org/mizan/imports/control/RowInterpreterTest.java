package org.mizan.imports.control;

import org.junit.jupiter.api.Test;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorKind;
import org.mizan.imports.entity.ImportField;
import org.mizan.platform.control.InvalidInput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One spreadsheet row into a case, or into its errors: every value interpreted, nothing guessed. */
class RowInterpreterTest {

    private static final List<String> HEADERS = List.of("Name", "Latin", "When", "Where", "What", "Fate", "Story", "Who", "Age");
    private static final Map<String, ReferenceData.Label> GOVERNORATES = labels(
            new ReferenceData.Label("BG", "Baghdad", "بغداد", "بەغدا"), new ReferenceData.Label("DQ", "Dhi Qar", "ذي قار", "زیقار"));
    private static final Map<String, ReferenceData.Label> TYPES = labels(
            new ReferenceData.Label("ASSASSINATION", "Targeted killing (assassination)", "اغتيال", "تیرۆرکردن"),
            new ReferenceData.Label("ABDUCTION", "Abduction / enforced disappearance", "اختطاف / إخفاء قسري", "ڕفاندن / بێسەروشوێنکردنی زۆرەملێ"),
            new ReferenceData.Label("TORTURE", "Torture and ill-treatment", "تعذيب وسوء معاملة", "ئەشکەنجە و خراپ مامەڵەکردن"));

    private final RowInterpreter interpreter = new RowInterpreter(new ImportVocabulary(GOVERNORATES, TYPES),
            new ColumnMapping(Map.of("Name", ImportField.VICTIM_NAME, "Latin", ImportField.VICTIM_NAME_LATIN,
                    "When", ImportField.INCIDENT_DATE, "Where", ImportField.GOVERNORATE, "What", ImportField.VIOLATION_TYPE,
                    "Fate", ImportField.VICTIM_FATE, "Story", ImportField.NARRATIVE, "Who", ImportField.PERPETRATOR,
                    "Age", ImportField.VICTIM_AGE)).positions(HEADERS),
            HEADERS, TYPES.keySet(), GOVERNORATES.keySet());

    @Test
    void aRowInThreeLanguagesBecomesACaseWithItsVictimAndPerpetrator() {
        List<RowError> errors = new ArrayList<>();
        ImportRecord record = interpret(errors, "علي حسين", "Ali Hussein", "آب 2020", "Nasiriyah", "abduction; تعذيب", "missing",
                "=SUM(A1)", "Kataib X", "٢٣").orElseThrow();
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(new PartialDate(2020, 8, null, false), record.draft().incidentDate());
        assertEquals("DQ", record.draft().governorate());
        assertEquals(List.of("ABDUCTION", "TORTURE"), record.draft().violationTypes());
        assertEquals("علي حسين", record.victim().nameArabic());
        assertEquals("Ali Hussein", record.victim().nameLatin());
        assertEquals(Fate.MISSING, record.fate());
        assertEquals(23, record.age());
        assertEquals("=SUM(A1)", record.draft().narrative(), "a formula-looking cell is text");
        assertEquals(PerpetratorKind.PERSON, record.perpetratorKind());
        assertEquals(List.of(PartyRole.VICTIM, PartyRole.PERPETRATOR), record.draft().partiesOrEmpty().stream()
                .map(p -> p.role()).toList());
    }

    @Test
    void unidentifiedGunmenAreAPartyWithoutAPerson() {
        ImportRecord record = interpret(new ArrayList<>(), "زينب", "", "2019", "بغداد", "اغتيال", "", "", "مسلحون مجهولون", "")
                .orElseThrow();
        assertNull(record.perpetrator());
        assertEquals(PerpetratorKind.UNIDENTIFIED, record.perpetratorKind());
        assertNull(record.draft().partiesOrEmpty().get(1).personId());
    }

    @Test
    void everyProblemOfARowIsReportedWithItsColumn() {
        List<RowError> errors = new ArrayList<>();
        assertTrue(interpret(errors, "حسن", "", "32/13/2020", "Atlantis", "picnic", "flying", "", "", "300").isEmpty());
        assertEquals(List.of("When:import.value.date", "Where:import.value.governorate", "What:import.value.violationType",
                "Fate:import.value.fate", "Age:import.value.age"), errors.stream().map(e -> e.column() + ":" + e.messageKey()).toList());
        assertTrue(errors.stream().allMatch(e -> e.row() == 7));
        assertEquals("Atlantis", errors.get(1).arguments()[0], "the reason quotes the cell");
    }

    @Test
    void aMissingDateOrTypeIsAnError() {
        List<RowError> errors = new ArrayList<>();
        assertTrue(interpret(errors, "حسن", "", "", "بغداد", "", "", "", "", "").isEmpty());
        assertEquals(List.of("case.incidentDate.required", "case.violationTypes.required"),
                errors.stream().map(RowError::messageKey).toList());
    }

    @Test
    void theFingerprintIsOfTheMeaningNotTheSpelling() {
        String plain = interpret(new ArrayList<>(), "علي حسين", "", "2020-08-19", "Baghdad", "اغتيال", "", "x", "", "").orElseThrow().fingerprint();
        String respelled = interpret(new ArrayList<>(), " علي  حسين ", "", "19/8/2020", "بغداد", "assassination", "", "x", "", "")
                .orElseThrow().fingerprint();
        String other = interpret(new ArrayList<>(), "علي حسين", "", "2020-08-20", "Baghdad", "اغتيال", "", "x", "", "").orElseThrow().fingerprint();
        assertEquals(plain, respelled);
        assertNotEquals(plain, other);
    }

    @Test
    void aMappingWithoutADateOrWithAFieldTwiceIsRefused() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> new ColumnMapping(Map.of("Name", ImportField.VICTIM_NAME,
                "Latin", ImportField.VICTIM_NAME, "What", ImportField.VIOLATION_TYPE)).positions(HEADERS));
        assertEquals(List.of("import.mapping.twice", "import.mapping.required"),
                refused.errors().stream().map(InvalidInput.FieldError::messageKey).toList());
        assertThrows(InvalidInput.class, () -> ColumnMapping.fromJson("{\"Name\": \"SHOE_SIZE\"}"));
        ColumnMapping mapping = new ColumnMapping(Map.of("When", ImportField.INCIDENT_DATE, "What", ImportField.VIOLATION_TYPE));
        assertEquals(mapping, ColumnMapping.fromJson(mapping.toJson()));
    }

    @Test
    void headersInThreeLanguagesSuggestAMapping() {
        assertEquals(Map.of("اسم الضحية", ImportField.VICTIM_NAME, "تاريخ الحادثة", ImportField.INCIDENT_DATE,
                        "المحافظة", ImportField.GOVERNORATE, "Violation type", ImportField.VIOLATION_TYPE, "پێشێلکار", ImportField.PERPETRATOR),
                ColumnGuess.suggest(List.of("اسم الضحية", "تاريخ الحادثة", "المحافظة", "Violation type", "پێشێلکار", "Notes x")));
    }

    /** Issue 20, item 6: the date of death, the note on the dates and the perpetrator's certainty have columns too. */
    @Test
    void aDateOfDeathANoteOnTheDatesAndACertaintyAreReadFromTheirColumns() {
        List<String> headers = List.of("Name", "When", "What", "Who", "Died", "About the date", "Certainty");
        RowInterpreter richer = new RowInterpreter(new ImportVocabulary(GOVERNORATES, TYPES),
                new ColumnMapping(Map.of("Name", ImportField.VICTIM_NAME, "When", ImportField.INCIDENT_DATE, "What",
                        ImportField.VIOLATION_TYPE, "Who", ImportField.PERPETRATOR, "Died", ImportField.VICTIM_DIED_ON,
                        "About the date", ImportField.DATE_NOTE, "Certainty", ImportField.PERPETRATOR_CERTAINTY)).positions(headers),
                headers, TYPES.keySet(), GOVERNORATES.keySet());
        List<RowError> errors = new ArrayList<>();
        ImportRecord record = richer.interpret(new TableRow(3, List.of("علي حسين", "تشرين الأول 2019", "اغتيال", "Kataib X",
                "٨/١١/٢٠١٩", "October or November", "ثبت بحكم قضائي")), errors).orElseThrow();
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(java.time.LocalDate.of(2019, 11, 8), record.draft().partiesOrEmpty().get(0).diedOn());
        assertEquals("October or November", record.draft().dateNote());
        assertEquals(org.mizan.cases.entity.PerpetratorCertainty.ESTABLISHED_BY_COURT, record.draft().partiesOrEmpty().get(1).certainty());

        assertTrue(richer.interpret(new TableRow(4, List.of("علي حسين", "2019", "اغتيال", "Kataib X", "November 2019", "", "sure")),
                errors).isEmpty());
        assertEquals(List.of("Died:import.value.day", "Certainty:import.value.certainty"),
                errors.stream().map(e -> e.column() + ":" + e.messageKey()).toList(), "a month is not a day of death");
    }

    /** Issue 20, item 6: the occupation column lists one occupation or several, as the type column lists types. */
    @Test
    void theOccupationColumnHoldsSeveralOccupationsInAnyOfTheThreeLanguages() {
        List<String> headers = List.of("Name", "When", "What", "Occupation");
        RowInterpreter withOccupations = new RowInterpreter(new ImportVocabulary(GOVERNORATES, TYPES),
                new ColumnMapping(Map.of("Name", ImportField.VICTIM_NAME, "When", ImportField.INCIDENT_DATE, "What",
                        ImportField.VIOLATION_TYPE, "Occupation", ImportField.VICTIM_OCCUPATION)).positions(headers),
                headers, TYPES.keySet(), GOVERNORATES.keySet());
        List<RowError> errors = new ArrayList<>();
        assertEquals(List.of(Occupation.JOURNALIST, Occupation.PROTESTER), withOccupations.interpret(new TableRow(2,
                List.of("علي حسين", "2019", "اغتيال", "صحفي، متظاهر")), errors).orElseThrow().victim().occupations());
        assertEquals(List.of(Occupation.LAWYER, Occupation.ACTIVIST), withOccupations.interpret(new TableRow(3,
                List.of("Ali Hussein", "2019", "اغتيال", "lawyer; human rights defender")), errors).orElseThrow().victim().occupations());
        assertEquals(List.of(Occupation.STUDENT, Occupation.BLOGGER), withOccupations.interpret(new TableRow(4,
                List.of("هەڵۆ", "2019", "اغتيال", "خوێندکار و بلۆگەر")), errors).orElseThrow().victim().occupations());
        assertTrue(errors.isEmpty(), errors::toString);

        assertTrue(withOccupations.interpret(new TableRow(5, List.of("علي", "2019", "اغتيال", "journalist; astronaut")), errors).isEmpty());
        assertTrue(withOccupations.interpret(new TableRow(6, List.of("علي", "2019", "اغتيال",
                "journalist; protester; lawyer; medic; student; blogger")), errors).isEmpty());
        assertEquals(List.of("Occupation:import.value.occupation:astronaut", "Occupation:person.occupations.tooMany:5"),
                errors.stream().map(e -> e.column() + ":" + e.messageKey() + ":" + e.arguments()[0]).toList());
    }

    private Optional<ImportRecord> interpret(List<RowError> errors, String... cells) {
        return interpreter.interpret(new TableRow(7, List.of(cells)), errors);
    }

    private static Map<String, ReferenceData.Label> labels(ReferenceData.Label... labels) {
        Map<String, ReferenceData.Label> map = new LinkedHashMap<>();
        for (ReferenceData.Label label : labels) {
            map.put(label.code(), label);
        }
        return map;
    }
}
