package org.mizan.imports.control;

import org.mizan.cases.control.ArabicNames;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Spreadsheet text folded so that what a reader takes for the same word compares equal: {@link ArabicNames#normalise}
 * (hamza, teh marbuta, Persian/Kurdish letters, diacritics, NBSP), plus the Kurdish letters a keyboard without them
 * replaces by the nearest Arabic letter, Latin accents (Hewlêr) and any script's digits.
 */
final class ImportText {

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ImportText() {
    }

    /** Folded letters and ASCII digits; punctuation kept, because a date's separators carry meaning. */
    static String fold(String text) {
        String arabic = ArabicNames.normalise(text)
                .replace('ڕ', 'ر').replace('ڵ', 'ل').replace('ێ', 'ي').replace('ۆ', 'و')
                // Sorani writes a long u as وو, but not every writer does (کانوونی / کانونی).
                .replace("وو", "و");
        return ImportDates.asciiDigits(COMBINING.matcher(Normalizer.normalize(arabic, Normalizer.Form.NFD)).replaceAll(""));
    }

    /** Folded words only, single-spaced: for looking a value up in a vocabulary. */
    static String key(String text) {
        return SPACES.matcher(PUNCTUATION.matcher(fold(text)).replaceAll(" ")).replaceAll(" ").strip();
    }
}
