package org.mizan.it;

import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accessibility check the page tests rely on ({@link Browser#wcagViolations()}) still sees what it must: a page with
 * an image without a text, a field without a label and grey on grey text is refused; the same page done right passes.
 */
class AccessibilityCheckIT {

    private static final Path WORK = Path.of(System.getProperty("mizan.it.work", "target/it"));

    @Test
    void theCheckFindsSeriousViolationsAndPassesAPageWithout() throws Exception {
        // axe-core leaves the contrast of text in Arabic script alone (it found none on an Arabic-only paragraph here):
        // the English pages, in the same colours, are where contrast is checked.
        String broken = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><title>فحص</title></head><body><main>"
                + "<img src=\"x.png\"><input type=\"text\"><p style=\"color:#bbb;background:#ccc\">Faded text نص باهت</p></main></body></html>";
        String fixed = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><title>فحص</title></head><body><main>"
                + "<img src=\"x.png\" alt=\"صورة\"><label for=\"f\">الاسم</label><input id=\"f\" type=\"text\">"
                + "<p style=\"color:#000;background:#fff\">نص واضح</p></main></body></html>";
        try (Browser browser = new Browser(URI.create("http://localhost/"), WORK)) {
            assertEquals(List.of("color-contrast", "image-alt", "label"), ruleIds(browser, page("broken", broken)));
            assertEquals(List.of(), ruleIds(browser, page("fixed", fixed)));
        }
    }

    private static List<String> ruleIds(Browser browser, Path page) {
        browser.driver().get(page.toUri().toString());
        List<Rule> violations = browser.wcagViolations();
        violations.forEach(rule -> assertTrue(List.of("critical", "serious").contains(rule.getImpact()), rule.getId()));
        return violations.stream().map(Rule::getId).sorted().toList();
    }

    private static Path page(String name, String html) throws Exception {
        Path file = Files.createDirectories(WORK.resolve("accessibility-check")).resolve(name + ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }
}
