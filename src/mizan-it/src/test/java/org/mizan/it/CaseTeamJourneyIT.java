package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Joining a case's team in the browser: an investigator not on the team reads the case without edit controls
 * (in Arabic, right to left) and asks to join; the lead finds the request on the dashboard, accepts it on the
 * case page; the asker is told on their next visit and can now edit the case and open its contacts.
 */
@ExtendWith(MizanServerExtension.class)
class CaseTeamJourneyIT {

    private static final Messages ARABIC = Messages.in(Locale.forLanguageTag("ar"));
    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);

    @Test
    void anOutsiderAsksToJoinAndTheLeadAcceptsOnTheCasePage(MizanServer server, Api api) {
        String lead = api.createUser("tjlead", "INVESTIGATOR");
        String outsider = api.createUser("tjout", "INVESTIGATOR");
        Api.Reply created = api.post("/api/cases", api.token(lead, Api.USER_PASSWORD), CaseIT.caseBody("Team journey").build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        String reason = "قابلتُ شقيق الضحية في الناصرية";

        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(outsider, Api.USER_PASSWORD);
                browser.switchLanguage("ar");
                browser.open("/cases/case.xhtml?ref=" + reference);
                assertEquals("rtl", browser.htmlAttribute("dir"));
                assertFalse(browser.present("case:save"), "no edit controls for someone off the team");
                assertFalse(browser.present("case:contacts"));
                assertFalse(browser.present("case:tabs:narrative"), "the narrative is shown as text, not as a field");
                assertTrue(browser.find("join").getText().contains(ARABIC.get("team.readOnlyHint")));
                browser.type("join:reason", reason);
                browser.clickAndWaitForPage("join:ask");
                assertTrue(browser.text().contains(ARABIC.get("team.asked", reference)), browser.text());
                assertTrue(browser.find("join:asked").getText().contains(ARABIC.get("team.pending")));
                assertFalse(browser.present("join:ask"), "asked once");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("team-journey-outsider");
                throw e;
            }
        }

        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(lead, Api.USER_PASSWORD);
                browser.open("/index.xhtml");
                String dashboard = browser.find("joinRequests").getText();
                assertTrue(dashboard.contains(reference) && dashboard.contains("Test " + outsider) && dashboard.contains(reason),
                        "the request names the user by display name: " + dashboard);
                browser.clickAndWaitForPage(By.linkText(reference));
                assertTrue(browser.find("team:open").getText().contains(reason));
                browser.clickAndWaitForPage("team:open:0:accept");
                assertTrue(browser.text().contains(ENGLISH.get("team.accepted", "Test " + outsider)), browser.text());
                assertTrue(browser.find("team").getText().contains("Test " + outsider), "the team is listed by display name");
                assertTrue(api.get("/api/cases/" + reference + "/team", api.adminToken()).json().getJsonArray("members").toString()
                        .contains(outsider), "on the team now");
                assertFalse(browser.present("team:open:0:accept"), "answered");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("team-journey-lead");
                throw e;
            }
        }

        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(outsider, Api.USER_PASSWORD);
                browser.open("/index.xhtml");
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"),
                        ENGLISH.get("team.notice.JOIN_ACCEPTED", reference)));
                browser.clickAndAwaitAjax("notices:list:0:dismiss");
                browser.open("/cases/case.xhtml?ref=" + reference);
                assertTrue(browser.present("case:save"), "on the team: the case can be edited");
                assertTrue(browser.present("case:contacts"), "and its contacts opened");
                browser.open("/index.xhtml");
                assertFalse(browser.present("notices"), "a dismissed notice is gone");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("team-journey-joined");
                throw e;
            }
        }
    }
}
