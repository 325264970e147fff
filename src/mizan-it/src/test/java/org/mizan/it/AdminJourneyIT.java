package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administrator's main journey, in a real browser: sign in, create an investigator, work in Arabic, check the audit trail. */
@ExtendWith(MizanServerExtension.class)
class AdminJourneyIT {

    private static final Messages ARABIC = Messages.in(Locale.forLanguageTag("ar"));
    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);

    @Test
    void adminCreatesAnInvestigatorWithAnArabicNameThenWorksInArabic(MizanServer server, Api api) {
        try (Browser browser = new Browser(server)) {
            try {
                browser.open("/");
                assertTrue(browser.driver().getCurrentUrl().endsWith("/login.xhtml"), "signed-out visitors are sent to sign in");
                browser.signIn(MizanServer.ADMIN, server.adminPassword());
                assertEquals(ENGLISH.get("home.title"), browser.pageTitle());

                browser.open("/admin/users.xhtml");
                String username = Api.unique("zainab");
                String arabicName = "زينب علي حسين الموسوي";
                browser.type("users:username", username);
                browser.type("users:displayName", arabicName);
                browser.type("users:password", "a strong passphrase for 2026");
                browser.driver().findElement(By.cssSelector("label[for='users:roles:1']")).click(); // INVESTIGATOR
                browser.find("users:create").click();
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:table"), username));

                assertTrue(browser.find("users:table").getText().contains(arabicName), "the Arabic name comes back intact on the page");
                assertEquals(arabicName, api.get("/api/users/" + username, api.adminToken()).json().getString("displayName"),
                        "and intact in the database");
                assertEquals("INVESTIGATOR", api.get("/api/users/" + username, api.adminToken()).json().getJsonArray("roles").getString(0));

                browser.switchLanguage("ar");
                assertEquals("rtl", browser.htmlAttribute("dir"));
                assertEquals("ar", browser.htmlAttribute("lang"));
                assertEquals(ARABIC.get("users.title"), browser.pageTitle());
                assertTrue(browser.text().contains(ARABIC.get("users.create")), "Arabic labels");
                assertTrue(browser.find("users:table").getText().contains(arabicName));

                browser.open("/admin/audit.xhtml");
                assertEquals(ARABIC.get("audit.title"), browser.pageTitle());
                browser.find("audit:verify").click();
                String verified = ARABIC.get("audit.verified"); // the pattern; its text before {0} is what we look for
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                        verified.substring(0, verified.indexOf("{0")).strip()));
                browser.type("audit:username", MizanServer.ADMIN); // the actor of USER_CREATE
                browser.find("audit:filter").click();
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:table"), "USER_CREATE"));
                // Details read as sentences in Arabic, not as the stored facts.
                String signedIn = ARABIC.getNamed("audit.detail.LOGIN", Map.of("outcome", "SUCCESS"), "");
                String table = browser.find("audit:table").getText();
                assertTrue(table.contains(signedIn), "the sign-in reads as an Arabic sentence: " + table);
                assertFalse(table.contains("{\""), "no stored details shown raw: " + table);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("admin-journey");
                throw e;
            }
        }
    }
}
