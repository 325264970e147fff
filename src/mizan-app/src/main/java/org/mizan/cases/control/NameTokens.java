package org.mizan.cases.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A full name split into its tokens, in order, each keyed by {@link PhoneticKey}. This is where the
 * structure of a name is handled: articles (which only mark the family name), "bin"/"ibn" links,
 * and "Abd al-X" compounds, which are one name however they are written.
 */
final class NameTokens {

    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s,;:/.()\\[\\]{}\"«»،؛]+");
    private static final Pattern HYPHENS = Pattern.compile("[-‐‑‒–—_]+");
    /** Articles that stand alone ("Al Zubaidi") as well as with a hyphen. */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ال");
    /** With a hyphen, the article may also be assimilated to a sun letter: ad-Dulaimi, ar-Rahman, ash-Shammari. */
    private static final Pattern HYPHENATED_ARTICLE = Pattern.compile("[aeu](l|d|dh|n|r|s|sh|t|th|z)");
    /** A name of one consonant and h, whose vowels Arabic does not write (Taha, طه). */
    private static final Pattern UNWRITTEN_VOWELS = Pattern.compile("[^aeiouyw']aha");
    /** An article standing between "Abd" and the rest of the name, as phonemes. */
    private static final Set<String> LOOSE_ARTICLES = Set.of("al", "el", "ul", "il");
    /** A Latin article written together with the name: Alkaabi, Aljanabi, Elsaadi (three letters at least must follow). */
    private static final Pattern FUSED_ARTICLE = Pattern.compile("^[ae]l(?=[a-z']{3})");
    /** "Son/daughter of" links names; keeping it would shift every following position of the chain. */
    private static final Set<String> LINKS = Set.of("bin", "ben", "ibn", "bint", "bn", "abn", "bnt");
    /** "Abd", "Abdul", "Abdel", "Abdur", "عبد" (phonemes): the first half of a compound given name. */
    private static final Pattern ABD = Pattern.compile("^[aeiou']bd([aeiou][lrsztnd])?$");

    private NameTokens() {
    }

    /** The tokens of a name in either script; empty for {@code null} or blank. */
    static List<NameToken> of(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        List<NameToken> tokens = new ArrayList<>();
        for (Sound sound : joinAbd(withoutLinks(sounds(parts(ArabicNames.clean(name)))))) {
            NameToken token = PhoneticKey.token(sound.phonemes(), sound.family());
            NameToken otherReading = sound.otherReading() == null ? null : PhoneticKey.token(sound.otherReading(), true);
            if (token != null) {
                tokens.add(otherReading == null ? token : token.alsoRead(otherReading));
            }
        }
        return tokens;
    }

    /** A word or hyphen-separated part of one, and whether a hyphen tied it to the next part. */
    private record Part(String text, boolean hyphenated) {
    }

    /**
     * A token's phonemes, whether it carried the article, and the phonemes of another reading of a Latin spelling, or
     * null: without an article fused to it (Almusawi, Elsaadi; only a possible reading, since Alwan and Aliyah are
     * names of their own), or the two letters Arabic writes for Taha (طه).
     */
    private record Sound(String phonemes, boolean family, String otherReading) {

        Sound(String phonemes, boolean family) {
            this(phonemes, family, null);
        }
    }

    private static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        for (String word : WORD_BREAKS.split(text.trim())) {
            String[] pieces = HYPHENS.split(word);
            for (int i = 0; i < pieces.length; i++) {
                if (!pieces[i].isEmpty()) {
                    parts.add(new Part(pieces[i], i + 1 < pieces.length));
                }
            }
        }
        return parts;
    }

    private static List<Sound> sounds(List<Part> parts) {
        List<Sound> sounds = new ArrayList<>();
        boolean afterArticle = false;
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (i + 1 < parts.size() && isArticle(part)) {
                afterArticle = true;
                continue;
            }
            String text = part.text();
            boolean arabicArticle = ArabicNames.containsArabic(text) && ArabicNames.startsWithArticle(text);
            String phonemes = PhoneticKey.of(arabicArticle ? text.substring(2) : text);
            if (!phonemes.isEmpty()) {
                sounds.add(new Sound(phonemes, afterArticle || arabicArticle, arabicArticle ? null : otherReading(phonemes)));
                afterArticle = false;
            }
        }
        return sounds;
    }

    private static String otherReading(String latinPhonemes) {
        if (FUSED_ARTICLE.matcher(latinPhonemes).find()) {
            return latinPhonemes.substring(2);
        }
        return UNWRITTEN_VOWELS.matcher(latinPhonemes).matches() ? latinPhonemes.charAt(0) + "h" : null;
    }

    private static boolean isArticle(Part part) {
        String text = part.text().toLowerCase(Locale.ROOT);
        return ARTICLES.contains(text) || part.hyphenated() && HYPHENATED_ARTICLE.matcher(text).matches();
    }

    /** Drops "bin"/"ibn"/"بن" between two names; first or last it may be a name of its own (بان, Ben). */
    private static List<Sound> withoutLinks(List<Sound> sounds) {
        List<Sound> kept = new ArrayList<>();
        for (int i = 0; i < sounds.size(); i++) {
            boolean inside = i > 0 && i + 1 < sounds.size();
            if (!(inside && LINKS.contains(sounds.get(i).phonemes()))) {
                kept.add(sounds.get(i));
            }
        }
        return kept;
    }

    /** "Abd" + the next token = one given name, never a family name even if the next one had the article. */
    private static List<Sound> joinAbd(List<Sound> sounds) {
        List<Sound> joined = new ArrayList<>();
        for (int i = 0; i < sounds.size(); i++) {
            Sound sound = sounds.get(i);
            if (i + 1 < sounds.size() && ABD.matcher(sound.phonemes()).matches()) {
                // "Abd-ul Rahman": the article came apart from both halves.
                boolean looseArticle = i + 2 < sounds.size() && LOOSE_ARTICLES.contains(sounds.get(i + 1).phonemes());
                int next = looseArticle ? i + 2 : i + 1;
                joined.add(new Sound(sound.phonemes() + sounds.get(next).phonemes(), false));
                i = next;
            } else {
                joined.add(sound);
            }
        }
        return joined;
    }
}
