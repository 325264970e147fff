package org.mizan.reports.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Initials of a name in either script: the first letter of the given name and of the last element of the
 * chain (family or tribe), "محمد حسن كاظم" → "م. ك.", "Mohammed Hassan Kadhim" → "M. K.". Only those two:
 * the father and grandfather in the middle of an Iraqi chain (docs/domain.md, Names) add little to a reader of a
 * public report and much to someone trying to find the family. The article is not an element's first
 * letter (al-Zubaidi → Z, الزبيدي → ز), and "bin", "ibn", "بن" are not elements.
 */
final class Initials {

    /** Latin article forms, with the assimilated ones (ad-Dulaimi, ash-Shammari, at-Tamimi…). */
    private static final Pattern LATIN_ARTICLE = Pattern.compile("(?i)^(al|el|ad|ar|as|ash|at|az|an|adh|ath)[-\u2010'’]");
    private static final Pattern ARABIC_DIACRITICS = Pattern.compile("[\u064B-\u0652\u0670\u0640]");
    private static final List<String> LINKS = List.of("bin", "ibn", "bint", "al", "el", "بن", "بنت", "ابن");

    private Initials() {
    }

    /** "X. Y.", "X." for a single element, or null when the name has no letters (or is null). */
    static String of(String name) {
        if (name == null) {
            return null;
        }
        List<String> letters = new ArrayList<>();
        for (String element : ARABIC_DIACRITICS.matcher(name).replaceAll("").split("[\\s\u200c\u200f\u200e]+")) {
            if (LINKS.contains(element.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String initial = firstLetter(withoutArticle(element));
            if (initial != null) {
                letters.add(initial);
            }
        }
        if (letters.isEmpty()) {
            return null;
        }
        String first = letters.get(0) + ".";
        return letters.size() == 1 ? first : first + " " + letters.get(letters.size() - 1) + ".";
    }

    private static String withoutArticle(String element) {
        String latin = LATIN_ARTICLE.matcher(element).replaceFirst("");
        if (!latin.equals(element)) {
            return latin;
        }
        // الزبيدي → زبيدي; but not a two-letter word, and not "الله" (عبد الله keeps its own letter for عبد).
        return element.startsWith("ال") && element.length() > 3 && !element.equals("الله") ? element.substring(2) : element;
    }

    /** The first letter, upper case in Latin; apostrophes and ʿayn marks before it ('Abbas, ʿAli) are skipped. */
    private static String firstLetter(String element) {
        java.util.OptionalInt letter = element.codePoints()
                .filter(c -> Character.isLetter(c) && Character.getType(c) != Character.MODIFIER_LETTER).findFirst();
        return letter.isPresent() ? Character.toString(Character.toUpperCase(letter.getAsInt())) : null;
    }
}
