package org.mizan.memorial.control;

import org.mizan.cases.control.FoldedText;
import org.mizan.memorial.entity.LeakKind;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last check before a memorial site is written: every generated file, as the bytes that would be published, against
 * every value that must never be public. Text files are read as a browser or a search engine would (UTF-8, character
 * references and percent-escapes decoded), then folded like the search folds names (Arabic spelling variants, Kurdish
 * letters, any script's digits, punctuation as spaces, lowercase), so that {@code &#1606;}, {@code %D9%86}, {@code ن},
 * {@code ٠٧٧٠} and {@code 0770} are all seen for what they are. Images are checked for metadata blocks instead.
 *
 * <p>The matching rules, chosen so that one shared given name does not block every publication while a name still cannot
 * slip through:
 * <ul>
 * <li>Phone numbers compare digits only, by their last nine digits (the number without the country code or the trunk 0);
 * a number of fewer than seven digits is not a phone number. The text's digit runs may be split by one space, dash,
 * dot or bracket between digits.</li>
 * <li>Names, aliases, contact names and addresses compare as whole words in order ("Zahraa Karim al-Saadi" is the three
 * words {@code zahraa karim al saadi}), never as parts of words. A one-word name or alias counts only from five
 * letters up, and only when it is not a word of a name the site publishes: "Zahraa" alone, shared with a consented
 * Zahraa, cannot be told apart and is not a finding; "Zahraa Karim al-Saadi" is. A name spelled exactly like a name
 * the site publishes is that published person's name, and a name found only inside a published name ("Ali Hassan" inside
 * "Ali Hassan Kadhim", the way Arabic name chains go) is part of that name, not a mention of someone else.</li>
 * <li>A contact's name or address of one word (a first name, a town) cannot be told from any other use of the word and
 * counts only when it holds a digit, as handles do ({@code fatima1990}); of two words or more it always counts.</li>
 * <li>Usernames and case references compare as whole words too; a username that is a word of a published name is left
 * out for the same reason.</li>
 * </ul>
 * A finding says which file and which kind, never the value: the report of a leak must not be a leak.
 */
public final class LeakScanner {

