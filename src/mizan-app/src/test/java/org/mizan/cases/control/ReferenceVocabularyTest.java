package org.mizan.cases.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The REST side of the vocabulary the importer reads spreadsheets with (its words are tested in ImportVocabularyTest):
 * a field that holds nothing but a governorate or a type takes the code as well as the names.
 */
class ReferenceVocabularyTest {

    private static final Map<String, ReferenceData.Label> GOVERNORATES = Map.of(
            "BG", new ReferenceData.Label("BG", "Baghdad", "بغداد", "بەغدا"),
            "NA", new ReferenceData.Label("NA", "Najaf", "النجف", "نەجەف"),
            "AR", new ReferenceData.Label("AR", "Erbil", "أربيل", "هەولێر"));
    private static final Map<String, ReferenceData.Label> TYPES = Map.of(
            "ASSASSINATION", new ReferenceData.Label("ASSASSINATION", "Targeted killing (assassination)", "اغتيال", "تیرۆرکردن"),
            "TORTURE", new ReferenceData.Label("TORTURE", "Torture and ill-treatment", "تعذيب وسوء معاملة", "ئەشکەنجە"));

    private final ReferenceVocabulary vocabulary = new ReferenceVocabulary(GOVERNORATES, TYPES);

    @ParameterizedTest
    @CsvSource({"BG,BG", "bg,BG", "Baghdad,BG", "بغداد,BG", "بەغدا,BG", "محافظة بغداد,BG", "na,NA", " NA ,NA", "ar,AR", "Hawler,AR"})
    void aGovernorateByCodeOrName(String given, String code) {
        assertEquals(Optional.of(code), vocabulary.governorateByCodeOrName(given), given);
    }

    @Test
    void aSpreadsheetCellNAIsNotNajaf() {
        assertEquals(Optional.empty(), vocabulary.governorate("NA"));
    }

    @ParameterizedTest
    @CsvSource({"ASSASSINATION,ASSASSINATION", "assassination,ASSASSINATION", "اغتيال,ASSASSINATION", "تیرۆرکردن,ASSASSINATION",
            "torture,TORTURE", "Torture and ill-treatment,TORTURE"})
    void aTypeByCodeOrName(String given, String code) {
        assertEquals(Optional.of(code), vocabulary.violationType(given), given);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bombing", "Atlantis", "assassinatio", "torture, assassination", ""})
    void whatNamesNoneOrSeveralIsNothing(String given) {
        assertEquals(Optional.empty(), vocabulary.violationType(given), given);
        assertEquals(Optional.empty(), vocabulary.governorateByCodeOrName(given), given);
    }
}
