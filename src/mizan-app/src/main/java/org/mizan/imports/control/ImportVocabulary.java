package org.mizan.imports.control;

import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PerpetratorKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the words in a spreadsheet's cells mean: governorates, violation types, fates, genders, occupations and
 * perpetrators, written in English, Arabic or Kurdish and in the spellings people use. Only known words are read,
 * after folding case, diacritics, hamza and punctuation; a word that is merely close to one is not, because a wrong
 * governorate or type in a human-rights record is worse than a row sent back for correction.
 */
public final class ImportVocabulary {

    /** The types a cell names, in the order found, and the parts of it that name none (as written). */
    public record TypeMatch(List<String> codes, List<String> unknown) {
        public TypeMatch {
            codes = List.copyOf(codes);
            unknown = List.copyOf(unknown);
        }
    }

    /** Besides the labels: older and transliterated spellings, and the capital a governorate is often called by. */
    private static final Map<String, List<String>> GOVERNORATES = Map.ofEntries(
            Map.entry("BG", List.of("Baghdad", "Bagdad", "بغداد")),
            Map.entry("BA", List.of("Basra", "Basrah", "Basora", "بصرة")),
            Map.entry("NI", List.of("Nineveh", "Ninawa", "Ninewa", "Ninevah", "Mosul", "Mousul", "نينوى", "الموصل", "موسڵ")),
            Map.entry("AR", List.of("Erbil", "Arbil", "Irbil", "Hawler", "Hewlêr", "اربيل")),
            Map.entry("SU", List.of("Sulaymaniyah", "Sulaimaniya", "Sulaimaniyah", "Sulaymaniya", "Slemani", "Slêmanî",
                    "Silemani", "Sulaimani",
                    "السليمانية")),
            Map.entry("DA", List.of("Duhok", "Dohuk", "Dahuk", "Dihok", "Dohok", "دهوك")),
            Map.entry("HA", List.of("Halabja", "Halabjah", "حلبجة")),
            Map.entry("KI", List.of("Kirkuk", "Kerkuk", "Karkuk", "Tamim", "Ta'mim", "التأميم", "كركوك")),
            Map.entry("DI", List.of("Diyala", "Diala", "Diyalah", "Baqubah", "Baquba", "Baqouba", "بعقوبة", "ديالى")),
            Map.entry("AN", List.of("Anbar", "Ramadi", "الرمادي", "الانبار")),
            Map.entry("SD", List.of("Salah al-Din", "Salahuddin", "Salah ad-Din", "Salahaddin", "Saladin", "Tikrit", "تكريت",
                    "صلاح الدين")),
            Map.entry("BB", List.of("Babil", "Babylon", "Babel", "Hillah", "Hilla", "الحلة", "بابل")),
            Map.entry("KA", List.of("Karbala", "Kerbala", "Karbalaa", "كربلاء", "كربلا")),
            Map.entry("NA", List.of("Najaf", "Nadjaf", "Najaf al-Ashraf", "النجف", "النجف الأشرف")),
            Map.entry("QA", List.of("Qadisiyah", "Qadisiyyah", "Qadisiya", "Diwaniyah", "Diwaniya", "Diwaniyya",
                    "الديوانية", "القادسية")),
            Map.entry("WA", List.of("Wasit", "Wassit", "Kut", "الكوت", "واسط")),
            Map.entry("MA", List.of("Maysan", "Missan", "Misan", "Amarah", "Amara", "العمارة", "ميسان")),
            Map.entry("DQ", List.of("Dhi Qar", "Thi Qar", "Dhiqar", "Thiqar", "Nasiriyah", "Nasiriya", "Nassiriya",
                    "Nasiriyya", "الناصرية", "ذي قار", "ذيقار")),
            Map.entry("MU", List.of("Muthanna", "Samawah", "Samawa", "السماوة", "المثنى")));
    /** Written before or around a governorate's name, and meaning nothing for which one it is. */
    private static final Set<String> PLACE_FILLER = keys(Stream.of("al", "el", "an", "ad", "as", "ar", "ash", "of",
            "governorate", "province", "محافظة", "پارێزگای", "پارێزگا"));

