package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The digit style is the user's choice, beside the language: Western by default in Arabic as in English, Arabic-Indic
 * once chosen, on the whole page (no card mixing the two) and on the next pages too; codes keep their Western digits.
 */
@ExtendWith(MizanServerExtension.class)
class DigitStyleIT {

    private static final String WESTERN = ".*[0-9].*";
    private static final String ARABIC_INDIC = ".*[٠-٩].*";

    @Test
    void arabicIndicDigitsOnceChosenOnEveryCardOfThePage(MizanServer server, Api api) {
        try (Browser browser = new Browser(server)) {
            browser.signIn(MizanServer.ADMIN, server.adminPassword());
            browser.switchLanguage("ar");
            browser.open("/admin/audit.xhtml");
            String western = times(browser);
            assertTrue(western.matches("(?s)" + WESTERN) && !western.matches("(?s)" + ARABIC_INDIC), "Western by default: " + western);

            browser.clickAndWaitForPage(By.cssSelector("a[id$='digits-arab']"));
            browser.open("/admin/audit.xhtml");
            String arabic = times(browser);
            assertTrue(arabic.matches("(?s)" + ARABIC_INDIC) && !arabic.matches("(?s)" + WESTERN), "Arabic-Indic once chosen: " + arabic);
            String fingerprint = browser.find("signingFingerprint").getText();
            assertFalse(fingerprint.matches("(?s)" + ARABIC_INDIC), "a fingerprint keeps its digits: " + fingerprint);
            assertEquals("arab", browser.htmlAttribute("data-digits"));

            browser.clickAndWaitForPage(By.cssSelector("a[id$='digits-latn']"));
            browser.open("/admin/audit.xhtml");
            String back = times(browser);
            assertTrue(back.matches("(?s)" + WESTERN) && !back.matches("(?s)" + ARABIC_INDIC), "Western again: " + back);
        }
    }

    /** The audit table's sequence numbers and times, as shown. */
    private static String times(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#audit\\:table td:nth-child(-n+2)")).stream()
                .map(e -> e.getText()).reduce("", (a, b) -> a + " " + b);
    }
}
