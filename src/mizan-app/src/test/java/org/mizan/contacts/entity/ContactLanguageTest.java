package org.mizan.contacts.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContactLanguageTest {

    @ParameterizedTest
    @CsvSource({"ar,ARABIC", "ckb,KURDISH_SORANI", "kmr,KURDISH_BADINI", "tr-IQ,TURKMEN", "TR-iq,TURKMEN", "syr,SYRIAC",
            "en,ENGLISH", "EN,ENGLISH", "ARABIC,ARABIC", "kurdish_sorani,KURDISH_SORANI"})
    void aLanguageByItsCodeOrAnOldClientsName(String given, ContactLanguage language) {
        assertEquals(Optional.of(language), ContactLanguage.of(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"klingon", "ara", "ku", "", "tr"})
    void nothingElse(String given) {
        assertEquals(Optional.empty(), ContactLanguage.of(given));
    }

    /** The codes are language tags in their canonical form, as the interface's own languages are. */
    @ParameterizedTest
    @EnumSource(ContactLanguage.class)
    void everyCodeIsACanonicalLanguageTag(ContactLanguage language) {
        assertEquals(language.code(), Locale.forLanguageTag(language.code()).toLanguageTag());
    }

    @Test
    void theColumnHoldsTheCode() {
        ContactLanguageColumn column = new ContactLanguageColumn();
        assertEquals("ckb", column.convertToDatabaseColumn(ContactLanguage.KURDISH_SORANI));
        assertEquals(ContactLanguage.TURKMEN, column.convertToEntityAttribute("tr-IQ"));
    }
}
