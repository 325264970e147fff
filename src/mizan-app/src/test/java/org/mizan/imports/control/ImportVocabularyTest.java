package org.mizan.imports.control;

import org.mizan.cases.control.SeveralValues;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.cases.control.ReferenceData.Label;
import org.mizan.cases.control.ReferenceVocabulary.TypeMatch;
import org.mizan.cases.entity.Community;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PerpetratorCertainty;
import org.mizan.cases.entity.PerpetratorKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportVocabularyTest {

    /** As schema/V2__cases_and_persons.sql loads them. */
    private static final Map<String, Label> GOVERNORATES = labels(
            "BG|Baghdad|بغداد|بەغدا", "BA|Basra|البصرة|بەسرە", "NI|Nineveh|نينوى|نەینەوا", "AR|Erbil|أربيل|هەولێر",
            "SU|Sulaymaniyah|السليمانية|سلێمانی", "DA|Duhok|دهوك|دهۆک", "HA|Halabja|حلبجة|هەڵەبجە",
            "KI|Kirkuk|كركوك|کەرکووک", "DI|Diyala|ديالى|دیالە", "AN|Anbar|الأنبار|ئەنبار",
            "SD|Salah al-Din|صلاح الدين|سەلاحەدین", "BB|Babil|بابل|بابل", "KA|Karbala|كربلاء|کەربەلا",
            "NA|Najaf|النجف|نەجەف", "QA|Al-Qadisiyah (Diwaniyah)|القادسية|قادسیە", "WA|Wasit|واسط|واسط",
            "MA|Maysan|ميسان|مەیسان", "DQ|Dhi Qar|ذي قار|زیقار", "MU|Muthanna|المثنى|موسەننا");
    private static final Map<String, Label> TYPES = labels(
            "ASSASSINATION|Targeted killing (assassination)|اغتيال|تیرۆرکردن",
            "ATTEMPTED_ASSASSINATION|Attempted assassination|محاولة اغتيال|هەوڵی تیرۆرکردن",
            "KILLING_AT_PROTEST|Killing during a demonstration (lethal force)|قتل أثناء التظاهر|کوشتن لە کاتی خۆپیشاندان",
            "ABDUCTION|Abduction / enforced disappearance|اختطاف / إخفاء قسري|ڕفاندن / بێسەروشوێنکردنی زۆرەملێ",
            "TORTURE|Torture and ill-treatment|تعذيب وسوء معاملة|ئەشکەنجە و خراپ مامەڵەکردن",
            "ARBITRARY_DETENTION|Arbitrary detention|احتجاز تعسفي|دەستبەسەرکردنی نایاسایی",
            "DEATH_IN_CUSTODY|Death in custody|وفاة أثناء الاحتجاز|مردن لە کاتی دەستبەسەری",
            "THREAT|Threats and intimidation|تهديد وترهيب|هەڕەشە و تۆقاندن");

    private final ImportVocabulary vocabulary = new ImportVocabulary(GOVERNORATES, TYPES);

    private static Map<String, Label> labels(String... rows) {
        Map<String, Label> labels = new LinkedHashMap<>();
        for (String row : rows) {
            String[] cells = row.split("\\|");
            labels.put(cells[0], new Label(cells[0], cells[1], cells[2], cells[3]));
        }
        return labels;
    }

    // --- governorates ------------------------------------------------------------------------------

    /** A spreadsheet exported from Mizan, or filled in with its words, reads back: each language's label is understood. */
    @ParameterizedTest
    @EnumSource(PerpetratorCertainty.class)
    void aPerpetratorsCertaintyIsReadByItsLabelInEveryLanguage(PerpetratorCertainty certainty) {
        assertReadByItsLabels("cases.certainty.", certainty, new ImportVocabulary(GOVERNORATES, TYPES)::certainty);
        assertEquals(Optional.empty(), new ImportVocabulary(GOVERNORATES, TYPES).certainty("proven beyond doubt"));
    }

    @ParameterizedTest
    @EnumSource(Community.class)
    void aVictimsCommunityIsReadByItsLabelInEveryLanguage(Community community) {
        assertReadByItsLabels("cases.community.", community, new ImportVocabulary(GOVERNORATES, TYPES)::community);
        assertEquals(Optional.empty(), new ImportVocabulary(GOVERNORATES, TYPES).community("Martian"));
    }

    private static <E extends Enum<E>> void assertReadByItsLabels(String keyPrefix, E constant,
                                                                   java.util.function.Function<String, Optional<E>> reading) {
        for (String language : List.of("en", "ar", "ckb")) {
            String label = ResourceBundle.getBundle("org.mizan.i18n.messages", java.util.Locale.forLanguageTag(language))
                    .getString(keyPrefix + constant.name());
            assertEquals(Optional.of(constant), reading.apply(label), language + ": " + label);
        }
        assertEquals(Optional.of(constant), reading.apply(constant.name().toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void readsEveryLabelInEveryLanguage() {
        GOVERNORATES.values().forEach(label -> List.of(label.en(), label.ar(), label.ckb()).forEach(
                text -> assertEquals(Optional.of(label.code()), vocabulary.governorate(text), text)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Bagdad, BG", "BAGHDAD, BG", "محافظة بغداد, BG", "Baghdad Governorate, BG",
            "Basrah, BA", "بصرة, BA", "al-Basra, BA", "Al Basrah, BA", "محافظة البصرة, BA",
            "Ninawa, NI", "Ninewa, NI", "Mosul, NI", "الموصل, NI", "نينوى, NI",
            "Arbil, AR", "Irbil, AR", "Hawler, AR", "Hewlêr, AR", "اربيل, AR", "پارێزگای هەولێر, AR",
            "Sulaimaniya, SU", "Sulaymaniya, SU", "Slemani, SU", "Sulaimani, SU", "السليمانية, SU", "پارێزگای سلێمانی, SU",
            "Dohuk, DA", "Dahuk, DA", "دهوك, DA",
            "Halabja, HA", "حلبجة, HA",
            "Kerkuk, KI", "Tamim, KI", "التأميم, KI", "كركوك, KI",
            "Diala, DI", "Baqubah, DI", "بعقوبة, DI", "ديالي, DI",
            "Al Anbar, AN", "Al-Anbar Province, AN", "Ramadi, AN", "الرمادي, AN", "الانبار, AN",
            "Salahuddin, SD", "Salah ad-Din, SD", "Salah Al Din, SD", "Saladin, SD", "Tikrit, SD", "تكريت, SD", "صلاح الدين, SD",
            "Babylon, BB", "Hillah, BB", "Hilla, BB", "الحلة, BB",
            "Kerbala, KA", "كربلا, KA", "كربلاء, KA",
            "An Najaf, NA", "النجف, NA", "محافظة النجف الأشرف, NA", "Najaf al-Ashraf, NA",
            "Al-Qadisiyyah, QA", "Qadisiyah, QA", "Diwaniyah, QA", "Diwaniya, QA", "الديوانية, QA", "القادسية, QA",
            "Kut, WA", "الكوت, WA", "واسط, WA",
            "Missan, MA", "Amarah, MA", "العمارة, MA", "ميسان, MA",
            "Thi Qar, DQ", "Nasiriyah, DQ", "Nasiriya, DQ", "الناصرية, DQ", "ذي قار, DQ", "ذيقار, DQ",
            "Samawah, MU", "السماوة, MU", "المثنى, MU",
            "'  Basra.  ', BA", "'\u00a0البـصرة\u00a0', BA",
    })
    void readsCommonSpellingsAndCapitals(String raw, String code) {
        assertEquals(code.isEmpty() ? Optional.empty() : Optional.of(code), vocabulary.governorate(raw));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"Atlantis", "بغدادد", "Bagh", "Baghdadi", "Governorate", "محافظة", "al", "NA", "BG", "Iraq",
            "Basra Baghdad", "Kurdistan"})
    void neverGuessesAGovernorate(String raw) {
        assertEquals(Optional.empty(), vocabulary.governorate(raw));
    }

    @Test
    void answersOnlyCodesItWasGiven() {
        ImportVocabulary baghdadOnly = new ImportVocabulary(Map.of("BG", GOVERNORATES.get("BG")), TYPES);
        assertEquals(Optional.empty(), baghdadOnly.governorate("Mosul"));
        assertEquals(Optional.of("BG"), baghdadOnly.governorate("Bagdad"));
    }

    // --- violation types ---------------------------------------------------------------------------

    @Test
    void readsEveryTypeLabelAndCode() {
        TYPES.values().forEach(label -> List.of(label.en(), label.ar(), label.ckb(), label.code(), label.code().toLowerCase())
                .forEach(text -> assertEquals(new TypeMatch(List.of(label.code()), List.of()),
                        vocabulary.violationTypes(text), text)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "assassination | ASSASSINATION", "Killing | ASSASSINATION", "murder | ASSASSINATION",
            "targeted killing | ASSASSINATION", "اغتيال | ASSASSINATION", "قتل | ASSASSINATION", "تصفية | ASSASSINATION",
            "تیرۆر | ASSASSINATION", "تیرۆرکردن | ASSASSINATION",
            "attempted assassination | ATTEMPTED_ASSASSINATION", "Attempted murder | ATTEMPTED_ASSASSINATION",
            "assassination attempt | ATTEMPTED_ASSASSINATION", "محاولة اغتيال | ATTEMPTED_ASSASSINATION",
            "محاولة قتل | ATTEMPTED_ASSASSINATION", "هەوڵی تیرۆرکردن | ATTEMPTED_ASSASSINATION",
            "abduction | ABDUCTION", "Kidnapping | ABDUCTION", "kidnap | ABDUCTION", "disappearance | ABDUCTION",
            "enforced disappearance | ABDUCTION", "اختطاف | ABDUCTION", "خطف | ABDUCTION", "إخفاء قسري | ABDUCTION",
            "اخفاء قسري | ABDUCTION", "تغييب | ABDUCTION", "مغيب | ABDUCTION", "ڕفاندن | ABDUCTION",
            "رفاندن | ABDUCTION", "بێسەروشوێنکردن | ABDUCTION",
            "torture | TORTURE", "ill-treatment | TORTURE", "تعذيب | TORTURE", "ئەشکەنجە | TORTURE",
            "arbitrary detention | ARBITRARY_DETENTION", "Detention | ARBITRARY_DETENTION", "arrest | ARBITRARY_DETENTION",
            "arbitrary arrest | ARBITRARY_DETENTION", "اعتقال | ARBITRARY_DETENTION", "احتجاز | ARBITRARY_DETENTION",
            "اعتقال تعسفي | ARBITRARY_DETENTION", "دەستگیرکردن | ARBITRARY_DETENTION",
            "دەستبەسەرکردن | ARBITRARY_DETENTION",
            "threat | THREAT", "Threats | THREAT", "intimidation | THREAT", "تهديد | THREAT", "ترهيب | THREAT",
            "هەڕەشە | THREAT",
            "death in custody | DEATH_IN_CUSTODY", "وفاة في الاحتجاز | DEATH_IN_CUSTODY",
            "وفاة أثناء الاحتجاز | DEATH_IN_CUSTODY",
            "killing during a demonstration | KILLING_AT_PROTEST", "killed at protest | KILLING_AT_PROTEST",
            "protester killed | KILLING_AT_PROTEST", "قتل متظاهرين | KILLING_AT_PROTEST",
            "قتل أثناء التظاهر | KILLING_AT_PROTEST", "killing_at_protest | KILLING_AT_PROTEST",
    })
    void readsTypeSynonyms(String raw, String code) {
        assertEquals(new TypeMatch(List.of(code), List.of()), vocabulary.violationTypes(raw));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '#', value = {
            "abduction; torture                       # ABDUCTION,TORTURE",
            "Abduction, Torture, Killing              # ABDUCTION,TORTURE,ASSASSINATION",
            "اختطاف، تعذيب، اغتيال                    # ABDUCTION,TORTURE,ASSASSINATION",
            "abduction | torture + threat             # ABDUCTION,TORTURE,THREAT",
            "abduction and torture                    # ABDUCTION,TORTURE",
            "اختطاف و تعذيب                           # ABDUCTION,TORTURE",
            "اختطاف وتعذيب                            # ABDUCTION,TORTURE",
            "abduction/torture                        # ABDUCTION,TORTURE",
            "Torture and ill-treatment; threat        # TORTURE,THREAT",
            "اختطاف / إخفاء قسري، تعذيب وسوء معاملة   # ABDUCTION,TORTURE",
            "Abduction; kidnapping; اختطاف            # ABDUCTION",
            "Torture، اختطاف; ڕفاندن | killing        # TORTURE,ABDUCTION,ASSASSINATION",
            "تعذيب and abduction و threats            # TORTURE,ABDUCTION,THREAT",
            "abduction; torture;                      # ABDUCTION,TORTURE",
    })
    void readsSeveralTypesInOneCell(String raw, String codes) {
        assertEquals(new TypeMatch(List.of(codes.split(",")), List.of()), vocabulary.violationTypes(raw));
    }

    @Test
    void reportsTheUnknownPartsVerbatim() {
        assertEquals(new TypeMatch(List.of("ABDUCTION", "TORTURE"), List.of("Flogging", "تفجير")),
                vocabulary.violationTypes("Abduction; Flogging ; torture، تفجير"));
        assertEquals(new TypeMatch(List.of(), List.of("explosion")), vocabulary.violationTypes("  explosion "));
    }

    @Test
    void anUnderstoodSlashSplitOnlyCounts() {
        // A slash may belong to a name, so "torture/flogging" is one unknown value, not half a match.
        assertEquals(new TypeMatch(List.of(), List.of("torture/flogging")),
                vocabulary.violationTypes("torture/flogging"));
    }

    // --- fate, gender, occupation, perpetrator ------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "killed, KILLED", "Dead, KILLED", "martyr, KILLED", "قتل, KILLED", "مقتول, KILLED", "استشهد, KILLED",
            "شهيد, KILLED", "شهيدة, KILLED", "کوژرا, KILLED", "شەهید, KILLED",
            "injured, INJURED", "wounded, INJURED", "جريح, INJURED", "مصاب, INJURED", "أصيب, INJURED", "بریندار, INJURED",
            "missing, MISSING", "disappeared, MISSING", "مفقود, MISSING", "مغيب, MISSING", "مختفي, MISSING",
            "ون بوو, MISSING", "بێسەروشوێن, MISSING",
            "found dead, FOUND_DEAD", "body found, FOUND_DEAD", "عثر على جثته, FOUND_DEAD", "وجد مقتولا, FOUND_DEAD",
            "تەرمەکەی دۆزرایەوە, FOUND_DEAD", "FOUND_DEAD, FOUND_DEAD",
            "detained, DETAINED", "arrested, DETAINED", "in custody, DETAINED", "معتقل, DETAINED", "محتجز, DETAINED",
            "مسجون, DETAINED", "دەستگیرکراو, DETAINED",
            "released, RELEASED", "freed, RELEASED", "أفرج عنه, RELEASED", "مفرج عنه, RELEASED", "أطلق سراحه, RELEASED",
            "ئازادکرا, RELEASED",
    })
    void readsFates(String raw, Fate fate) {
        assertEquals(Optional.of(fate), vocabulary.fate(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "male, MALE", "M, MALE", "man, MALE", "ذكر, MALE", "رجل, MALE", "نێر, MALE", "پیاو, MALE",
            "female, FEMALE", "F, FEMALE", "woman, FEMALE", "أنثى, FEMALE", "انثى, FEMALE", "امرأة, FEMALE", "مێ, FEMALE",
            "ئافرەت, FEMALE", "ژن, FEMALE",
            "unknown, UNKNOWN", "غير معروف, UNKNOWN", "نەزانراو, UNKNOWN",
    })
    void readsGenders(String raw, Gender gender) {
        assertEquals(Optional.of(gender), vocabulary.gender(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "activist, ACTIVIST", "ناشط, ACTIVIST", "ناشطة مدنية, ACTIVIST", "چالاکوان, ACTIVIST",
            "Journalist, JOURNALIST", "صحفي, JOURNALIST", "صحافي, JOURNALIST", "ڕۆژنامەنووس, JOURNALIST",
            "lawyer, LAWYER", "محامي, LAWYER", "محامية, LAWYER", "پارێزەر, LAWYER",
            "protester, PROTESTER", "متظاهر, PROTESTER", "خۆپیشاندەر, PROTESTER",
            "medic, MEDIC", "doctor, MEDIC", "طبيب, MEDIC", "مسعف, MEDIC", "پزیشک, MEDIC",
            "student, STUDENT", "طالب, STUDENT", "خوێندکار, STUDENT",
            "blogger, BLOGGER", "مدون, BLOGGER",
            "trade unionist, TRADE_UNIONIST", "TRADE_UNIONIST, TRADE_UNIONIST", "نقابي, TRADE_UNIONIST",
            "civil servant, CIVIL_SERVANT", "موظف, CIVIL_SERVANT", "فەرمانبەر, CIVIL_SERVANT",
            "other, OTHER", "OTHER, OTHER",
    })
    void readsOccupations(String raw, Occupation occupation) {
        assertEquals(Optional.of(occupation), vocabulary.occupation(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '=', value = {
            "journalist; protester = JOURNALIST,PROTESTER", "Journalist and activist = JOURNALIST,ACTIVIST",
            "journalist/protester = JOURNALIST,PROTESTER", "صحفي وناشط = JOURNALIST,ACTIVIST", "صحفي، متظاهر = JOURNALIST,PROTESTER",
            "ڕۆژنامەنووس، خۆپیشاندەر = JOURNALIST,PROTESTER", "ڕۆژنامەنووس و چالاکوان = JOURNALIST,ACTIVIST",
            "lawyer | lawyer | LAWYER = LAWYER", "human rights defender = ACTIVIST", "civil activist = ACTIVIST",
    })
    void readsSeveralOccupationsInOneCellEachOnce(String raw, String codes) {
        SeveralValues.Match<Occupation> match = vocabulary.occupations(raw);
        assertEquals(Arrays.stream(codes.split(",")).map(Occupation::valueOf).toList(), match.values());
        assertEquals(List.of(), match.unknown());
    }

    @Test
    void reportsTheOccupationsItDoesNotKnowVerbatim() {
        SeveralValues.Match<Occupation> match = vocabulary.occupations("journalist; astronaut; طيار");
        assertEquals(List.of(Occupation.JOURNALIST), match.values());
        assertEquals(List.of("astronaut", "طيار"), match.unknown());
    }

    @ParameterizedTest
    @EnumSource(Occupation.class)
    void readsEveryOccupationByItsOwnName(Occupation occupation) {
        assertEquals(Optional.of(occupation), vocabulary.occupation(occupation.name()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"unknown", "Unidentified", "unknown gunmen", "Unidentified armed men", "مجهول", "مجهولون",
            "مسلحون مجهولون", "جهة مجهولة", "نەناسراو", "چەکدارانی نەناسراو"})
    void recognisesUnidentifiedPerpetrators(String raw) {
        assertTrue(vocabulary.unidentifiedPerpetrator(raw));
        assertEquals(Optional.of(PerpetratorKind.UNIDENTIFIED), vocabulary.perpetratorKind(raw));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"Kataib Hezbollah", "مسلحون", "unknown person in a car", "Federal Police"})
    void aNamedPerpetratorIsNotUnidentified(String raw) {
        assertFalse(vocabulary.unidentifiedPerpetrator(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "person, PERSON", "individual, PERSON", "فرد, PERSON", "شخص, PERSON", "کەس, PERSON",
            "unit, UNIT", "security unit, UNIT", "وحدة, UNIT", "قوة, UNIT", "یەکە, UNIT",
            "armed group, ARMED_GROUP", "Militia, ARMED_GROUP", "faction, ARMED_GROUP", "مجموعة مسلحة, ARMED_GROUP",
            "ميليشيا, ARMED_GROUP", "فصيل, ARMED_GROUP", "گرووپی چەکدار, ARMED_GROUP", "ARMED_GROUP, ARMED_GROUP",
    })
    void readsPerpetratorKinds(String raw, PerpetratorKind kind) {
        assertEquals(Optional.of(kind), vocabulary.perpetratorKind(raw));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"alive", "deadly", "killed and injured", "student activist", "x", "organisation"})
    void nothingForUnknownWords(String raw) {
        assertEquals(Optional.empty(), vocabulary.fate(raw));
        assertEquals(Optional.empty(), vocabulary.gender(raw));
        assertEquals(Optional.empty(), vocabulary.occupation(raw));
        assertEquals(Optional.empty(), vocabulary.perpetratorKind(raw));
    }
}
