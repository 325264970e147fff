package org.mizan.cases.control;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the words people write for governorates and violation types mean: the labels in English, Arabic and Kurdish
 * and the spellings people use, folded by {@link FoldedText} (case, diacritics, hamza, punctuation). Only known words
 * are read; a word that is merely close to one is not, because a wrong governorate or type in a human-rights record is
 * worse than a value sent back for correction. The importer and the REST API read through this one vocabulary.
 */
public final class ReferenceVocabulary {

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
    private static final Set<String> PLACE_FILLER = Stream.of("al", "el", "an", "ad", "as", "ar", "ash", "of",
            "governorate", "province", "محافظة", "پارێزگای", "پارێزگا").map(FoldedText::key).collect(Collectors.toUnmodifiableSet());

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
    private final Vocabulary<String> governorates;
    private final Vocabulary<String> types;
    private final Map<String, String> governorateCodes;

    /** Both maps by code, as {@link ReferenceData} gives them; only their codes are ever answered. */
    public ReferenceVocabulary(Map<String, ReferenceData.Label> governorates, Map<String, ReferenceData.Label> violationTypes) {
        this.governorates = vocabulary(governorates, GOVERNORATES, ReferenceVocabulary::placeKey);
        this.types = vocabulary(violationTypes, TYPES, FoldedText::key);
        violationTypes.keySet().forEach(code -> types.add(code, List.of(code)));
        this.governorateCodes = governorates.keySet().stream().collect(Collectors.toMap(code -> code, code -> code));
    }

    /** A governorate's code, by name. Codes themselves are not read: "NA" in a spreadsheet means "not available", not Najaf. */
    public Optional<String> governorate(String raw) {
        return governorates.find(raw);
    }

    /**
     * A governorate's code, by code (in any case) or by name: where a field holds nothing but a governorate, as in a REST
     * body or filter, "NA" is Najaf.
     */
    public Optional<String> governorateByCodeOrName(String raw) {
        return raw == null ? Optional.empty()
                : Optional.ofNullable(governorateCodes.get(raw.strip().toUpperCase(java.util.Locale.ROOT))).or(() -> governorate(raw));
    }

    /** The one type a value names, by code (in any case) or by name. */
    public Optional<String> violationType(String raw) {
        return raw == null ? Optional.empty() : types.find(raw.strip());
    }

    /** The types named by a value holding one type or several ({@link SeveralValues}); every part not understood is reported. */
    public TypeMatch violationTypes(String raw) {
        SeveralValues.Match<String> match = SeveralValues.read(raw, types::find);
        return new TypeMatch(match.values(), match.unknown());
    }

    private static Vocabulary<String> vocabulary(Map<String, ReferenceData.Label> labels,
                                                 Map<String, List<String>> spellings, Function<String, String> keys) {
        Vocabulary<String> vocabulary = new Vocabulary<>(keys);
        labels.forEach((code, label) -> vocabulary
                .add(code, Stream.of(label.en(), label.ar(), label.ckb()).filter(Objects::nonNull).toList())
                .add(code, spellings.getOrDefault(code, List.of())));
        return vocabulary;
    }

    /** Without the article (al-, el-, ال) and words such as "governorate": "محافظة البصرة" and "Basra" are alike. */
    private static String placeKey(String text) {
        return Arrays.stream(FoldedText.key(text).split(" "))
                .filter(word -> !PLACE_FILLER.contains(word))
                .map(word -> word.length() > 3 && word.startsWith("ال") ? word.substring(2) : word)
                .collect(Collectors.joining(" "));
    }
}
