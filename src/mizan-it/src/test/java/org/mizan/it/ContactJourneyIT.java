package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An investigator assigned to a case, working in Arabic, goes from the case to its contacts and records
 * the victim's mother as a high-risk contact. The list shows her masked — the phone number down to its
 * last four digits, no name. She records a consent and logs a conversation without seeing anything in
 * clear. A reveal without a reason is refused in Arabic; with one, the name, the number (left to right on
 * the right-to-left page), the consent history and the log appear, and disappear again when the dialog
 * is closed. The audit trail holds the one reveal with its reason.
 */
@ExtendWith(MizanServerExtension.class)
class ContactJourneyIT {

    private static final Messages ARABIC = Messages.in(Locale.forLanguageTag("ar"));
    private static final String VICTIM = "حيدر عبد الكريم الموسوي";
    private static final String NAME = "زينب جاسم محمد";
    /** Not the example number of the form's hint: the page must never show this one unless revealed. */
    private static final String PHONE = "+964 750 318 4567";
    private static final String ADDRESS = "حي الجهاد، شارع ٤٢، بغداد";
    private static final String SUMMARY = "سألت الأم عن موعد الجلسة القادمة";
    private static final String REASON = "التحضير لجلسة المحكمة";
    private static final String MASKED_PHONE = "•••• 4567";

    @Test
    void investigatorAddsAHighRiskContactInArabicSeesItMaskedAndRevealsItOnlyForAReason(MizanServer server, Api api) {
        String investigator = api.createUser("layla", "INVESTIGATOR");
        String token = api.token(investigator, Api.USER_PASSWORD);
        long victim = CaseIT.person(api, token, VICTIM, null);
        Api.Reply created = api.post("/api/cases", token, CaseIT.caseBody("اغتيال ناشط أمام منزله.")
                .add("assignees", Api.array(investigator))
                .add("parties", Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "KILLED")))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");

        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(investigator, Api.USER_PASSWORD);
                browser.open("/cases/case.xhtml?ref=" + reference);
                browser.switchLanguage("ar");
                assertEquals("rtl", browser.htmlAttribute("dir"));
                browser.clickAndWaitForPage("case:contacts");
                assertEquals(ARABIC.get("contacts.title", reference), browser.pageTitle());
                assertEquals(reference, browser.queryParameter("case"));

                // A new contact for the victim: his mother, at high risk.
                browser.clickAndAwaitAjax("list:add");
                choose(browser, "add:personId", VICTIM);
                choose(browser, "add:relationship", ARABIC.get("contacts.relationship.MOTHER"));
                choose(browser, "add:riskLevel", ARABIC.get("contacts.risk.HIGH"));
                choose(browser, "add:safeChannel", ARABIC.get("contacts.channel.SIGNAL"));
                choose(browser, "add:language", ARABIC.get("contacts.language.ARABIC"));
                browser.type("add:name", NAME);
                browser.type("add:phones", PHONE);
                browser.type("add:address", ADDRESS);
                browser.clickAndAwaitAjax("add:save");
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:contacts"), MASKED_PHONE));
                assertTrue(browser.find("messages").getText().contains(ARABIC.get("contacts.created")), browser.text());
                assertFalse(browser.present("add:name"), "the add form is gone, and what was typed with it");

                // Listed masked: whom she reaches, the risk, the last four digits; neither her name nor her number.
                WebElement row = browser.find("list:contacts").findElement(By.xpath(".//tbody/tr[1]"));
                assertTrue(row.getText().contains(VICTIM), row.getText());
                assertTrue(row.getText().contains(ARABIC.get("contacts.risk.HIGH")), row.getText());
                assertTrue(row.getText().contains(ARABIC.get("contacts.relationship.MOTHER")), row.getText());
                assertTrue(row.getText().contains("••••"), "the name is dots: " + row.getText());
                WebElement maskedPhone = row.findElement(By.cssSelector("bdi.mizan-phone"));
                assertEquals(MASKED_PHONE, maskedPhone.getText());
                assertEquals("ltr", maskedPhone.getAttribute("dir"), "a number reads left to right on an Arabic page");
                assertNothingInClear(browser, "in the list");