    private static final Map<String, List<String>> TYPES = Map.ofEntries(
            Map.entry("ASSASSINATION", List.of("assassination", "killing", "murder", "targeted killing",
                    "اغتيال", "قتل", "تصفية", "تصفية جسدية", "تیرۆر", "تیرۆرکردن")),
            Map.entry("ATTEMPTED_ASSASSINATION", List.of("attempted assassination", "attempted murder", "attempted killing",
                    "assassination attempt", "محاولة اغتيال", "محاولة قتل", "هەوڵی تیرۆر", "هەوڵی تیرۆرکردن")),
            Map.entry("ABDUCTION", List.of("abduction", "kidnapping", "kidnap", "disappearance", "enforced disappearance",
                    "forced disappearance", "اختطاف", "خطف", "اخفاء قسري", "تغييب", "تغييب قسري", "مغيب", "ڕفاندن",
                    "بێسەروشوێنکردن", "بێسەروشوێنکردنی زۆرەملێ")),
            Map.entry("TORTURE", List.of("torture", "ill-treatment", "تعذيب", "سوء معاملة", "سوء المعاملة", "ئەشکەنجە",
                    "ئەشکەنجەدان", "خراپ مامەڵەکردن")),
            Map.entry("ARBITRARY_DETENTION", List.of("arbitrary detention", "detention", "arrest", "arbitrary arrest",
                    "اعتقال", "احتجاز", "اعتقال تعسفي", "دەستگیرکردن", "دەستبەسەرکردن")),
            Map.entry("THREAT", List.of("threat", "threats", "intimidation", "تهديد", "ترهيب", "هەڕەشە", "تۆقاندن")),
            Map.entry("DEATH_IN_CUSTODY", List.of("death in custody", "death in detention", "died in custody",
                    "وفاة في الاحتجاز", "وفاة أثناء الاحتجاز", "وفاة في السجن")),
            Map.entry("KILLING_AT_PROTEST", List.of("killing during a demonstration", "killing at protest",
                    "killed at protest", "protester killed", "killing of protesters", "قتل متظاهرين", "قتل المتظاهرين",
                    "قتل أثناء التظاهر", "کوشتنی خۆپیشاندەران")));
    /**
     * Ways of splitting a cell naming several types, most certain first. The slash and a و joined to the next word
     * may also be part of one type's name, so a split on them counts only if every part is then understood.
     */
    private static final List<Split> SPLITS = List.of(
            new Split(Pattern.compile("[;,،؛|+\\n]"), false),
            new Split(Pattern.compile("\\s+(?:and|&|و)\\s+", Pattern.CASE_INSENSITIVE), false),
            new Split(Pattern.compile("/"), true),
            new Split(Pattern.compile("\\s+و(?=\\S)"), true));

    private static final List<String> UNIDENTIFIED_WORDS = List.of("unknown", "unidentified", "unknown gunmen",
            "unidentified gunmen", "unknown armed men", "unidentified armed men", "مجهول", "مجهولون", "مجهولين",
            "مسلحون مجهولون", "مسلحين مجهولين", "جهة مجهولة", "جهات مجهولة", "نەناسراو", "چەکدارانی نەناسراو");
    private static final Set<String> UNIDENTIFIED = keys(UNIDENTIFIED_WORDS.stream());

