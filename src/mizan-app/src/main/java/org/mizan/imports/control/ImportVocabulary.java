package org.mizan.imports.control;

import org.mizan.cases.entity.PerpetratorCertainty;
import org.mizan.cases.control.FoldedText;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.control.ReferenceVocabulary;
import org.mizan.cases.control.Vocabulary;
import org.mizan.cases.entity.Community;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Gender;
import org.mizan.cases.control.SeveralValues;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PerpetratorKind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the words in a spreadsheet's cells mean: governorates and violation types (through the {@link ReferenceVocabulary}
 * the REST API reads them with too), fates, genders, occupations and perpetrators, written in English, Arabic or
 * Kurdish and in the spellings people use. Only known words are read, after folding case, diacritics, hamza and
 * punctuation; a word that is merely close to one is not, because a wrong value in a human-rights record is worse than a
 * row sent back for correction.
 */
public final class ImportVocabulary {

    private static final List<String> UNIDENTIFIED_WORDS = List.of("unknown", "unidentified", "unknown gunmen",
            "unidentified gunmen", "unknown armed men", "unidentified armed men", "مجهول", "مجهولون", "مجهولين",
            "مسلحون مجهولون", "مسلحين مجهولين", "جهة مجهولة", "جهات مجهولة", "نەناسراو", "چەکدارانی نەناسراو");
    private static final Set<String> UNIDENTIFIED = keys(UNIDENTIFIED_WORDS.stream());

    private static final Vocabulary<Fate> FATES = Vocabulary.of(Fate.class, Map.of(
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
    private static final Vocabulary<Gender> GENDERS = Vocabulary.of(Gender.class, Map.of(
            Gender.MALE, List.of("m", "man", "ذكر", "رجل", "نێر", "پیاو"),
            Gender.FEMALE, List.of("f", "woman", "أنثى", "امرأة", "مرأة", "مێ", "ئافرەت", "ژن"),
            Gender.UNKNOWN, List.of("غير معروف", "نەزانراو")));
    private static final Vocabulary<Occupation> OCCUPATIONS = Vocabulary.of(Occupation.class, Map.of(
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
    private static final Vocabulary<PerpetratorKind> PERPETRATOR_KINDS = Vocabulary.of(PerpetratorKind.class, Map.of(
            PerpetratorKind.PERSON, List.of("individual", "فرد", "شخص", "کەس"),
            PerpetratorKind.UNIT, List.of("security unit", "military unit", "security forces", "وحدة", "قوة", "قوة أمنية",
                    "قوات أمنية", "یەکە"),
            PerpetratorKind.ARMED_GROUP, List.of("militia", "faction", "armed faction", "مجموعة مسلحة", "جماعة مسلحة",
                    "ميليشيا", "مليشيا", "فصيل", "فصيل مسلح", "گرووپی چەکدار", "میلیشیا"),
            PerpetratorKind.UNIDENTIFIED, UNIDENTIFIED_WORDS));

    private static final Vocabulary<PerpetratorCertainty> CERTAINTIES = Vocabulary.of(PerpetratorCertainty.class, Map.of(
            PerpetratorCertainty.ALLEGED, List.of("alleged", "accused", "suspected", "مزعوم", "متهم", "مشتبه به", "مشتبه",
                    "گومانلێکراو", "تۆمەتبار"),
            PerpetratorCertainty.IDENTIFIED_BY_SOURCE, List.of("identified", "identified by a source", "source", "محدد من مصدر",
                    "حدده مصدر", "مصدر", "سەرچاوەیەک ناسیویەتی", "ناسێنراو لە سەرچاوە", "سەرچاوە"),
            PerpetratorCertainty.ESTABLISHED_BY_COURT, List.of("convicted", "court", "established by a court", "مدان", "ثبت بحكم",
                    "ثبت بحكم قضائي", "حكم قضائي", "محكمة", "دادگا سەلماندوویەتی", "سزادراو", "دادگا")));

    private static final Vocabulary<Community> COMMUNITIES = Vocabulary.of(Community.class, Map.ofEntries(
            Map.entry(Community.CHRISTIAN, List.of("Christian", "مسيحي", "مسيحية", "مسيحيون", "مەسیحی")),
            Map.entry(Community.YAZIDI, List.of("Yazidi", "Ezidi", "Yezidi", "إيزيدي", "ايزيدي", "يزيدي", "إيزيدية", "ئێزیدی")),
            Map.entry(Community.SABEAN_MANDAEAN, List.of("Sabean", "Mandaean", "Sabean-Mandaean", "صابئي", "صابئي مندائي", "مندائي",
                    "سابیئی مەندایی", "سابیئی")),
            Map.entry(Community.SHABAK, List.of("Shabak", "شبك", "شبكي", "شەبەک")),
            Map.entry(Community.KAKAI, List.of("Kaka'i", "Kakai", "Yarsan", "كاكائي", "كاكائية", "کاکەیی")),
            Map.entry(Community.FEYLI_KURD, List.of("Feyli", "Faili", "Feyli Kurd", "Faili Kurd", "كردي فيلي", "فيلي", "كرد فيلية",
                    "کوردی فەیلی", "فەیلی")),
            Map.entry(Community.TURKMEN, List.of("Turkmen", "Turkoman", "تركماني", "تركمان", "تورکمان")),
            Map.entry(Community.BAHAI, List.of("Baha'i", "Bahai", "بهائي", "بەهایی")),
            Map.entry(Community.SHIA, List.of("Shia", "Shiite", "Shi'a", "شيعي", "شيعة", "شیعە")),
            Map.entry(Community.SUNNI, List.of("Sunni", "سني", "سنة", "سوننە")),
            Map.entry(Community.OTHER, List.of("other community", "مكوّن آخر", "مكون آخر", "أخرى", "پێکهاتەیەکی تر", "هی تر"))));

    private final ReferenceVocabulary references;

    /** Both maps by code, as {@link ReferenceData} gives them; only their codes are ever answered. */
    public ImportVocabulary(Map<String, ReferenceData.Label> governorates, Map<String, ReferenceData.Label> violationTypes) {
        this.references = new ReferenceVocabulary(governorates, violationTypes);
    }

    /** A governorate's code. Codes themselves are not read: "NA" in a spreadsheet means "not available", not Najaf. */
    public Optional<String> governorate(String raw) {
        return references.governorate(raw);
    }

    /** The types named by a cell holding one type or several; every part not understood is reported. */
    public ReferenceVocabulary.TypeMatch violationTypes(String raw) {
        return references.violationTypes(raw);
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

    /**
     * The occupations named by a cell holding one or several ("صحفي وناشط", "journalist; protester"), split as violation
     * types are; every part not understood is reported.
     */
    public SeveralValues.Match<Occupation> occupations(String raw) {
        return SeveralValues.read(raw, OCCUPATIONS::find);
    }

    /** Whether a perpetrator cell says "unidentified armed men" rather than naming anyone. */
    public boolean unidentifiedPerpetrator(String raw) {
        return UNIDENTIFIED.contains(FoldedText.key(raw));
    }

    public Optional<PerpetratorKind> perpetratorKind(String raw) {
        return PERPETRATOR_KINDS.find(raw);
    }

    public Optional<Community> community(String raw) {
        return COMMUNITIES.find(raw);
    }

    public Optional<PerpetratorCertainty> certainty(String raw) {
        return CERTAINTIES.find(raw);
    }

    private static Set<String> keys(Stream<String> words) {
        return words.map(FoldedText::key).collect(Collectors.toUnmodifiableSet());
    }

}
