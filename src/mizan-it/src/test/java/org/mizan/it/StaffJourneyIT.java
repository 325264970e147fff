package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A non-administrator in the browser: a mistyped password, a fresh session, closed doors, Kurdish, and a new password. */
@ExtendWith(MizanServerExtension.class)
class StaffJourneyIT {

    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
    private static final Messages KURDISH = Messages.in(Messages.KURDISH);

    @Test
    void investigatorSignsInMeetsClosedDoorsAndChangesPasswordInKurdish(MizanServer server, Api api) {
        String investigator = api.createUser("layla", "INVESTIGATOR");
        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(investigator, "not my password at all");
                assertTrue(browser.text().contains(ENGLISH.get("login.failed")), browser.text());

                Cookie before = sessionCookie(browser);
                browser.signIn(investigator, Api.USER_PASSWORD);
                assertEquals(ENGLISH.get("home.title"), browser.pageTitle());
                Cookie after = sessionCookie(browser);
                assertNotNull(after);
                if (before != null) {
                    assertNotEquals(before.getValue(), after.getValue(), "the session id changes at sign-in");
                }
                assertFalse(browser.text().contains(ENGLISH.get("nav.administration")), "no administration menu");

                browser.open("/admin/users.xhtml");
                assertEquals(ENGLISH.get("error.403.title"), browser.pageTitle());
                browser.open("/no/such/page.xhtml");
                assertEquals(ENGLISH.get("error.404.title"), browser.pageTitle());

                browser.open("/account/password.xhtml");
                browser.switchLanguage("ckb");
                assertEquals("rtl", browser.htmlAttribute("dir"));
                assertEquals("ckb", browser.htmlAttribute("lang"));
                assertEquals(KURDISH.get("password.title"), browser.pageTitle());

                browser.type("password:current", Api.USER_PASSWORD);
                browser.type("password:newPassword", "وشەی نهێنی نوێی من ٢٠٢٦");
                browser.type("password:repeat", "وشەی نهێنی نوێی من ٢٠٢٦");
                browser.find("password:change").click();
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                        KURDISH.get("password.changed")));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("staff-journey");
                throw e;
            }
        }
        api.token(investigator, "وشەی نهێنی نوێی من ٢٠٢٦");
    }

    @Test
    void theSixthWrongPasswordIsMetWithAClearWaitMessage(MizanServer server, Api api) {
        String user = api.createUser("hasty", "LAWYER");
        try (Browser browser = new Browser(server)) {
            browser.poseAs("192.0.2.250");
            for (int attempt = 1; attempt <= 5; attempt++) {
                browser.signIn(user, "wrong guess " + attempt);
                assertTrue(browser.text().contains(ENGLISH.get("login.failed")), "attempt " + attempt);
            }
            browser.signIn(user, Api.USER_PASSWORD);
            String throttled = ENGLISH.get("login.throttled");
            assertTrue(browser.text().contains(throttled.substring(0, throttled.indexOf("{0")).strip()), browser.text());
            assertEquals("/login.xhtml", java.net.URI.create(browser.driver().getCurrentUrl()).getPath(), "still not signed in");
        }
    }

    private static Cookie sessionCookie(Browser browser) {
        return browser.driver().manage().getCookies().stream()
                .filter(c -> c.getName().toUpperCase().contains("SESSION")).findFirst().orElse(null);
    }
}
