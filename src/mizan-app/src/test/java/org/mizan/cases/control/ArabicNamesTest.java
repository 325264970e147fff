package org.mizan.cases.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArabicNamesTest {

    // --- normalise, one rule of docs/domain.md at a time -------------------------------------------

    @ParameterizedTest(name = "{2}: {0} -> {1}")
    @CsvSource({
            "مُحَمَّد, محمد, harakat U+064B–U+0652",
            "ًٌٍَُِّْب, ب, every haraka from fathatan to sukun",
            "رحمٰن, رحمن, superscript alef U+0670",
            "محـــمد, محمد, tatweel",
            "أحمد, احمد, alef with hamza above",
            "إبراهيم, ابراهيم, alef with hamza below",
            "آمنة, امنه, alef with madda (and teh marbuta)",
            "ٱلله, الله, alef wasla",
            "مصطفى, مصطفي, alef maqsura",
            "فاطمة, فاطمه, teh marbuta",
            "مؤيد, مويد, waw with hamza",
            "هائل, هايل, yeh with hamza",
            "کریم, كريم, Persian/Kurdish keheh and yeh",
            "هەولێر, ههولێر, Kurdish ae as heh (ێ has no rule and stays)",
            "ھاوڕێ, هاوڕێ, Kurdish heh doachashmee",
    })
    void appliesEachFoldingRule(String input, String expected, String rule) {
        assertEquals(expected, ArabicNames.normalise(input));
    }

    @Test
    void foldsPresentationFormsThroughNfkc() {
        assertEquals("علي", ArabicNames.normalise("\uFECB\uFEE0\uFEF2"));
        assertEquals("لا", ArabicNames.normalise("\uFEFB"));
    }

    @Test
    void collapsesWhitespaceAndDropsInvisibleControls() {
        assertEquals("علي حسن", ArabicNames.normalise("  علي \t\u00A0 حسن\n"));
        assertEquals("علي", ArabicNames.normalise("\u200Fعل\u200Cي\u200E"));
    }

    @Test
    void lowercasesLatinAndLeavesItOtherwiseAlone() {
        assertEquals("ali hassan al-zubaidi, 1980", ArabicNames.normalise("Ali  HASSAN al-Zubaidi, 1980"));
        assertEquals("fi", ArabicNames.normalise("\uFB01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"مُحَمَّد  أحمد", "Ali Hassan", "ﻋﻠﻲ ـ فاطمة", "هەولێر ئاراس", "  "})
    void normaliseIsIdempotent(String text) {
        String once = ArabicNames.normalise(text);
        assertEquals(once, ArabicNames.normalise(once));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u200F"})
    void nothingToNormaliseOrKeyGivesEmptyText(String blank) {
        assertEquals("", ArabicNames.normalise(blank));
        assertEquals("", ArabicNames.latinKey(blank));
        assertEquals("", ArabicNames.latinDisplay(blank));
    }

    // --- latinKey: the same name across spellings and scripts ------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Mohammed|Muhammad|Mohamed|محمد|مُحَمَّد",
            "Kadhim|Kazem|Kathim|كاظم",
            "Qasim|Kassem|Qassim|قاسم",
            "Wazni|Ouazni|وزني",
            "Ali Hassan Kadhim al-Zubaidi|علي حسن كاظم الزبيدي|Ali Hasan Kazem Al Zubaidi",
            "Ahmed|Ahmad|أحمد|احمد",
            "Fatima|Fatimah|فاطمة|فاطمه",
            "Hussein|Husain|Hussain|حسين",
            "Hassan|Hasan|حسن",
            "Abdullah|Abdallah|عبد الله|عبدالله|Abd Allah",
            "Abd al-Rahman|Abdulrahman|Abdul-Rahman|Abdel Rahman|عبد الرحمن|عبدالرحمن",
            "Ali|علي|عَلِيّ",
            "Alaa|علاء",
            "Mustafa|مصطفى",
            "Jafar|Ja'far|Jaafar|جعفر",
            "Khalid|Khaled|Xalid|خالد",
            "al-Dulaimi|ad-Dulaimi|Al Dulaimi|الدليمي",
            "Haitham|Haytham|هيثم",
            "Ahmed|ئەحمەد",
    })
    void spellingsOfOneNameShareAKey(String spellings) {
        Set<String> keys = Arrays.stream(spellings.split("\\|")).map(ArabicNames::latinKey).collect(Collectors.toSet());
        assertEquals(1, keys.size(), () -> spellings + " gave " + keys);
        assertFalse(keys.iterator().next().isBlank());
    }

    @Test
    void hassanAndHusseinDifferBecauseTheWrittenLongVowelIsKept() {
        assertNotEquals(ArabicNames.latinKey("Hassan"), ArabicNames.latinKey("Hussein"));
        assertNotEquals(ArabicNames.latinKey("حسن"), ArabicNames.latinKey("حسين"));
        assertNotEquals(ArabicNames.latinKey("Hasan"), ArabicNames.latinKey("حسين"));
    }

    @Test
    void aliAndAlaaDifferBecauseTheFinalVowelIsKept() {
        assertNotEquals(ArabicNames.latinKey("Ali"), ArabicNames.latinKey("Alaa"));
        assertNotEquals(ArabicNames.latinKey("علي"), ArabicNames.latinKey("علاء"));
    }

    @Test
    void mohammedAndMahmoudDifferWhenMahmoudIsSpelledWithItsLongVowel() {
        assertNotEquals(ArabicNames.latinKey("محمد"), ArabicNames.latinKey("محمود"));
        assertEquals(ArabicNames.latinKey("Mahmoud"), ArabicNames.latinKey("محمود"));
    }

    @Test
    void tradeOffSingleLatinIMissesTheLongVowelThatArabicWrites() {
        // Kadhim must meet كاظم, so a plain "i" cannot stand for ي: Karim and كريم get different keys.
        // NameChain forgives exactly this difference (see NameChainTest).
        assertNotEquals(ArabicNames.latinKey("Karim"), ArabicNames.latinKey("كريم"));
        assertEquals(ArabicNames.latinKey("Kareem"), ArabicNames.latinKey("كريم"));
    }

    @Test
    void keepsTheOrderOfTheChainOneKeyPerName() {
        String key = ArabicNames.latinKey("Ali Hassan Kadhim al-Zubaidi");
        assertEquals(4, key.split(" ").length);
        assertNotEquals(key, ArabicNames.latinKey("Hassan Ali Kadhim al-Zubaidi"));
        assertEquals(ArabicNames.latinKey("Ali Hassan"), ArabicNames.latinKey("Ali bin Hassan"));
    }

    @Test
    void theArticleIsDroppedButIlhamKeepsItsLetters() {
        assertEquals(ArabicNames.latinKey("Zubaidi"), ArabicNames.latinKey("الزبيدي"));
        assertEquals(ArabicNames.latinKey("Ilham"), ArabicNames.latinKey("إلهام"));
        assertNotEquals(ArabicNames.latinKey("Lham"), ArabicNames.latinKey("إلهام"));
    }

    @Test
    void keysOtherScriptsThroughIcu() {
        assertEquals(ArabicNames.latinKey("Muhammed"), ArabicNames.latinKey("Мухаммед"));
    }

    @Test
    void keyIsLowercaseLatinSeparatedBySingleSpaces() {
        String key = ArabicNames.latinKey("  علي   حسن\u200F كاظم  ");
        assertTrue(key.matches("[a-z]+( [a-z]+)*"), key);
    }

    // --- latinDisplay ----------------------------------------------------------------------------

    @Test
    void displaysArabicInReadableLatin() {
        assertEquals("Ali Hsn Kadhm al-Zbidi", ArabicNames.latinDisplay("علي حسن كاظم الزبيدي"));
        assertEquals("Ali Hasan", ArabicNames.latinDisplay("عَلِيّ حَسَن"));
        assertEquals("Abd Allah", ArabicNames.latinDisplay("عبد الله"));
        assertEquals("Isa", ArabicNames.latinDisplay("عيسى"));
        assertEquals("Aras", ArabicNames.latinDisplay("ئاراس"));
    }

    @Test
    void displayLeavesLatinWordsAsWritten() {
        assertEquals("Ali al-Zubaidi", ArabicNames.latinDisplay("Ali al-Zubaidi"));
    }

    @Test
    void detectsArabicScript() {
        assertTrue(ArabicNames.containsArabic("Ali علي"));
        assertTrue(ArabicNames.containsArabic("کوردی"));
        assertFalse(ArabicNames.containsArabic("Ali"));
        assertFalse(ArabicNames.containsArabic(null));
    }
}
