package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An investigator working in Arabic records a case whose victim exists only in Arabic script, then finds
 * it on the case list by typing a Latin spelling of the name; a save over someone else's newer change is
 * refused with the typed text kept; a lawyer sees the same case read-only, and a restricted case of
 * another team not at all.
 */
@ExtendWith(MizanServerExtension.class)
class InvestigatorCaseJourneyIT {

    private static final Messages ARABIC = Messages.in(Locale.forLanguageTag("ar"));
    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
    private static final String VICTIM = "علي حسن كاظم الزبيدي";

    @Test
    void investigatorRecordsACaseInArabicAndFindsItByTypingALatinSpelling(MizanServer server, Api api) {
        String investigator = api.createUser("rasha", "INVESTIGATOR");
        String lawyer = api.createUser("haidar", "LAWYER");
        String token = api.token(investigator, Api.USER_PASSWORD);
        String reference;
        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(investigator, Api.USER_PASSWORD);
                browser.open("/cases/list.xhtml");
                browser.switchLanguage("ar");
                assertEquals("rtl", browser.htmlAttribute("dir"));
                assertEquals(ARABIC.get("cases.list.title"), browser.pageTitle());

                browser.clickAndWaitForPage("cases:new");
                assertEquals(ARABIC.get("cases.case.new"), browser.pageTitle());
                checkViolationType(browser, "ABDUCTION");
                browser.type("case:tabs:year", "2021");
                browser.type("case:tabs:narrative", "اختُطف الناشط من أمام منزله في الناصرية على يد مسلحين مجهولين.");

                // The victim is new: recorded through the picker's new-person panel, in Arabic script only.
                openTab(browser, "victims");
                browser.clickAndAwaitAjax("case:tabs:newVictim");
                browser.type("case:person:nameArabic", VICTIM);
                browser.type("case:person:birthYear", "1995");
                browser.clickAndAwaitAjax("case:person:create");
                if (browser.present("case:person:createAnyway")) {
                    // Someone of that name is recorded already (another test's): shown with reasons, never merged.
                    assertTrue(browser.find("case:person:candidates").getText().contains(ARABIC.get("duplicate.reason.sameNameChain")),
                            browser.find("case:person:candidates").getText());
                    browser.clickAndAwaitAjax("case:person:createAnyway");
                }
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:tabs:victimsTable"), VICTIM));

                browser.clickAndWaitForPage("case:save");
                reference = browser.queryParameter("ref");
                assertNotNull(reference, browser.driver().getCurrentUrl());
                assertTrue(reference.matches("MZN-2021-\\d{4}"), reference);
                assertEquals(ARABIC.get("cases.case.title", reference), browser.pageTitle());
                assertTrue(browser.find("messages").getText().contains(ARABIC.get("cases.created", reference)), browser.text());
                openTab(browser, "victims");
                assertTrue(browser.find("case:tabs:victimsTable").getText().contains(VICTIM), "the Arabic name comes back intact");
                JsonObject stored = api.get("/api/cases/" + reference, token).json();
                assertEquals(VICTIM, stored.getJsonArray("parties").getJsonObject(0).getString("personName"),
                        "and intact in the database");

                // The case list, still in Arabic, finds it by a Latin spelling of the name.
                browser.open("/cases/list.xhtml");
                assertEquals("rtl", browser.htmlAttribute("dir"));
                browser.type("cases:text", "Ali Hasan Kadhim");
                browser.clickAndAwaitAjax("cases:filter");
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:table"), reference));
                WebElement row = browser.driver().findElement(By.xpath("//a[normalize-space(.)='" + reference + "']/ancestor::tr[1]"));
                assertTrue(row.getText().contains(VICTIM), row.getText());

                // Someone else saves the case meanwhile: this page's save is refused, and what was typed stays.
                browser.open("/cases/case.xhtml?ref=" + reference);
                String typed = "سرد عدّله المحقق بعد مقابلة شاهد ثانٍ.";
                browser.type("case:tabs:narrative", typed);
                JsonObject current = api.get("/api/cases/" + reference, token).json();
                Api.Reply other = api.put("/api/cases/" + reference, token,
                        Json.createObjectBuilder(current).add("locality", "الناصرية").build().toString());
                assertEquals(200, other.status(), other.body());
                browser.clickAndAwaitAjax("case:save");
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                        ARABIC.get("conflict.stale")));
                assertEquals(typed, browser.find("case:tabs:narrative").getAttribute("value"), "the typed text is kept");
                assertEquals("الناصرية", api.get("/api/cases/" + reference, token).json().getString("locality"),
                        "and the other save is not overwritten");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("investigator-case-journey");
                throw e;
            }
        }

        // A restricted case of a team the lawyer is not on.
        Api.Reply restricted = api.post("/api/cases", token, Api.object()
                .add("violationTypes", Api.array("THREAT")).add("incidentDate", Api.object().add("year", 2022))
                .add("confidentiality", "RESTRICTED").add("assignees", Api.array(investigator)).build().toString());
        assertEquals(201, restricted.status(), restricted.body());
        String hidden = restricted.json().getString("reference");

        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(lawyer, Api.USER_PASSWORD);
                browser.open("/cases/case.xhtml?ref=" + reference);
                assertEquals(ENGLISH.get("cases.case.title", reference), browser.pageTitle());
                assertFalse(browser.present("case:save"), "no save button for a lawyer");
                assertFalse(browser.present("case:tabs:victimPicker"), "no person picker");
                assertFalse(browser.present("case:tabs:narrative"), "the narrative is shown as text, not as a field");
                openTab(browser, "victims");
                assertTrue(browser.find("case:tabs:victimsTable").getText().contains(VICTIM));
                assertFalse(browser.present("case:tabs:victimsTable:0:remove"));

                // The list's locality filter suggests the place recorded in Arabic for a Latin spelling, and filters by it.
                browser.open("/cases/list.xhtml");
                assertFalse(browser.present("cases:new"), "no new-case button for a lawyer");
                browser.type("cases:locality_input", "Nasiriya");
                By suggestion = By.cssSelector("[id='cases:locality_panel'] li[data-item-label='الناصرية']");
                browser.await().until(ExpectedConditions.elementToBeClickable(suggestion)).click();
                assertEquals("الناصرية", browser.find("cases:locality_input").getAttribute("value"));
                browser.clickAndAwaitAjax("cases:filter");
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:table"), reference));
                browser.open("/cases/case.xhtml");
                assertEquals(ENGLISH.get("error.403.title"), browser.pageTitle(), "nor the new-case page");

                browser.open("/cases/case.xhtml?ref=" + hidden);
                assertEquals(ENGLISH.get("error.404.title"), browser.pageTitle(), "a restricted case is simply not there");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("lawyer-case-journey");
                throw e;
            }
        }
    }

    static void checkViolationType(Browser browser, String code) {
        WebElement input = browser.driver().findElement(
                By.cssSelector("input[name='case:tabs:violationTypes'][value='" + code + "']"));
        browser.driver().findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
    }

    static void openTab(Browser browser, String tab) {
        browser.driver().findElement(By.cssSelector("a[href='#case:tabs:" + tab + "']")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("case:tabs:" + tab)));
    }
}
