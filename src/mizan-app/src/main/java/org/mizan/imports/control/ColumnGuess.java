package org.mizan.imports.control;

import org.mizan.cases.control.ArabicNames;
import org.mizan.imports.entity.ImportField;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A first mapping proposed from the headers, in English, Arabic or Kurdish, for the user to correct: a header
 * holding one of a field's words maps to it. The more specific words come first ("victim name" before "name").
 */
final class ColumnGuess {

    private static final Map<ImportField, List<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put(ImportField.VICTIM_NAME_LATIN, List.of("latin", "english name", "name (en", "الاسم بالانكليزي", "الاسم بالانجليزي"));
        WORDS.put(ImportField.VICTIM_NAME_AR, List.of("arabic name", "name (ar", "الاسم بالعربي", "ناوی عەرەبی"));
        WORDS.put(ImportField.VICTIM_BIRTH_YEAR, List.of("birth", "سنه الميلاد", "المواليد", "ساڵی لەدایکبوون"));
        WORDS.put(ImportField.END_DATE, List.of("end date", "until", "تاريخ الانتهاء", "کۆتایی"));
        WORDS.put(ImportField.INCIDENT_DATE, List.of("date", "تاريخ", "التاريخ", "بەروار", "ڕێکەوت"));
        WORDS.put(ImportField.GOVERNORATE, List.of("governorate", "province", "محافظه", "المحافظه", "پارێزگا"));
        WORDS.put(ImportField.LOCALITY, List.of("place", "location", "city", "district", "locality", "المكان", "الموقع", "المدينه", "شوێن"));
        WORDS.put(ImportField.VIOLATION_TYPE, List.of("type", "violation", "نوع", "الانتهاك", "جۆر", "پێشێلکاری"));
        WORDS.put(ImportField.NARRATIVE, List.of("narrative", "details", "description", "summary", "التفاصيل", "الوصف", "ملخص", "وردەکاری"));
        WORDS.put(ImportField.PERPETRATOR_KIND, List.of("perpetrator kind", "perpetrator type", "نوع الجهه", "جۆری تاوانبار"));
        WORDS.put(ImportField.PERPETRATOR, List.of("perpetrator", "الجاني", "الجهه المسؤوله", "المتهم", "تاوانبار", "پێشێلکار"));
        WORDS.put(ImportField.LEGAL_STATUS, List.of("legal", "court", "القضائي", "الاجراءات", "یاسایی"));
        WORDS.put(ImportField.VICTIM_FATE, List.of("fate", "status of victim", "المصير", "مصير", "چارەنووس"));
        WORDS.put(ImportField.VICTIM_GENDER, List.of("gender", "sex", "الجنس", "ڕەگەز"));
        WORDS.put(ImportField.VICTIM_AGE, List.of("age", "العمر", "تەمەن"));
        WORDS.put(ImportField.VICTIM_OCCUPATION, List.of("occupation", "profession", "job", "المهنه", "العمل", "پیشە"));
        WORDS.put(ImportField.SOURCE, List.of("source", "المصدر", "سەرچاوە"));
        WORDS.put(ImportField.TAGS, List.of("tags", "keywords", "وسوم", "تاگ"));
        WORDS.put(ImportField.VICTIM_NAME, List.of("victim", "name", "الضحيه", "الاسم", "اسم", "قوربانی", "ناو"));
    }

    private ColumnGuess() {
    }

    static Map<String, ImportField> suggest(List<String> headers) {
        Map<String, ImportField> suggested = new LinkedHashMap<>();
        for (String header : headers) {
            String text = ArabicNames.normalise(header).toLowerCase(Locale.ROOT);
            WORDS.entrySet().stream()
                    .filter(e -> !suggested.containsValue(e.getKey()))
                    .filter(e -> e.getValue().stream().anyMatch(word -> text.contains(ArabicNames.normalise(word).toLowerCase(Locale.ROOT))))
                    .findFirst().ifPresent(e -> suggested.put(header, e.getKey()));
        }
        return suggested;
    }
}
