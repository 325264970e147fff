package org.mizan.cases.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameChainTest {

    private static double similarity(String a, String b) {
        return NameChain.of(a).similarity(NameChain.of(b));
    }

    private static void assertDuplicate(String a, String b) {
        double forward = similarity(a, b);
        assertTrue(forward >= NameChain.DUPLICATE_THRESHOLD, () -> a + " / " + b + " scored " + forward);
        assertEquals(forward, similarity(b, a), 1e-9, "symmetric");
    }

    private static void assertNotDuplicate(String a, String b) {
        double forward = similarity(a, b);
        assertTrue(forward < NameChain.DUPLICATE_THRESHOLD, () -> a + " / " + b + " scored " + forward);
        assertEquals(forward, similarity(b, a), 1e-9, "symmetric");
    }

    @Test
    void splitsIntoOrderedKeysJoiningAbdCompounds() {
        assertEquals(List.of("abdrhmn", "ali", "hsn"), NameChain.of("Abd al-Rahman Ali Hassan").keys());
        assertEquals(List.of("abdrhmn", "ali", "hsn"), NameChain.of("عبد الرحمن علي حسن").keys());
        assertEquals(List.of("abdla", "mhmd"), NameChain.of("Abdul-lah Mohammed").keys());
    }

    @Test
    void theSameChainIsOneWhateverTheSpelling() {
        assertEquals(1.0, similarity("Ali Hassan Kadhim al-Zubaidi", "Ali Hasan Kazem Al Zubaidi"), 1e-9);
    }

    @Test
    void theSameChainAcrossScriptsIsOne() {
        assertEquals(1.0, similarity("Ali Hassan Kadhim al-Zubaidi", "علي حسن كاظم الزبيدي"), 1e-9);
    }

    @Test
    void aSonAgainstHisFatherIsNoDuplicateThoughTheyShareThreeNames() {
        assertNotDuplicate("Ali Hassan Kadhim al-Zubaidi", "Hassan Kadhim Jafar al-Zubaidi");
        assertNotDuplicate("Ali Hassan Kadhim al-Zubaidi", "حسن كاظم جعفر الزبيدي");
    }

    @Test
    void aFatherWrittenWithoutGrandfatherAgainstHisSonIsNoDuplicate() {
        assertNotDuplicate("Hassan Kadhim al-Zubaidi", "Ali Hassan Kadhim al-Zubaidi");
    }

    @Test
    void brothersAreNoDuplicates() {
        assertNotDuplicate("Omar Hassan Kadhim al-Zubaidi", "Ali Hassan Kadhim al-Zubaidi");
        // Given names one letter apart in the key (ali / ala) are still brothers, not one man.
        assertNotDuplicate("Alaa Hassan Kadhim al-Zubaidi", "علي حسن كاظم الزبيدي");
    }

    @Test
    void cousinsWithTheSameGivenNameAreNoDuplicates() {
        assertNotDuplicate("Ali Hussein Kadhim al-Zubaidi", "Ali Hassan Kadhim al-Zubaidi");
        assertNotDuplicate("Ali Hassan Jafar al-Zubaidi", "Ali Hassan Kadhim al-Zubaidi");
    }

    @Test
    void namesInAnotherOrderAreNoDuplicates() {
        assertNotDuplicate("Ali Kadhim Hassan al-Zubaidi", "Ali Hassan Kadhim al-Zubaidi");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
            "Ali Hassan al-Zubaidi, Ali Hassan Kadhim al-Zubaidi",
            "علي حسن الزبيدي, Ali Hassan Kadhim al-Zubaidi",
            "Ali Hassan Kadhim, Ali Hassan Kadhim al-Zubaidi",
            "Ali Hassan Kadhim Al Zubaidi, علي حسن كاظم",
    })
    void theSamePersonWithANameLeftOutIsADuplicate(String shorter, String longer) {
        assertDuplicate(shorter, longer);
        assertTrue(similarity(shorter, longer) < 1, "a missing name is not a full match");
    }

    @Test
    void aChainOfTwoIsNotEnoughAgainstAFullChain() {
        assertNotDuplicate("Ali Hassan", "Ali Hassan Kadhim al-Zubaidi");
        assertEquals(1.0, similarity("Ali Hassan", "علي حسن"), 1e-9);
    }

    @Test
    void longVowelsLeftUnwrittenInLatinAreForgivenAcrossScripts() {
        assertDuplicate("Ibrahim Khalil Rashid al-Tikriti", "ابراهيم خليل رشيد التكريتي");
        assertDuplicate("Karim Yusuf Mahmud", "كريم يوسف محمود");
    }

    /** The spellings people type most, against the chain recorded in Arabic. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
            "Sajjad al-Musawi, سجاد الموسوي",
            "Sajjad Al Musawi, سجاد الموسوي",
            "Sajjad Almusawi, سجاد الموسوي",
            "Umar Fadil al-Juburi, عمر فاضل الجبوري",
            "Omar Fadel Jubori, عمر فاضل الجبوري",
            "Murtadha Alkaabi, مرتضى الكعبي",
            "Wisam Aljanabi, وسام الجنابي",
            "Abd-ul Rahman Ali, عبد الرحمن علي",
            "Raed Muammal Thaer, رائد مؤمل ثائر",
            "Taha Kudair Gasim, طه خضير قاسم",
            "Houda Ameena Sa'idi, هدى آمنة الساعدي",
            "Luay Ali al-Taie, لؤي علي الطائي",
            "Samir Rubaie, سمير الربيعي",
            "Hawre Aras Zibari, هاوڕێ ئاراس زێباری",
    })
    void fusedArticlesVowelsAndConsonantsPeopleWriteDifferentlyStillMatch(String latin, String arabic) {
        assertDuplicate(latin, arabic);
    }

    /** The family name typed without its article is still read as the family name. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
            "Sajjad Musawi, سجاد الموسوي",
            "سجاد موسوي, سجاد الموسوي",
            "Omar Fadel Jubori, عمر فاضل الجبوري",
            "عمر فاضل جبوري, عمر فاضل الجبوري",
    })
    void aFamilyNameWithoutItsArticleIsReadAsTheFamilyName(String typed, String recorded) {
        assertDuplicate(typed, recorded);
    }

    @Test
    void theNameAPersonIsPubliclyKnownByMatchesTheirFullChain() {
        assertDuplicate("Omar Jubouri", "عمر فاضل الجبوري");
        assertDuplicate("Hisham al-Hashimi", "هشام طالب حسين الهاشمي");
        assertNotDuplicate("Fadhil al-Jubouri", "عمر فاضل الجبوري");
    }

    @Test
    void emptyNamesMatchNothing() {
        assertEquals(0.0, similarity("", "Ali"));
        assertEquals(0.0, similarity(null, null));
        assertTrue(NameChain.of("  ").isEmpty());
    }

    @Test
    void editDistanceCountsSingleEdits() {
        assertEquals(0, NameChain.editDistance("hsn", "hsn"));
        assertEquals(1, NameChain.editDistance("hsn", "hsyn"));
        assertEquals(3, NameChain.editDistance("ali", "hsn"));
        assertEquals(3, NameChain.editDistance("", "abc"));
    }
}