    private static final ImportWords<Fate> FATES = ImportWords.of(Fate.class, Map.of(
            Fate.KILLED, List.of("killed", "dead", "deceased", "martyr", "murdered", "قتل", "قتلت", "مقتول", "مقتولة",
                    "استشهد", "استشهدت", "شهيد", "شهيدة", "کوژرا", "شەهید"),
            Fate.INJURED, List.of("injured", "wounded", "جريح", "جريحة", "مصاب", "مصابة", "أصيب", "أصيبت", "بریندار"),
            Fate.MISSING, List.of("missing", "disappeared", "مفقود", "مفقودة", "مغيب", "مغيبة", "مختفي", "مختفية",
                    "ون بوو", "بێسەروشوێن"),
            Fate.FOUND_DEAD, List.of("body found", "عثر على جثته", "عثر على جثتها", "وجد مقتولا", "وجدت مقتولة",
                    "تەرمەکەی دۆزرایەوە"),
            Fate.DETAINED, List.of("detained", "arrested", "in custody", "معتقل", "معتقلة", "محتجز", "محتجزة", "مسجون",
                    "مسجونة", "دەستگیرکراو"),
            Fate.RELEASED, List.of("released", "freed", "أفرج عنه", "أفرج عنها", "مفرج عنه", "مفرج عنها", "أطلق سراحه",
                    "أطلق سراحها", "ئازادکرا")));
    private static final ImportWords<Gender> GENDERS = ImportWords.of(Gender.class, Map.of(
            Gender.MALE, List.of("m", "man", "ذكر", "رجل", "نێر", "پیاو"),
            Gender.FEMALE, List.of("f", "woman", "أنثى", "امرأة", "مرأة", "مێ", "ئافرەت", "ژن"),
            Gender.UNKNOWN, List.of("غير معروف", "نەزانراو")));
    private static final ImportWords<Occupation> OCCUPATIONS = ImportWords.of(Occupation.class, Map.of(
            Occupation.ACTIVIST, List.of("civil activist", "human rights defender", "ناشط", "ناشطة", "ناشط مدني",
                    "ناشطة مدنية", "مدافع عن حقوق الانسان", "چالاکوان", "چالاکی مەدەنی"),
            Occupation.JOURNALIST, List.of("reporter", "صحفي", "صحفية", "صحافي", "صحافية", "اعلامي", "اعلامية", "مراسل",
                    "مراسلة", "ڕۆژنامەنووس", "ڕۆژنامەوان"),
            Occupation.LAWYER, List.of("attorney", "محامي", "محامية", "محام", "پارێزەر"),
            Occupation.PROTESTER, List.of("protestor", "demonstrator", "متظاهر", "متظاهرة", "محتج", "محتجة", "خۆپیشاندەر"),
            Occupation.MEDIC, List.of("doctor", "physician", "nurse", "paramedic", "طبيب", "طبيبة", "مسعف", "مسعفة",
                    "ممرض", "ممرضة", "پزیشک", "دکتۆر", "پەرستار"),
            Occupation.STUDENT, List.of("طالب", "طالبة", "خوێندکار", "قوتابی"),
            Occupation.BLOGGER, List.of("مدون", "مدونة", "بلۆگەر"),
            Occupation.TRADE_UNIONIST, List.of("unionist", "union activist", "نقابي", "نقابية", "ناشط نقابي", "سەندیکایی"),
            Occupation.CIVIL_SERVANT, List.of("public servant", "government employee", "موظف", "موظفة", "موظف حكومي",
                    "فەرمانبەر"),
            Occupation.OTHER, List.of("أخرى", "آخر", "دیکە")));
    private static final ImportWords<PerpetratorKind> PERPETRATOR_KINDS = ImportWords.of(PerpetratorKind.class, Map.of(
            PerpetratorKind.PERSON, List.of("individual", "فرد", "شخص", "کەس"),
            PerpetratorKind.UNIT, List.of("security unit", "military unit", "security forces", "وحدة", "قوة", "قوة أمنية",
                    "قوات أمنية", "یەکە"),
            PerpetratorKind.ARMED_GROUP, List.of("militia", "faction", "armed faction", "مجموعة مسلحة", "جماعة مسلحة",
                    "ميليشيا", "مليشيا", "فصيل", "فصيل مسلح", "گرووپی چەکدار", "میلیشیا"),
            PerpetratorKind.UNIDENTIFIED, UNIDENTIFIED_WORDS));

    private final ImportWords<String> governorates;
    private final ImportWords<String> types;

