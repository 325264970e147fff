package org.mizan.cases.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sound of one name token, script-independent. Both scripts are first turned into "phonemes", a
 * lowercase Latin string in which each consonant sound is one letter (x = kh, c = sh, z = dh/th/z)
 * and an apostrophe stands for ayn or hamza; {@link #token} then reduces that to the key. The rules
 * and their reasons are documented on {@link ArabicNames#latinKey}.
 */
final class PhoneticKey {

    /** Letters that make up a vowel group: vowels, the glides y/w, and ayn/hamza. */
    private static final String GROUP = "aeiouyw'";
    /** Above this many readings of a token only the key and the one taking every other option are kept. */
    private static final int MAX_READINGS = 64;
    private static final Pattern HIATUS_W = Pattern.compile("[uo][aei]");
    private static final Pattern HIATUS_Y = Pattern.compile("a[ei]");
    private static final Set<String> LONG_SPELLINGS = Set.of("ii", "uu", "ou");

    private static final Map<String, String> LATIN_DIGRAPHS = Map.ofEntries(
            Map.entry("kh", "x"), Map.entry("gh", "g"), Map.entry("sh", "c"), Map.entry("ch", "c"),
            Map.entry("zh", "j"), Map.entry("dh", "z"), Map.entry("th", "z"), Map.entry("dz", "z"),
            Map.entry("ph", "f"), Map.entry("dj", "j"), Map.entry("ck", "k"));
    private static final Map<Character, String> LATIN_LETTERS = Map.of('q', "k", 'c', "k");
    private static final Map<Character, List<String>> AMBIGUOUS_CONSONANTS = Map.of('d', List.of("z"), 'g', List.of("k", "j"),
            'k', List.of("x"));
    /*
     * ICU marks its digraphs with ẖ (U+1E96), so ت+ه stays "th" as two sounds here and never becomes ث.
     * ظ and ض both go to z: Iraqi spellings write both as "dh" (Kadhim, Fadhil), which folds to z.
     */
    private static final Map<String, String> ICU_LETTERS = Map.ofEntries(
            Map.entry("tẖ", "z"), Map.entry("dẖ", "z"), Map.entry("kẖ", "x"), Map.entry("sẖ", "c"),
            Map.entry("gẖ", "g"), Map.entry("cẖ", "c"), Map.entry("zẖ", "j"),
            Map.entry("ẓ", "z"), Map.entry("ḍ", "z"), Map.entry("q", "k"),
            Map.entry("ʿ", "'"), Map.entry("ʾ", "'"));
    private static final Pattern NOT_PHONEME = Pattern.compile("[^a-z']");
    private static final Pattern APOSTROPHES = Pattern.compile("[’‘`´ʿʾʼ]");
    /** "Ou" before a vowel is the French spelling of w (Ouazni = Wazni, Oualid = Walid). */
    private static final Pattern FRENCH_W = Pattern.compile("^ou(?=[aeiy])");
    /** The article glued inside an abd-name: Abdullah, Abdelkarim, عبدالله. */
    private static final Pattern ABD_ARTICLE = Pattern.compile("^[aeiou']bd[aeiou]l(?=[a-z'])");

    private PhoneticKey() {
    }

    /** Phonemes of a Latin-script word (accents dropped, so "Kāẓim" is spelled like "Kazim"). */
    static String fromLatin(String word) {
        String plain = APOSTROPHES.matcher(ArabicNames.withoutAccents(word).toLowerCase(Locale.ROOT)).replaceAll("'");
        plain = FRENCH_W.matcher(NOT_PHONEME.matcher(plain).replaceAll("")).replaceFirst("w");
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            String digraph = i + 1 < plain.length() ? LATIN_DIGRAPHS.get(plain.substring(i, i + 2)) : null;
            if (digraph != null) {
                out.append(digraph);
                i++;
            } else {
                char c = plain.charAt(i);
                out.append(LATIN_LETTERS.getOrDefault(c, String.valueOf(c)));
            }
        }
        return out.toString();
    }

    /** Phonemes of an Arabic-script word, article already removed. */
    static String fromArabic(String word) {
        // A final ى is read "a" (Mustafa, Musa, Huda); normalise would make it ي, which reads "i".
        // Kurdish ە is the vowel e (ئەحمەد = Ahmed), not the h that normalise makes of it.
        String arabic = ArabicNames.readableLetters(word).replace('ى', 'ا').replace('ە', 'ا');
        String latin = ArabicNames.toPlainLatin(ArabicNames.normalise(arabic), ICU_LETTERS);
        return NOT_PHONEME.matcher(latin).replaceAll("");
    }

    /** Phonemes of a word in any script. */
    static String of(String word) {
        if (ArabicNames.containsArabic(word)) {
            return fromArabic(word);
        }
        boolean latinOnly = word.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        return fromLatin(latinOnly ? word : ArabicNames.toLatin(word));
    }

    /** The key of one token from its phonemes; {@code null} when nothing is left to key on. */
    static NameToken token(String phonemes, boolean family) {
        String sound = collapseDoubles(finalH(ABD_ARTICLE.matcher(phonemes).replaceFirst("abd")));
        if (sound.replace("'", "").isEmpty()) {
            return null;
        }
        List<String[]> segments = skeleton(sound);
        return new NameToken(reading(segments, 0), readings(segments), family);
    }

    /**
     * A final h, after its vowel, reads as "a": Fatimah = Fatima, and ة/ه or ح at the end of an Arabic
     * name (فاطمه, صالح) meet Fatima and Saleh/Salih. A y/w before it stays: سميه = Sumaya.
     */
    private static String finalH(String s) {
        if (s.length() <= 2 || !s.endsWith("h")) {
            return s;
        }
        int end = s.length() - 1;
        while (end > 1 && "aeiou'".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end) + "a";
    }

    /** Doubled letters count once (Mohammed, Kassem; Arabic has dropped its shadda already), except ee/oo/ii/uu, which mark long vowels. */
    private static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1) || "eiou".indexOf(c) >= 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Consonants as they are, vowel groups reduced; each segment holds its key form and, for a single
     * Latin vowel between consonants or a consonant written for another (d for ض), its other reading as second element.
     */
    private static List<String[]> skeleton(String sound) {
        List<String[]> segments = new ArrayList<>();
        int i = 0;
        while (i < sound.length()) {
            // A word-initial y/w is a consonant (Yousif, Walid, Wazni).
            if (!isGroupLetter(sound.charAt(i)) || (i == 0 && "yw".indexOf(sound.charAt(i)) >= 0)) {
                segments.add(consonant(sound.charAt(i)));
                i++;
                continue;
            }
            int end = i;
            while (end < sound.length() && isGroupLetter(sound.charAt(end))) {
                end++;
            }
            segments.add(vowelGroup(sound.substring(i, end), i == 0, end == sound.length()));
            i = end;
        }
        return segments;
    }

    /**
     * A consonant, with the letter it may also stand for: Latin d is often written for ض (Fadil, Ramadan: فاضل, رمضان),
     * Iraqi speech says ق as g (Gasim for قاسم) and Egyptian spellings write ج as g (Khafagi), and k is written for خ
     * (Kudair for خضير).
     */
    private static String[] consonant(char c) {
        List<String> options = new ArrayList<>(List.of(String.valueOf(c)));
        options.addAll(AMBIGUOUS_CONSONANTS.getOrDefault(c, List.of()));
        return options.toArray(String[]::new);
    }

    private static String[] vowelGroup(String group, boolean leading, boolean last) {
        String g = group.replace("'", "").replace("ee", "ii").replace("oo", "uu");
        if (leading && last && g.length() <= 1) {
            return new String[]{"a"};
        }
        if (last) {
            return finalGroup(g, leading);
        }
        if (leading) {
            return new String[]{"a" + consonantalGlides(group.substring(1))};
        }
        // A single Latin vowel may stand for the long one Arabic writes: Musawi, Jubori for الموسوي, الجبوري.
        if (g.equals("i") || g.equals("e")) {
            return new String[]{"", "y"};
        }
        if (g.equals("u") || g.equals("o")) {
            return new String[]{"", "w"};
        }
        String glides = glides(g, g.length());
        if (glides.isEmpty()) {
            // A hamza or ayn between two vowels, which Arabic may carry on و or ي: Muammal مؤمل, Raed رائد.
            if (HIATUS_W.matcher(g).find()) {
                return new String[]{"", "w"};
            }
            return HIATUS_Y.matcher(g).find() ? new String[]{"", "y"} : new String[]{""};
        }
        // ee, oo, ou spell a long vowel, but are also written for a short one (Ameena آمنة, Houda هدى); a vowel after an
        // ayn or hamza may be short too (Sa'idi الساعدي).
        boolean written = g.indexOf('y') >= 0 || g.indexOf('w') >= 0;
        return LONG_SPELLINGS.contains(g) || group.indexOf('\'') > 0 && !written ? new String[]{glides, ""} : new String[]{glides};
    }

    /**
     * A word's last vowel group: its glides and the vowel class, and the other readings of a Latin ending. A final e is
     * Kurdish ێ as often as it is a taa marbuta (Hawre هاوڕێ); -aie may be ائي or يعي (Taie الطائي, Rubaie الربيعي);
     * -uay may carry its hamza on و (Luay لؤي).
     */
    private static String[] finalGroup(String g, boolean leading) {
        String body = leading ? g.substring(1) : g;
        String start = leading ? "a" : "";
        String glides = glides(body, body.length() - 1);
        List<String> classes = g.endsWith("e") ? List.of(finalClass(g), "i") : List.of(finalClass(g));
        Set<String> options = new LinkedHashSet<>();
        for (String vowelClass : classes) {
            options.add(start + glides + vowelClass);
            if (!glides.isEmpty() && body.indexOf('y') < 0 && body.indexOf('w') < 0) {
                options.add(start + vowelClass);
            }
            if (glides.isEmpty() && HIATUS_W.matcher(body).find()) {
                options.add(start + "w" + vowelClass);
            }
        }
        return options.toArray(String[]::new);
    }

    /** The last vowel as a class: i (Ali, علي), u (Abu, ابو) or a (Alaa, Huda, Fatima, and an ayn/hamza alone). */
    private static String finalClass(String g) {
        if (g.isEmpty()) {
            return "a";
        }
        char last = g.charAt(g.length() - 1);
        return "iy".indexOf(last) >= 0 ? "i" : "uow".indexOf(last) >= 0 ? "u" : "a";
    }

    /**
     * What a vowel group between consonants keeps: y/w as written (Arabic ي/و, Latin Marwan, Sayed),
     * i before another vowel as y (Ziad, Diaa), and the spellings of long vowels and diphthongs
     * (ai, ei, ii/ee, ie → y; ou, uu/oo, au → w). Short vowels and ayn/hamza leave nothing.
     * Only the letters before {@code end} are read; in a final group the last letter is the
     * vowel class, which may still turn an i before it into y (Diaa) but is not read as a diphthong.
     */
    private static String glides(String g, int end) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < end; i++) {
            char c = g.charAt(i);
            String pair = i + 1 < end ? g.substring(i, i + 2) : "";
            boolean beforeVowel = i + 1 < g.length() && "aeou".indexOf(g.charAt(i + 1)) >= 0;
            if (c == 'y' || c == 'w') {
                appendOnce(out, c);
            } else if (c == 'i' && beforeVowel) {
                appendOnce(out, 'y');
            } else if (pair.equals("ai") || pair.equals("ei") || pair.equals("ii")) {
                appendOnce(out, 'y');
                i++;
            } else if (pair.equals("ou") || pair.equals("uu") || pair.equals("au")) {
                appendOnce(out, 'w');
                i++;
            }
        }
        return out.toString();
    }

    /** After a leading vowel only a y/w that is followed by a vowel counts (Iyad, Eyad, اياد); عيسى and Issa start alike. */
    private static String consonantalGlides(String rest) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == 'y' || c == 'w') {
                appendOnce(out, c);
            }
        }
        return out.toString();
    }

    private static void appendOnce(StringBuilder out, char c) {
        if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
            out.append(c);
        }
    }

    private static boolean isGroupLetter(char c) {
        return GROUP.indexOf(c) >= 0;
    }

    /**
     * The key and its other readings: every combination of the segments' options, or when there are too many, the key
     * and the reading that takes every segment's second option.
     */
    private static Set<String> readings(List<String[]> segments) {
        long combinations = 1;
        for (String[] segment : segments) {
            combinations *= segment.length;
        }
        Set<String> readings = new LinkedHashSet<>();
        if (combinations > MAX_READINGS) {
            readings.add(reading(segments, 0));
            readings.add(reading(segments, 1));
            return readings;
        }
        List<String> partial = List.of("");
        for (String[] segment : segments) {
            List<String> longer = new ArrayList<>();
            for (String prefix : partial) {
                for (String option : segment) {
                    longer.add(prefix + option);
                }
            }
            partial = longer;
        }
        readings.addAll(partial);
        return readings;
    }

    /** Each segment's option {@code choice}, or its first when it has no such option. */
    private static String reading(List<String[]> segments, int choice) {
        StringBuilder out = new StringBuilder();
        for (String[] segment : segments) {
            out.append(segment[Math.min(choice, segment.length - 1)]);
        }
        return out.toString();
    }
}
