package org.mizan.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who reaches the contacts pages, in one browser session: the assigned lawyer finds the Contacts button on
 * the case, sees the contact masked, may reveal it but not add one. An advocate and an investigator who is
 * not on the team get no button, and typing the address gets them the friendly 403 page with nothing of
 * the contact on it; a restricted case of another team is not there at all (404).
 */
@ExtendWith(MizanServerExtension.class)
class ContactPagesIT {

    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
    private static final String VICTIM = "مصطفى حسن العبيدي";
    private static final String NAME = "أم مصطفى";

    @Test
    void onlyTheAssignedTeamReachesTheContactsPageAndALawyerSeesThemMaskedWithoutAddingAny(MizanServer server, Api api) {
        String investigator = api.createUser("pginv", "INVESTIGATOR");
        String lawyer = api.createUser("pglaw", "LAWYER");
        String outsider = api.createUser("pgout", "INVESTIGATOR");
        String advocate = api.createUser("pgadv", "ADVOCATE");
        String token = api.token(investigator, Api.USER_PASSWORD);

        long victim = CaseIT.person(api, token, VICTIM, null);
        Api.Reply standard = api.post("/api/cases", token, CaseIT.caseBody("Contact pages test")
                .add("confidentiality", "STANDARD").add("assignees", Api.array(investigator, lawyer))
                .add("parties", Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "KILLED")))
                .build().toString());
        assertEquals(201, standard.status(), standard.body());
        String reference = standard.json().getString("reference");

        String phone = "+964 771 " + String.format("%07d", System.nanoTime() % 10_000_000);
        String masked = "•••• " + phone.substring(phone.length() - 4);
        Api.Reply contact = api.post("/api/cases/" + reference + "/contacts", token, Api.object()
                .add("personId", victim).add("reaches", "FAMILY").add("relationship", "MOTHER").add("riskLevel", "LOW")
                .add("safeChannel", "SIGNAL").add("language", "ARABIC").add("name", NAME).add("phones", Api.array(phone))
                .build().toString());
        assertEquals(201, contact.status(), contact.body());
        assertEquals(masked, contact.json().getJsonArray("phones").getString(0), "what the page should show");

        Api.Reply restricted = api.post("/api/cases", token, CaseIT.caseBody("Restricted contact pages test")
                .add("confidentiality", "RESTRICTED").add("assignees", Api.array(investigator)).build().toString());
        assertEquals(201, restricted.status(), restricted.body());
        String hidden = restricted.json().getString("reference");

        try (Browser browser = new Browser(server)) {
            try {
                // An advocate: the case, but no way to its contacts.
                signIn(browser, advocate);
                assertNoContactsButton(browser, reference, "an advocate");
                openContacts(browser, reference);
                assertRefused(browser, 403, "error.403", "an advocate", masked, phone);
                signOut(browser);

                // An investigator not on the team: the same; a restricted case of that team is not there.
                signIn(browser, outsider);
                assertNoContactsButton(browser, reference, "an unassigned investigator");
                openContacts(browser, reference);
                assertRefused(browser, 403, "error.403", "an unassigned investigator", masked, phone);
                openContacts(browser, hidden);
                assertRefused(browser, 404, "error.404", "an unassigned investigator on a restricted case", masked, phone);
                signOut(browser);

                // The lawyer of the case: the button, the list masked, Reveal but no Add.
                signIn(browser, lawyer);
                assertLawyerView(browser, reference, masked, phone);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("contact-pages");
                throw e;
            }
        }
    }

    /** The lawyer's way: the case's Contacts button, the list masked, Reveal on the row, no Add. */
    private static void assertLawyerView(Browser browser, String reference, String masked, String phone) {
        openCase(browser, reference);
        assertTrue(browser.present("case:contacts"), "a Contacts button for the lawyer of the case");
        browser.clickAndWaitForPage("case:contacts");
        assertEquals(ENGLISH.get("contacts.title", reference), browser.pageTitle());
        assertEquals(200L, navigationStatus(browser));
        WebElement row = browser.find("list:contacts").findElement(By.xpath(".//tbody/tr[1]"));
        assertTrue(row.getText().contains(VICTIM), row.getText());
        assertEquals(List.of(masked), row.findElements(By.cssSelector("bdi.mizan-phone")).stream().map(WebElement::getText).toList(),
                "the phone, masked to its last four digits");
        assertNothingInClear(browser, phone, "for the lawyer");
        assertTrue(browser.present("list:refresh"), "the list's buttons are there");
        assertFalse(browser.present("list:add"), "no Add-contact button for a lawyer");
        assertTrue(browser.present("list:contacts:0:reveal"), "Reveal is there for a lawyer");
        assertEquals(ENGLISH.get("contacts.reveal"), browser.find("list:contacts:0:reveal").getText());
    }

    private static void assertNoContactsButton(Browser browser, String reference, String who) {
        openCase(browser, reference);
        assertFalse(browser.present("case:contacts"), "no Contacts button for " + who);
    }

    /** The case page, checked to be the case page (so that a button missing from it means something). */
    private static void openCase(Browser browser, String reference) {
        browser.open("/cases/case.xhtml?ref=" + reference);
        assertEquals(ENGLISH.get("cases.case.title", reference), browser.pageTitle());
        assertTrue(browser.present("case:evidence"), "the case's buttons are there");
    }

    private static void openContacts(Browser browser, String reference) {
        browser.open("/contacts/contacts.xhtml?case=" + reference);
    }

    /** The friendly error page, with that status, and nothing of the contacts page or the contact on it. */
    private static void assertRefused(Browser browser, long status, String page, String who, String masked, String phone) {
        assertEquals(status, navigationStatus(browser), "the contacts page answers " + status + " to " + who);
        assertEquals(ENGLISH.get(page + ".title"), browser.pageTitle(), who);
        assertEquals(ENGLISH.get(page + ".text"), browser.find("error-text").getText(), who);
        assertNothingOfTheContact(browser, who, masked, phone);
    }

    private static void assertNothingOfTheContact(Browser browser, String who, String masked, String phone) {
        assertFalse(browser.present("list:contacts"), "no contact list for " + who);
        String source = browser.driver().getPageSource();
        assertFalse(source.contains(masked), "the masked phone is not shown to " + who);
        assertFalse(source.contains(VICTIM), "nor the person the contact reaches");
        assertNothingInClear(browser, phone, "for " + who);
    }

    private static void assertNothingInClear(Browser browser, String phone, String when) {
        String source = browser.driver().getPageSource();
        for (String secret : List.of(NAME, phone, phone.replace(" ", ""), phone.substring(phone.length() - 7))) {
            assertFalse(source.contains(secret), "\"" + secret + "\" is on the page " + when);
        }
    }

    /** The HTTP status of the page now shown, as the browser received it. */
    private static long navigationStatus(Browser browser) {
        Object status = ((JavascriptExecutor) browser.driver())
                .executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
        return ((Number) status).longValue();
    }

    /** Signs in, checked: the header names the user, so each part runs as whom it says. */
    private static void signIn(Browser browser, String username) {
        browser.signIn(username, Api.USER_PASSWORD);
        assertTrue(browser.find("nav:signedInAs").getText().contains(username), browser.text());
    }

    /** Signs out the way a user does: the account menu, then Sign out. */
    private static void signOut(Browser browser) {
        browser.open("/index.xhtml");
        WebElement signOut = browser.driver().findElement(By.id("nav:signout"));
        WebElement account = signOut.findElement(By.xpath("ancestor::li[contains(@class,'ui-menu-parent')][1]/a"));
        new Actions(browser.driver()).moveToElement(account).perform();
        browser.await().until(ExpectedConditions.elementToBeClickable(signOut));
        browser.clickAndWaitForPage(By.id("nav:signout"));
        assertTrue(browser.text().contains(ENGLISH.get("login.signedOut")), browser.text());
    }
}