    static final int MIN_PHONE_DIGITS = 7;
    static final int PHONE_KEY_DIGITS = 9;
    static final int MIN_ONE_WORD_NAME = 5;
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[\\s\\-.()/]?\\d)*");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PERCENT_RUN = Pattern.compile("(?:%[0-9a-fA-F]{2})+");
    private static final Map<String, String> NAMED_REFERENCES = Map.of("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", "\"",
            "&apos;", "'", "&nbsp;", " ");

    /** One thing found: the file (its path in the site) and the kind of leak. */
    public record Finding(String file, LeakKind kind) {
    }

    /**
     * What must never be published, in clear as stored: {@code published} are the names the site does publish (consented
     * victims), which decide the exceptions above. Held only in memory while one publication is checked.
     */
    public record Secrets(Collection<String> phones, Collection<String> contactTexts, Collection<String> names,
                          Collection<String> usernames, Collection<String> references, Collection<String> published) {
    }

    /** Phone keys by their length (seven to nine digits), so that a digit run is looked up window by window. */
    private final Map<Integer, Set<String>> phoneKeys = new HashMap<>();
    /**
     * Each word sequence by its length, then by its first and last word ("zahraa saadi"): a text is walked once, and at
     * each word only the few sequences that start and end there are compared, however many names share a given name.
     */
    private final Map<Integer, Map<String, List<Sequence>>> byEnds = new HashMap<>();

    /** A forbidden word sequence; kind null for a published name, which covers what it contains. */
    private record Sequence(LeakKind kind, String[] words) {
    }

    public LeakScanner(Secrets secrets) {
        Set<String> publishedNames = new HashSet<>();
        Set<String> publishedWords = new HashSet<>();
        for (String name : secrets.published()) {
            String key = key(name);
            if (!key.isEmpty() && publishedNames.add(key)) {
                publishedWords.addAll(List.of(key.split(" ")));
                add(null, key);
            }
        }
        secrets.phones().forEach(this::addPhone);
        for (String text : secrets.contactTexts()) {
            // A messenger handle is often a number; as a number it is compared as one.
            if (digits(text).length() >= MIN_PHONE_DIGITS && digits(text).length() * 2 >= text.strip().length()) {
                addPhone(text);
            } else {
                addName(LeakKind.CONTACT, text, publishedNames, publishedWords);
            }
        }
        secrets.names().forEach(name -> addName(LeakKind.NAME, name, publishedNames, publishedWords));
        for (String username : secrets.usernames()) {
            String key = key(username);
            if (!key.isEmpty() && !publishedWords.contains(key)) {
                add(LeakKind.USERNAME, key);
            }
        }
        secrets.references().stream().map(LeakScanner::key).filter(k -> !k.isEmpty()).forEach(k -> add(LeakKind.REFERENCE, k));
    }

    private void add(LeakKind kind, String key) {
        String[] sequence = key.split(" ");
        byEnds.computeIfAbsent(sequence.length, length -> new HashMap<>())
                .computeIfAbsent(ends(sequence, 0, sequence.length), ends -> new ArrayList<>()).add(new Sequence(kind, sequence));
    }

    private void addPhone(String phone) {
        String digits = digits(phone);
        if (digits.length() >= MIN_PHONE_DIGITS) {
            String key = digits.substring(Math.max(0, digits.length() - PHONE_KEY_DIGITS));
            phoneKeys.computeIfAbsent(key.length(), length -> new HashSet<>()).add(key);
        }
    }

    private void addName(LeakKind kind, String name, Set<String> publishedNames, Set<String> publishedWords) {
        String key = key(name);
        if (key.isEmpty() || publishedNames.contains(key)) {
            return;
        }
        boolean oneWord = !key.contains(" ");
        if (oneWord && (key.length() < MIN_ONE_WORD_NAME || publishedWords.contains(key)
                || kind == LeakKind.CONTACT && !key.matches(".*[0-9].*"))) {
            return;
        }
        add(kind, key);
    }

    /** Every finding, in file order; empty when the site may be published. Files are read in parallel, in no shared state. */
    public List<Finding> scan(Map<String, byte[]> files) {
        return files.entrySet().parallelStream().flatMap(file -> scan(file.getKey(), file.getValue()).stream()).toList();
    }

    private List<Finding> scan(String path, byte[] bytes) {
        if (ImageMetadata.isImage(path)) {
            return ImageMetadata.carriesMetadata(bytes) ? List.of(new Finding(path, LeakKind.IMAGE_METADATA)) : List.of();
        }
        List<Finding> found = new ArrayList<>();
        // Folded once: folding is what costs, the rest is a walk over the words.
        String folded = FoldedText.fold(readable(new String(bytes, StandardCharsets.UTF_8)));
        if (containsPhone(folded)) {
            found.add(new Finding(path, LeakKind.CONTACT));
        }
        String[] words = words(folded);
        boolean[] published = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            for (Sequence sequence : startingAt(words, i)) {
                if (sequence.kind() == null) {
                    Arrays.fill(published, i, i + sequence.words().length, true);
                }
            }
        }
        Set<LeakKind> kinds = EnumSet.noneOf(LeakKind.class);
        for (int i = 0; i < words.length; i++) {
            for (Sequence sequence : startingAt(words, i)) {
                if (sequence.kind() != null && !within(published, i, sequence.words().length)) {
                    kinds.add(sequence.kind());
                }
            }
        }
        kinds.forEach(kind -> found.add(new Finding(path, kind)));
        return found;
    }

    /** The words of folded text, as {@code FoldedText.key} makes them, without folding it a second time. */
    private static String[] words(String folded) {
        return SPACES.matcher(PUNCTUATION.matcher(folded).replaceAll(" ")).replaceAll(" ").strip().split(" ");
    }

    /** The sequences that stand in the text from word {@code at} on. */
    private List<Sequence> startingAt(String[] words, int at) {
        List<Sequence> found = new ArrayList<>(0);
        for (Map.Entry<Integer, Map<String, List<Sequence>>> ofLength : byEnds.entrySet()) {
            int length = ofLength.getKey();
            if (at + length <= words.length) {
                for (Sequence sequence : ofLength.getValue().getOrDefault(ends(words, at, length), List.of())) {
                    if (startsAt(words, at, sequence.words())) {
                        found.add(sequence);
                    }
                }
            }
        }
        return found;
    }

    private static String ends(String[] words, int at, int length) {
        return words[at] + " " + words[at + length - 1];
    }

    private static boolean within(boolean[] published, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (!published[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsAt(String[] words, int at, String[] sequence) {
        if (at + sequence.length > words.length) {
            return false;
        }
        for (int j = 1; j < sequence.length; j++) {
            if (!words[at + j].equals(sequence[j])) {
                return false;
            }
        }
        return true;
    }

    private boolean containsPhone(String folded) {
        if (phoneKeys.isEmpty()) {
            return false;
        }
        Matcher run = DIGIT_RUN.matcher(folded);
        while (run.find()) {
            String digits = digits(run.group());
            for (Map.Entry<Integer, Set<String>> keys : phoneKeys.entrySet()) {
                for (int at = 0; at + keys.getKey() <= digits.length(); at++) {
                    if (keys.getValue().contains(digits.substring(at, at + keys.getKey()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The text a reader or a crawler gets out of the markup: character references and percent-escapes decoded. */
    static String readable(String markup) {
        Matcher reference = CHARACTER_REFERENCE.matcher(markup);
        StringBuilder decoded = new StringBuilder();
        while (reference.find()) {
            String number = reference.group(1);
            int codePoint = number.startsWith("x") ? Integer.parseInt(number.substring(1), 16) : Integer.parseInt(number);
            String character = Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : " ";
            reference.appendReplacement(decoded, Matcher.quoteReplacement(character));
        }
        reference.appendTail(decoded);
        String text = decoded.toString();
        for (Map.Entry<String, String> named : NAMED_REFERENCES.entrySet()) {
            text = text.replace(named.getKey(), named.getValue());
        }
        Matcher percent = PERCENT_RUN.matcher(text);
        StringBuilder unescaped = new StringBuilder();
        while (percent.find()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            String run = percent.group();
            for (int i = 0; i < run.length(); i += 3) {
                bytes.write(Integer.parseInt(run.substring(i + 1, i + 3), 16));
            }
            percent.appendReplacement(unescaped, Matcher.quoteReplacement(bytes.toString(StandardCharsets.UTF_8)));
        }
        percent.appendTail(unescaped);
        return unescaped.toString();
    }

    static String key(String text) {
        return text == null ? "" : FoldedText.key(text);
    }

    static String digits(String text) {
        return FoldedText.asciiDigits(text).replaceAll("[^0-9]", "");
    }
}
