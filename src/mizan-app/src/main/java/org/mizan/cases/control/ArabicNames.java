package org.mizan.cases.control;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Arabic (and Kurdish, Persian-keyboard) text made comparable: {@link #normalise} for search in one
 * script, {@link #latinKey} for matching a name across scripts and spellings, {@link #latinDisplay}
 * for showing an Arabic-only name to someone who cannot read it. See docs/domain.md, Names.
 */
public final class ArabicNames {

    /*
     * Harakat U+064B–U+0652, superscript alef U+0670, tatweel U+0640 (docs/domain.md), plus maddah and hamza marks
     * U+0653–U+0655: NFKC composes them onto alef/waw/yeh, which are folded to the bare letter anyway,
     * so a stray one left over must not make two spellings differ.
     */
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u0655\\u0670\\u0640]");
    /** Zero-width and bidi controls come with copy-paste from documents and are invisible to the reader. */
    private static final Pattern INVISIBLES = Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ARABIC_LETTER = Pattern.compile("[\\p{IsArabic}&&\\p{L}]");
    private static final Map<Character, Character> LETTER_FOLDS = Map.ofEntries(
            Map.entry('أ', 'ا'), Map.entry('إ', 'ا'), Map.entry('آ', 'ا'), Map.entry('ٱ', 'ا'),
            Map.entry('ى', 'ي'), Map.entry('ة', 'ه'), Map.entry('ؤ', 'و'), Map.entry('ئ', 'ي'),
            // Persian/Kurdish keyboards type these for the Arabic letters; Urdu forms of heh likewise.
            Map.entry('ک', 'ك'), Map.entry('ڪ', 'ك'), Map.entry('ی', 'ي'),
            Map.entry('ە', 'ه'), Map.entry('ھ', 'ه'), Map.entry('ہ', 'ه'), Map.entry('ۀ', 'ه'));

    /** ICU writes the letters with no Latin equivalent in a scholarly way; readers expect the Iraqi spellings. */
    private static final Map<String, String> DISPLAY_LETTERS = Map.ofEntries(
            Map.entry("tẖ", "th"), Map.entry("dẖ", "dh"), Map.entry("kẖ", "kh"), Map.entry("sẖ", "sh"),
            Map.entry("gẖ", "gh"), Map.entry("cẖ", "ch"), Map.entry("zẖ", "zh"),
            // Iraqis write both ظ and ض as "dh": Kadhim, Fadhil, Ramadhan.
            Map.entry("ẓ", "dh"), Map.entry("ḍ", "dh"),
            // ة and ى are pronounced "a" at the end of a name (Fatima, Mustafa); Kurdish ە is "e".
            Map.entry("ẗ", "a"), Map.entry("y\u0331", "a"), Map.entry("ĥ", "e"),
            Map.entry("ʿ", "'"), Map.entry("ʾ", "'"));
    private static final Pattern ALLAH = Pattern.compile("ال[\\u064B-\\u0652\\u0670]*ل[\\u064B-\\u0652\\u0670]*ه$");
    private static final String LATIN_CONSONANTS = "bcdfghjklmnpqrstvxz";

    private ArabicNames() {
    }

    /**
     * Text folded so that the usual spelling variants of Arabic compare equal (docs/domain.md, Names): NFKC
     * (presentation forms and ligatures), no diacritics or tatweel, hamza carriers and Persian/Kurdish
     * letters folded to the plain Arabic letter, lowercase, single spaces. Works on any text, so it
     * also serves full-text search; Latin only gets NFKC and lowercase. {@code null} gives "".
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = clean(text);
        StringBuilder folded = new StringBuilder(cleaned.length());
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            folded.append(LETTER_FOLDS.getOrDefault(c, c));
        }
        return SPACES.matcher(folded.toString().toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * A phonetic key, the same for a name written in Arabic or in any of its usual Latin spellings:
     * "Mohammed", "Muhammad" and "محمد" all give {@code mhmd}; "Ali Hassan Kadhim al-Zubaidi" and
     * "علي حسن كاظم الزبيدي" both give {@code ali hsn kzm zbydi}. One key per name token, in order,
     * separated by single spaces; "" for {@code null} or blank.
     *
     * <p>How, and why:
     * <ul>
     * <li>Arabic is normalised, then transliterated with ICU, whose letters are mapped onto the sounds
     * Latin spellings use for them (ظ and ض as "dh" like Kadhim and Fadhil, ث as "th"); Latin loses its
     * accents. Both then meet in one skeleton, because Latin spellings differ mostly in vowels, which
     * Arabic does not write at all.</li>
     * <li>The article (al-, el-, Al, ad-/ar-/as-..., الـ) is dropped: it is written or not at will.
     * "Abd"/"Abdul"/"عبد" is joined to the next token, because "Abd al-Rahman", "Abdulrahman" and
     * "عبد الرحمن" are one name. "bin"/"ibn"/"بن" inside a chain only link names and are dropped.</li>
     * <li>Letters that spell one sound are one symbol: dh/th/z/ẓ/ḍ → z (Kadhim = Kazem = Kathim),
     * q/c/ck → k (Qasim = Kassem), kh → x, sh/ch → c, gh → g, ph → f, dj/zh → j; doubled letters count
     * once (Mohammed = Mohamed).</li>
     * <li>Short vowels are dropped; a leading vowel, ayn or hamza is kept as "a" (Ali, Omar and عمر
     * start alike). Long vowels that Arabic writes as ي/و are kept as y/w when the Latin spelling shows
     * them too (ei, ai, ee, ie → y; ou, oo → w): this is what tells Hussein/حسين ({@code hsyn}) from
     * Hassan/حسن ({@code hsn}). A single Latin i/u is left out, because Kadhim must still meet كاظم;
     * {@link NameChain} forgives that missing y/w when comparing (Karim ≈ كريم).</li>
     * <li>Beyond the key, a token keeps the other keys its Latin spelling may stand for ({@link NameToken#readings}):
     * a single vowel, ee/oo/ou, a hamza between vowels, d for ض, g for ق or ج, k for خ, a fused article, a final -e
     * or -aie. Search looks each of them up, so "Sajjad Almusawi" meets سجاد الموسوي.</li>
     * <li>The last vowel stays, as a class a/i/u, because it tells apart names with the same
     * consonants (Ali/علي {@code ali} against Alaa/علاء {@code ala}). A final h or ة/ه reads as "a"
     * (Fatima = Fatimah = فاطمة), and a final ى too (Mustafa = مصطفى).</li>
     * </ul>
     */
    public static String latinKey(String name) {
        return NameTokens.of(name).stream().map(NameToken::key).collect(Collectors.joining(" "));
    }

    /**
     * A readable Latin rendering of an Arabic name, such as "Ali Hsn Kadhm al-Zbidi" for unvowelled
     * "علي حسن كاظم الزبيدي", or "Ali Hasan" when the Arabic carries its vowel marks. Arabic does not
     * write short vowels, so this shows the consonants faithfully rather than guessing a spelling.
     * Latin words pass through unchanged. "" for {@code null} or blank.
     */
    public static String latinDisplay(String arabic) {
        if (arabic == null || arabic.isBlank()) {
            return "";
        }
        String text = INVISIBLES.matcher(Normalizer.normalize(arabic, Normalizer.Form.NFKC)).replaceAll("")
                .replace("\u0640", "");
        List<String> words = new ArrayList<>();
        for (String word : SPACES.split(text.trim())) {
            words.add(containsArabic(word) ? displayWord(word) : word);
        }
        return String.join(" ", words);
    }

    /** Whether the text has any Arabic-script letter (Arabic, Kurdish, Persian). */
    public static boolean containsArabic(String text) {
        return text != null && ARABIC_LETTER.matcher(text).find();
    }

    /** NFKC without invisible controls, diacritics and tatweel; letters are left as written. */
    static String clean(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return ARABIC_MARKS.matcher(INVISIBLES.matcher(nfkc).replaceAll("")).replaceAll("");
    }

    /**
     * Whether an Arabic word starts with the article. Checked before hamza folding on purpose:
     * إلهام (Ilham) starts with إل, which is part of the name, not the article.
     */
    static boolean startsWithArticle(String arabicWord) {
        return arabicWord.length() >= 4 && (arabicWord.startsWith("ال") || arabicWord.startsWith("ٱل"));
    }

    /**
     * A word prepared for ICU: Kurdish letters it leaves untransliterated become the nearest Arabic
     * letter, and a word-initial ئ, the Kurdish carrier of a first vowel (ئاراس = Aras, ئەحمەد = Ahmed),
     * becomes alef rather than y.
     */
    static String readableLetters(String word) {
        String arabic = word.replace('ڕ', 'ر').replace('ڵ', 'ل').replace('ۆ', 'و').replace('ێ', 'ي').replace('ٱ', 'ا');
        if (!arabic.startsWith("ئ")) {
            return arabic;
        }
        String rest = arabic.substring(1);
        return "ا" + (rest.startsWith("ا") || rest.startsWith("ە") ? rest.substring(1) : rest);
    }

    /** ICU's Arabic-Latin (reached through Any-Latin, so other scripts work too). */
    static String toLatin(String text) {
        return Icu.toLatin(text);
    }

    /**
     * ICU's Latin for the text in lowercase, with its letters that carry a meaning in their accents
     * (ẓ, tẖ, ʿ...) first replaced by {@code letters}, and every other accent then dropped.
     */
    static String toPlainLatin(String text, Map<String, String> letters) {
        String latin = Normalizer.normalize(toLatin(text), Normalizer.Form.NFC);
        for (Map.Entry<String, String> letter : letters.entrySet()) {
            latin = latin.replace(letter.getKey(), letter.getValue());
        }
        return withoutAccents(latin).toLowerCase(Locale.ROOT);
    }

    /** Latin letters without accents or other combining marks. */
    static String withoutAccents(String text) {
        return COMBINING.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }

    private static String displayWord(String arabicWord) {
        // ICU spells الله letter by letter ("llh"); everyone writes it Allah (Abdallah, Abd Allah).
        String word = ALLAH.matcher(arabicWord).replaceFirst("Allah");
        boolean article = startsWithArticle(word);
        String latin = toPlainLatin(readableLetters(article ? word.substring(2) : word), DISPLAY_LETTERS);
        return (article ? "al-" : "") + capitalised(readableGlides(leadingAyn(latin)));
    }

    /**
     * A word-initial ayn/hamza carries the first vowel, which unvowelled Arabic leaves out: before a
     * consonant it is heard as "a" (علي → Ali), before ي/و as i/u (عيسى → Isa); before a vowel it is silent.
     */
    private static String leadingAyn(String latin) {
        if (!latin.startsWith("'")) {
            return latin;
        }
        String rest = latin.substring(1);
        if (rest.isEmpty() || !isConsonant(rest.charAt(0)) && "yw".indexOf(rest.charAt(0)) < 0) {
            return rest;
        }
        boolean longVowel = "yw".indexOf(rest.charAt(0)) >= 0 && rest.length() > 1 && isConsonant(rest.charAt(1));
        if (longVowel) {
            return (rest.charAt(0) == 'y' ? "i" : "u") + rest.substring(1);
        }
        return "a" + rest;
    }

    /** Unvowelled Arabic gives y/w between consonants where a reader expects the vowels i/u (Zbydy → Zbidi). */
    private static String readableGlides(String latin) {
        StringBuilder out = new StringBuilder(latin);
        for (int i = 1; i < out.length(); i++) {
            char c = out.charAt(i);
            boolean afterConsonant = isConsonant(out.charAt(i - 1));
            boolean beforeConsonantOrEnd = i + 1 == out.length() || isConsonant(out.charAt(i + 1));
            if ((c == 'y' || c == 'w') && afterConsonant && beforeConsonantOrEnd) {
                out.setCharAt(i, c == 'y' ? 'i' : 'u');
            }
        }
        return out.toString();
    }

    private static boolean isConsonant(char c) {
        return LATIN_CONSONANTS.indexOf(c) >= 0;
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /**
     * One shared ICU transliterator. ICU documents Transliterator as not safe to share between threads
     * without synchronisation; a ThreadLocal would not buy parallelism either, because ICU's rule-based
     * transliterators synchronise on their shared rule data internally. Loaded on first use: building
     * it reads ICU's rule files, which takes a noticeable moment.
     */
    private static final class Icu {
        private static final Transliterator ANY_LATIN = Transliterator.getInstance("Any-Latin");

        static String toLatin(String text) {
            synchronized (ANY_LATIN) {
                return ANY_LATIN.transliterate(text);
            }
        }
    }
}
