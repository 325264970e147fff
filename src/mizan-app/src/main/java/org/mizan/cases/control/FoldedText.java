package org.mizan.cases.control;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text folded so that what a reader takes for the same word compares equal: {@link ArabicNames#normalise} (hamza, teh
 * marbuta, Persian/Kurdish letters, diacritics, NBSP), plus the Kurdish letters a keyboard without them replaces by the
 * nearest Arabic letter, Latin accents (Hewlêr) and any script's digits. Spreadsheet cells and REST values are read
 * through it alike, so a word the importer understands is understood over REST too.
 */
public final class FoldedText {

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FoldedText() {
    }

    /** Folded letters and ASCII digits; punctuation kept, because a date's separators carry meaning. */
    public static String fold(String text) {
        String arabic = ArabicNames.normalise(text)
                .replace('ڕ', 'ر').replace('ڵ', 'ل').replace('ێ', 'ي').replace('ۆ', 'و')
                // Sorani writes a long u as وو, but not every writer does (کانوونی / کانونی).
                .replace("وو", "و");
        return asciiDigits(COMBINING.matcher(Normalizer.normalize(arabic, Normalizer.Form.NFD)).replaceAll(""));
    }

    /** Folded words only, single-spaced: for looking a value up in a vocabulary. */
    public static String key(String text) {
        return SPACES.matcher(PUNCTUATION.matcher(fold(text)).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** Any script's decimal digits as ASCII: Arabic-Indic ٢٠٢٠ and Persian ۲۰۲۰ are 2020; everything else unchanged. */
    public static String asciiDigits(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            ascii.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return ascii.toString();
    }
}
