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
            if (token != null) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** A word or hyphen-separated part of one, and whether a hyphen tied it to the next part. */
    private record Part(String text, boolean hyphenated) {
    }

    /** A token's phonemes and whether it carried the article. */
    private record Sound(String phonemes, boolean family) {
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
                sounds.add(new Sound(phonemes, afterArticle || arabicArticle));
                afterArticle = false;
            }
        }
        return sounds;
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
                joined.add(new Sound(sound.phonemes() + sounds.get(i + 1).phonemes(), false));
                i++;
            } else {
                joined.add(sound);
            }
        }
        return joined;
    }
}