                // A consent decision and a conversation: recorded without revealing anything.
                browser.clickAndAwaitAjax("list:contacts:0:consent");
                choose(browser, "consent:consent", ARABIC.get("contacts.consent.TO_BE_CONTACTED"));
                browser.driver().findElement(By.cssSelector("label[for='consent:decision:0']")).click();
                browser.driver().findElement(By.cssSelector("label[for='consent:method:0']")).click();
                browser.type("consent:givenBy", NAME);
                browser.clickAndAwaitAjax("consent:record");
                browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("consentDialog")));
                String consentState = ARABIC.get("contacts.consent.TO_BE_CONTACTED") + ": " + ARABIC.get("contacts.decision.GIVEN");
                assertTrue(browser.find("list:contacts").getText().contains(consentState), browser.find("list:contacts").getText());

                browser.clickAndAwaitAjax("list:contacts:0:conversation");
                browser.type("conversation:participants", "المحققة والأم");
                browser.type("conversation:summary", SUMMARY);
                browser.clickAndAwaitAjax("conversation:record");
                browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("conversationDialog")));
                assertTrue(browser.find("messages").getText().contains(ARABIC.get("contacts.conversation.logged")), browser.text());
                assertNothingInClear(browser, "after a consent and a conversation were recorded");

                // A reveal: high risk, so first refused without a reason, in Arabic, next to the field.
                browser.clickAndAwaitAjax("list:contacts:0:reveal");
                assertEquals(ARABIC.get("contacts.reveal.hint.required"), browser.find("reasonHint").getText());
                browser.clickAndAwaitAjax("reveal:show");
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reveal:reasonMessage"),
                        ARABIC.get("contact.reveal.reasonRequired")));
                assertNothingInClear(browser, "after a reveal without a reason");

                browser.type("reveal:reason", REASON);
                browser.clickAndAwaitAjax("reveal:show");
                WebElement details = browser.find("reveal:details");
                assertEquals(NAME, browser.find("revealedName").getText());
                List<WebElement> phones = details.findElements(By.cssSelector("bdi.mizan-phone"));
                assertEquals(List.of(PHONE), phones.stream().map(WebElement::getText).toList());
                assertEquals("ltr", phones.get(0).getAttribute("dir"));
                assertTrue(details.getText().contains(ADDRESS), details.getText());
                String history = browser.find("reveal:consentHistory").getText();
                assertTrue(history.contains(NAME) && history.contains(investigator), "who gave it, who recorded it: " + history);
                assertTrue(browser.find("reveal:log").getText().contains(SUMMARY), browser.find("reveal:log").getText());

                // Closed: the clear values leave the page with the dialog.
                browser.clickAndAwaitAjax("reveal:close");
                browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("revealDialog")));
                assertNothingInClear(browser, "after the dialog was closed");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("contact-journey");
                throw e;
            }
        }

        JsonArray contacts = api.get("/api/cases/" + reference + "/contacts", token).array();
        assertEquals(1, contacts.size(), contacts::toString);
        JsonObject contact = contacts.getJsonObject(0);
        assertEquals(victim, contact.getJsonNumber("personId").longValue());
        assertEquals(List.of("FAMILY", "MOTHER", "HIGH", "SIGNAL", "ar"), List.of(contact.getString("reaches"),
                contact.getString("relationship"), contact.getString("riskLevel"), contact.getString("safeChannel"),
                contact.getString("language")), "what the form said");
        assertEquals(MASKED_PHONE, contact.getJsonArray("phones").getString(0));
        assertEquals("GIVEN", contact.getJsonObject("consents").getJsonObject("TO_BE_CONTACTED").getString("decision"));

        // One reveal, with its reason: the refused attempt revealed nothing and is not one.
        JsonObject audit = api.get("/api/audit?action=CONTACT_REVEAL&user=" + URLEncoder.encode(investigator, StandardCharsets.UTF_8),
                api.adminToken()).json();
        assertEquals(1, audit.getInt("total"), audit::toString);
        JsonObject reveal = audit.getJsonArray("entries").getJsonObject(0);
        assertEquals("contact:" + contact.getJsonNumber("id").longValue(), reveal.getString("target"));
        assertTrue(reveal.getString("details").contains(REASON), reveal.toString());
    }

    /** Neither the name, the number (however written), the address nor what was said is anywhere in the page. */
    private static void assertNothingInClear(Browser browser, String when) {
        String page = browser.driver().getPageSource();
        for (String secret : List.of(NAME, PHONE, PHONE.replace(" ", ""), "318 4567", ADDRESS, SUMMARY)) {
            assertFalse(page.contains(secret), "\"" + secret + "\" is on the page " + when);
        }
    }

    /**
     * Picks an option of a PrimeFaces select menu by its label, as a user would: opens the menu, clicks the option. On a loaded machine a click can land while the panel is still
     * sliding open (lost, or "zero size"), so a choice that did not take is made again, up to five times.
     */
    static void choose(Browser browser, String id, String label) {
        By option = By.xpath("//div[@id='" + id + "_panel']//li[@data-label='" + label + "']");
        java.time.Duration step = java.time.Duration.ofSeconds(5);
        for (int attempt = 1; ; attempt++) {
            try {
                if (browser.driver().findElements(By.id(id + "_panel")).stream().noneMatch(WebElement::isDisplayed)) {
                    browser.await().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
                }
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), step)
                        .until(ExpectedConditions.elementToBeClickable(option)).click();
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), step)
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
                return;
            } catch (org.openqa.selenium.WebDriverException lost) {
                if (attempt == 5) {
                    throw lost;
                }
                browser.awaitAjax();
            }
        }
    }
}
