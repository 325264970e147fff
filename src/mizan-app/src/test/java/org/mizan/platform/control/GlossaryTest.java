package org.mizan.platform.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundles keep to docs/glossary.md: no word of its "Not" columns stands for the concept in Arabic or Kurdish. */
class GlossaryTest {

    private static final Path GLOSSARY = Path.of("../../docs/glossary.md");

    @Test
    void theBundlesUseOneTermPerConcept() throws IOException {
        List<String> found = new ArrayList<>();
        int checked = 0;
        for (String row : Files.readAllLines(GLOSSARY)) {
            String[] cells = row.split("\\|", -1);
            if (cells.length < 8 || !row.startsWith("| ") || row.startsWith("| Concept")) {
                continue;
            }
            checked += forbidden(cells[5].strip(), Locale.forLanguageTag("ar"), found);
            checked += forbidden(cells[6].strip(), Messages.KURDISH, found);
        }
        assertTrue(checked > 0, "the glossary names words to avoid");
        assertTrue(found.isEmpty(), "words the glossary rules out:\n" + String.join("\n", found));
    }

    private static int forbidden(String words, Locale locale, List<String> found) {
        if (words.isEmpty()) {
            return 0;
        }
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String word : words.split("\\s*/\\s*")) {
            Pattern whole = Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(word) + "(?![\\p{L}\\p{M}])");
            for (String key : bundle.keySet()) {
                if (whole.matcher(bundle.getString(key)).find()) {
                    found.add(locale + " " + key + ": " + word);
                }
            }
        }
        return 1;
    }

    @Test
    void theCheckFindsAWordItRulesOut() {
        List<String> found = new ArrayList<>();
        forbidden("القضية", Locale.forLanguageTag("ar"), found);
        assertFalse(found.isEmpty(), "a word the bundles do use is found");
    }
}
