package org.mizan.platform.control;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts, in English, Arabic and Kurdish (Sorani). Patterns are ICU MessageFormat, so a count is
 * written {@code {0, plural, one {# day} other {# days}}} with the forms each language has.
 */
public final class Messages {

    public static final String BUNDLE = "org.mizan.i18n.messages";
    public static final Locale KURDISH = Locale.forLanguageTag("ckb");
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"), KURDISH);

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages in(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The supported locale with the same language, or English. */
    public static Locale supported(Locale requested) {
        if (requested != null) {
            for (Locale locale : SUPPORTED) {
                if (locale.getLanguage().equals(requested.getLanguage())) {
                    return locale;
                }
            }
        }
        return Locale.ENGLISH;
    }

    public static boolean isRightToLeft(Locale locale) {
        String language = locale.getLanguage();
        return "ar".equals(language) || "ckb".equals(language);
    }

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof Translated translated ? translated.in(this) : arguments[i];
        }
        return format(pattern, shown);
    }

    /** A pattern from elsewhere (a page's {@code h:outputFormat}) formatted by this language's rules. */
    public String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, formatting()).format(arguments);
    }

    /**
     * The text of {@code key} with named arguments ({@code {target}}, {@code {reason, select, …}}), each the pattern
     * names but is not given reading {@code absent}; the key itself when the bundles have no text for it.
     */
    public String getNamed(String key, Map<String, Object> arguments, Object absent) {
        if (!has(key)) {
            return key;
        }
        MessageFormat format = new MessageFormat(bundle.getString(key), formatting());
        Map<String, Object> all = new HashMap<>(arguments);
        // Names inside a choice ({outcome, select, SUCCESS {{factor, select, …}}}) too, which getArgumentNames leaves out.
        MessagePattern parts = new MessagePattern(bundle.getString(key));
        for (int i = 0; i < parts.countParts(); i++) {
            if (parts.getPartType(i) == MessagePattern.Part.Type.ARG_NAME) {
                all.putIfAbsent(parts.getSubstring(parts.getPart(i)), absent);
            }
        }
        return format.format(all);
    }

    /** Whether the bundles have a text for this key (codes from outside — a stored parameter, say — may not). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * ICU's rules for this language: plural forms as the language has them (Arabic has six: "يومان", "3 أيام",
     * "11 يومًا"…), and Western digits in every language, as the tables and dates show them, so one sentence never
     * mixes two digit styles.
     */
    private ULocale formatting() {
        return ULocale.forLocale(bundle.getLocale()).setKeywordValue("numbers", "latn");
    }

    public Locale locale() {
        return bundle.getLocale();
    }
}
