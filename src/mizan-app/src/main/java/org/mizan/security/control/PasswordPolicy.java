package org.mizan.security.control;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import org.mizan.platform.control.InvalidInput;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a password must be: hard to guess, not by length alone. nbvcxz estimates how many guesses an
 * attacker needs, knowing leaked-password lists, dictionaries, names, dates, keyboard walks, repeats and
 * l33t substitutions — and, here, the user's own username and name and the application's name, which an
 * insider trying to take the account knows first. The rules shown before submitting say the same
 * (message {@code password.rules}).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    /** Bits of entropy an attacker must overcome; nbvcxz's own default, about 34 billion guesses. */
    static final double MIN_ENTROPY = 35;
    /** Name parts shorter than this (Ali, Zen) are too common inside words to refuse outright. */
    private static final int NAME_PART_MIN = 4;
    private static final List<String> APPLICATION_WORDS = List.of("mizan", "ميزان", "tishreen", "تشرين");

    private PasswordPolicy() {
    }

    /** Throws {@link InvalidInput} on {@code field} when the password breaks a rule. */
    public static void check(String field, String password, String username, String displayName) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInput(field, "password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInput(field, "password.tooLong", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInput(field, "password.containsUsername");
        }
        Set<String> nameParts = nameParts(displayName);
        if (nameParts.stream().anyMatch(part -> part.length() >= NAME_PART_MIN && lower.contains(part))) {
            throw new InvalidInput(field, "password.containsName");
        }
        nameParts.add(username == null ? "" : username.toLowerCase(Locale.ROOT));
        if (!estimator(nameParts).estimate(password).isMinimumEntropyMet()) {
            throw new InvalidInput(field, "password.weak");
        }
    }

    private static Set<String> nameParts(String displayName) {
        Set<String> parts = new TreeSet<>();
        if (displayName != null) {
            Arrays.stream(displayName.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}]+"))
                    .filter(part -> part.length() > 1).forEach(parts::add);
        }
        return parts;
    }

    /** nbvcxz with the user's own words as an exclusion list: a password built from them counts as guessed. */
    private static Nbvcxz estimator(Set<String> ownWords) {
        DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("own").setExclusion(true);
        ownWords.stream().filter(word -> !word.isBlank()).forEach(word -> own.addWord(word, 0));
        APPLICATION_WORDS.forEach(word -> own.addWord(word, 0));
        List<Dictionary> dictionaries = ConfigurationBuilder.getDefaultDictionaries();
        dictionaries.add(own.createDictionary());
        Configuration configuration = new ConfigurationBuilder()
                .setDictionaries(dictionaries)
                .setMinimumEntropy(MIN_ENTROPY)
                .setLocale(Locale.ENGLISH)
                .createConfiguration();
        return new Nbvcxz(configuration);
    }
}
