package org.mizan.platform.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text exists in English, Arabic and Kurdish, with the same placeholders. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Properties load(String suffix) throws IOException {
        String name = "/org/mizan/i18n/messages" + suffix + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " exists");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void arabicAndKurdishHaveEveryKeyWithTheSamePlaceholders() throws IOException {
        Properties english = load("");
        for (String suffix : new String[]{"_ar", "_ckb"}) {
            Properties translated = load(suffix);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()), suffix);
            for (String key : english.stringPropertyNames()) {
                assertEquals(placeholders(english.getProperty(key)), placeholders(translated.getProperty(key)), suffix + " " + key);
                new MessageFormat(translated.getProperty(key)); // throws on a broken pattern
            }
        }
    }

    @Test
    void countsTakeTheFormsOfEachLanguageInWesternDigits() {
        Messages arabic = Messages.in(Locale.forLanguageTag("ar"));
        assertEquals("ما زال مستمرًا: يوم واحد", arabic.get("impunity.clock.running", 1));
        assertEquals("ما زال مستمرًا: يومان", arabic.get("impunity.clock.running", 2));
        assertEquals("ما زال مستمرًا: 5 أيام", arabic.get("impunity.clock.running", 5));
        assertEquals("ما زال مستمرًا: 11 يومًا", arabic.get("impunity.clock.running", 11));
        assertEquals("ما زال مستمرًا: 100 يوم", arabic.get("impunity.clock.running", 100));
        assertEquals("انتهى بعد يومين في 2021-03-01", arabic.get("impunity.clock.ended", 2, "2021-03-01"));
        Messages english = Messages.in(Locale.ENGLISH);
        assertEquals("Still running: 1 day", english.get("impunity.clock.running", 1));
        assertEquals("Still running: 1,234 days", english.get("impunity.clock.running", 1234));
        assertEquals("حُمّلت البيانات التجريبية: 1,234 قضية.", arabic.get("demo.loaded", 1234), "Western digits in Arabic too");
        assertTrue(Messages.in(Messages.KURDISH).get("audit.verified", 1234).contains("1,234"), "and in Kurdish");
        assertEquals("The audit chain is intact: 1 entry checked.", english.get("audit.verified", 1));
    }

    @Test
    void translationsAreTranslated() throws IOException {
        Properties english = load("");
        Properties arabic = load("_ar");
        Properties kurdish = load("_ckb");
        assertNotEquals(english.getProperty("login.title"), arabic.getProperty("login.title"));
        assertNotEquals(arabic.getProperty("login.title"), kurdish.getProperty("login.title"));
    }

    @Test
    void messagesResolveInEachLanguageAndFallBackToEnglish() {
        assertEquals("Sign in", Messages.in(Locale.ENGLISH).get("login.title"));
        assertTrue(Messages.in(Locale.forLanguageTag("ar")).get("login.title").codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
        assertEquals(Locale.ENGLISH, Messages.supported(Locale.FRENCH));
        assertTrue(Messages.isRightToLeft(Messages.KURDISH));
        assertEquals("The password must have at least 12 characters.", Messages.in(Locale.ENGLISH).get("password.tooShort", 12));
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** A key a page names literally ({@code msg['…']}) but no bundle has shows as ???key??? to the user. */
    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Properties english = load("");
        Pattern literal = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (var pages = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/webapp"))) {
            for (java.nio.file.Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher keys = literal.matcher(java.nio.file.Files.readString(page));
                while (keys.find()) {
                    if (!english.containsKey(keys.group(1))) {
                        missing.add(page.getFileName() + ": " + keys.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