    /** Both maps by code, as {@link ReferenceData} gives them; only their codes are ever answered. */
    public ImportVocabulary(Map<String, ReferenceData.Label> governorates, Map<String, ReferenceData.Label> violationTypes) {
        this.governorates = vocabulary(governorates, GOVERNORATES, ImportVocabulary::placeKey);
        this.types = vocabulary(violationTypes, TYPES, ImportText::key);
        violationTypes.keySet().forEach(code -> types.add(code, List.of(code)));
    }

    /** A governorate's code. Codes themselves are not read: "NA" in a spreadsheet means "not available", not Najaf. */
    public Optional<String> governorate(String raw) {
        return governorates.find(raw);
    }

    /** The types named by a cell holding one type or several; every part not understood is reported. */
    public TypeMatch violationTypes(String raw) {
        TypeMatch match = raw == null ? new TypeMatch(List.of(), List.of()) : read(raw.strip(), 0);
        return new TypeMatch(List.copyOf(new LinkedHashSet<>(match.codes())),
                List.copyOf(new LinkedHashSet<>(match.unknown())));
    }

    public Optional<Fate> fate(String raw) {
        return FATES.find(raw);
    }

    public Optional<Gender> gender(String raw) {
        return GENDERS.find(raw);
    }

    public Optional<Occupation> occupation(String raw) {
        return OCCUPATIONS.find(raw);
    }

    /** Whether a perpetrator cell says "unidentified armed men" rather than naming anyone. */
    public boolean unidentifiedPerpetrator(String raw) {
        return UNIDENTIFIED.contains(ImportText.key(raw));
    }

    public Optional<PerpetratorKind> perpetratorKind(String raw) {
        return PERPETRATOR_KINDS.find(raw);
    }

    /** The whole text as one type first: labels hold separators ("اختطاف / إخفاء قسري", "Torture and ill-treatment"). */
    private TypeMatch read(String text, int level) {
        Optional<String> code = types.find(text);
        if (code.isPresent()) {
            return new TypeMatch(List.of(code.get()), List.of());
        }
        for (int next = level; next < SPLITS.size(); next++) {
            List<String> parts = SPLITS.get(next).parts(text);
            if (parts.size() == 1 && !parts.get(0).equals(text)) {
                return read(parts.get(0), next + 1);
            }
            if (parts.size() > 1) {
                List<String> codes = new ArrayList<>();
                List<String> unknown = new ArrayList<>();
                for (String part : parts) {
                    TypeMatch match = read(part, next + 1);
                    codes.addAll(match.codes());
                    unknown.addAll(match.unknown());
                }
                if (unknown.isEmpty() || !SPLITS.get(next).allOrNothing()) {
                    return new TypeMatch(codes, unknown);
                }
            }
        }
        return text.isEmpty() ? new TypeMatch(List.of(), List.of()) : new TypeMatch(List.of(), List.of(text));
    }

    private static ImportWords<String> vocabulary(Map<String, ReferenceData.Label> labels,
                                                  Map<String, List<String>> spellings, Function<String, String> keys) {
        ImportWords<String> vocabulary = new ImportWords<>(keys);
        labels.forEach((code, label) -> vocabulary
                .add(code, Stream.of(label.en(), label.ar(), label.ckb()).filter(Objects::nonNull).toList())
                .add(code, spellings.getOrDefault(code, List.of())));
        return vocabulary;
    }

    /** Without the article (al-, el-, ال) and words such as "governorate": "محافظة البصرة" and "Basra" are alike. */
    private static String placeKey(String text) {
        return Arrays.stream(ImportText.key(text).split(" "))
                .filter(word -> !PLACE_FILLER.contains(word))
                .map(word -> word.length() > 3 && word.startsWith("ال") ? word.substring(2) : word)
                .collect(Collectors.joining(" "));
    }

    private static Set<String> keys(Stream<String> words) {
        return words.map(ImportText::key).collect(Collectors.toUnmodifiableSet());
    }

    private record Split(Pattern separator, boolean allOrNothing) {
        List<String> parts(String text) {
            return Arrays.stream(separator.split(text)).map(String::strip).filter(part -> !part.isEmpty()).toList();
        }
    }
}
