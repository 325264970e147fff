package org.mizan.imports.control;

import org.mizan.cases.control.ArabicNames;
import org.mizan.imports.entity.ImportField;
import org.mizan.platform.control.Messages;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A first mapping proposed from the headers, in English, Arabic or Kurdish, for the user to correct. A header that is a
 * field's own name in any of the three languages (as the import page and its template name it: «السرد») maps to that
 * field first; then a header holding one of a field's words maps to it, the more specific words first ("victim
 * name" before "name").
 */
final class ColumnGuess {

    private static final Map<ImportField, List<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put(ImportField.VICTIM_NAME_LATIN, List.of("latin", "english name", "name (en", "الاسم بالانكليزي", "الاسم بالانجليزي",
                "لاتيني", "لاتینی"));
        WORDS.put(ImportField.VICTIM_NAME_AR, List.of("arabic name", "name (ar", "الاسم بالعربي", "ناوی عەرەبی"));
        WORDS.put(ImportField.VICTIM_BIRTH_YEAR, List.of("birth", "سنه الميلاد", "المواليد", "ساڵی لەدایکبوون"));
        WORDS.put(ImportField.END_DATE, List.of("end date", "until", "تاريخ الانتهاء", "کۆتایی"));
        WORDS.put(ImportField.INCIDENT_DATE, List.of("date", "تاريخ", "التاريخ", "بەروار", "ڕێکەوت"));
        WORDS.put(ImportField.GOVERNORATE, List.of("governorate", "province", "محافظه", "المحافظه", "پارێزگا"));
        WORDS.put(ImportField.LOCALITY, List.of("place", "location", "city", "district", "locality", "المكان", "الموقع", "المدينه", "شوێن"));
        WORDS.put(ImportField.VIOLATION_TYPE, List.of("type", "violation", "نوع", "الانتهاك", "جۆر", "پێشێلکاری"));
        WORDS.put(ImportField.NARRATIVE, List.of("narrative", "details", "description", "summary", "السرد", "التفاصيل", "الوصف", "ملخص",
                "وردەکاری", "گێڕانەوە"));
        WORDS.put(ImportField.VICTIM_DIED_ON, List.of("date of death", "died on", "died", "تاريخ الوفاة", "توفي في",
                "ڕێکەوتی مردن"));
        WORDS.put(ImportField.VICTIM_COMMUNITY, List.of("community", "religion", "ethnicity", "المكون", "الديانة", "القومية",
                "پێکهاتە", "ئایین"));
        WORDS.put(ImportField.DATE_NOTE, List.of("date note", "date uncertain", "about the date", "ملاحظة التاريخ",
                "ملاحظة على التاريخ", "تێبینی ڕێکەوت"));
        WORDS.put(ImportField.PERPETRATOR_CERTAINTY, List.of("certainty", "perpetrator certainty", "status of accusation",
                "درجة الاتهام", "ثبوت الاتهام", "دڵنیایی"));
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
        Map<String, ImportField> names = fieldNames();
        for (String header : headers) {
            ImportField named = names.get(comparable(header));
            if (named != null && !suggested.containsValue(named)) {
                suggested.put(header, named);
            }
        }
        for (String header : headers) {
            if (suggested.containsKey(header)) {
                continue;
            }
            String text = comparable(header);
            WORDS.entrySet().stream()
                    .filter(e -> !suggested.containsValue(e.getKey()))
                    .filter(e -> e.getValue().stream().anyMatch(word -> text.contains(comparable(word))))
                    .findFirst().ifPresent(e -> suggested.put(header, e.getKey()));
        }
        return suggested;
    }

    /** Every field's name in the three languages of the pages, as {@link #comparable} writes it. */
    private static Map<String, ImportField> fieldNames() {
        Map<String, ImportField> names = new HashMap<>();
        for (Locale language : Messages.SUPPORTED) {
            Messages messages = Messages.in(language);
            for (ImportField field : ImportField.values()) {
                names.putIfAbsent(comparable(messages.get("importField." + field.name())), field);
            }
        }
        return names;
    }

    /** Letters folded as names are (ة/ه, أ/ا, ي/ى…), lower case, brackets and runs of blanks made one space. */
    private static String comparable(String text) {
        return ArabicNames.normalise(text).toLowerCase(Locale.ROOT).replaceAll("[()\\[\\]]", " ").replaceAll("\\s+", " ").strip();
    }
}
