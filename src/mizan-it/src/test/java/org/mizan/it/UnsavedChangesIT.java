package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case page with changes it has not saved — a victim added through the new-person panel, text typed into the
 * narrative — says so, and leaving it (the list button, the menu) asks first; once saved, leaving is silent, and so is
 * the new case opening under its reference after its first save.
 */
@ExtendWith(MizanServerExtension.class)
class UnsavedChangesIT {

    private static final Messages ARABIC = Messages.in(Locale.forLanguageTag("ar"));
    private static final String VICTIM = "مصطفى جاسم عبد الحسين الساعدي";
    private static final String NARRATIVE = "سرد أولي للحادثة.";

    @Test
    void leavingACaseWithUnsavedChangesAsksFirst(MizanServer server, Api api) {
        String investigator = api.createUser("unsaved", "INVESTIGATOR");
        String token = api.token(investigator, Api.USER_PASSWORD);
        String reference = CaseIT.recordedCase(api, token, NARRATIVE);
        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(investigator, Api.USER_PASSWORD);
                browser.open("/cases/case.xhtml?ref=" + reference);
                browser.switchLanguage("ar");
                assertFalse(browser.driver().findElement(By.id("case:unsaved")).isDisplayed(), "nothing to save yet");

                addNewVictim(browser);
                assertTrue(browser.find("messages").getText().contains(ARABIC.get("cases.person.created", VICTIM)),
                        "the message says the case still needs saving: " + browser.find("messages").getText());
                assertEquals(ARABIC.get("unsaved.badge"), browser.find("case:unsaved").getText().strip());
                assertTrue(leaving(browser, "case:back"), "leaving with a victim not saved asks first");
                assertFalse(api.get("/api/cases/" + reference, token).body().contains(VICTIM), "the user left: nothing saved");

                browser.open("/cases/case.xhtml?ref=" + reference);
                addNewVictim(browser);
                browser.clickAndAwaitAjax("case:save");
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                        ARABIC.get("cases.saved", reference)));
                browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("case:unsaved")));
                assertFalse(leaving(browser, "case:back"), "saved: leaving does not ask");
                assertTrue(api.get("/api/cases/" + reference, token).body().contains(VICTIM), "the saved victim is stored");

                browser.open("/cases/case.xhtml?ref=" + reference);
                browser.type("case:tabs:narrative", "نص كُتب ولم يُحفظ.");
                assertTrue(browser.find("case:unsaved").isDisplayed(), "typing is a change");
                assertTrue(leaving(browser, "nav:cases"), "leaving typed text through the menu asks first");

                browser.open("/cases/case.xhtml");
                InvestigatorCaseJourneyIT.checkViolationType(browser, "THREAT");
                browser.type("case:tabs:year", "2022");
                assertTrue(browser.find("case:unsaved").isDisplayed(), "a new case being typed is unsaved");
                assertFalse(leaving(browser, "case:save"), "the new case opens under its reference without asking");
                assertNotNull(browser.queryParameter("ref"), browser.driver().getCurrentUrl());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("unsaved-changes");
                throw e;
            }
        }
    }

    @Test
    void anEditorWithTypedValuesAsksBeforeLeavingButNotOnceSavedOrCancelled(MizanServer server, Api api) {
        String investigator = api.createUser("unsavedp", "INVESTIGATOR");
        String reference = CaseIT.recordedCase(api, api.token(investigator, Api.USER_PASSWORD), NARRATIVE);
        String proceedings = "/legal/proceedings.xhtml?case=" + reference;
        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(investigator, Api.USER_PASSWORD);
                browser.open(proceedings);
                browser.clickAndAwaitAjax("proceedings:open");
                browser.type("proceeding:court", "محكمة جنايات الرصافة");
                assertTrue(leaving(browser, "nav:cases"), "a proceeding typed but not saved asks first");

                browser.open(proceedings);
                browser.clickAndAwaitAjax("proceedings:open");
                browser.type("proceeding:court", "محكمة جنايات الرصافة");
                browser.clickAndAwaitAjax("proceeding:cancel");
                assertFalse(leaving(browser, "nav:cases"), "cancelled on purpose: nothing to ask");

                browser.open(proceedings);
                browser.clickAndAwaitAjax("proceedings:open");
                browser.type("proceeding:court", "محكمة جنايات الرصافة");
                browser.clickAndAwaitAjax("proceeding:save");
                browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("proceeding:court")));
                assertFalse(leaving(browser, "nav:cases"), "saved: nothing to ask");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("unsaved-editor");
                throw e;
            }
        }
    }

    private static void addNewVictim(Browser browser) {
        InvestigatorCaseJourneyIT.openTab(browser, "victims");
        browser.clickAndAwaitAjax("case:tabs:newVictim");
        browser.type("case:person:nameArabic", VICTIM);
        browser.clickAndAwaitAjax("case:person:create");
        if (browser.present("case:person:createAnyway")) {
            browser.clickAndAwaitAjax("case:person:createAnyway");
        }
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:tabs:victimsTable"), VICTIM));
    }

    /**
     * Clicks what leaves the page and tells whether the page asked the browser to confirm first. WebDriver answers
     * that question itself (it always leaves), so a listener added after the page's own records what the page
     * decided, in the tab's session storage, which outlives the page.
     */
    private static boolean leaving(Browser browser, String id) {
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        script.executeScript("sessionStorage.removeItem('mizan-asked');"
                + "window.addEventListener('beforeunload', function (e) {"
                + " sessionStorage.setItem('mizan-asked', String(e.defaultPrevented)); });");
        browser.clickAndWaitForPage(id);
        Object asked = script.executeScript("return sessionStorage.getItem('mizan-asked');");
        assertNotNull(asked, "the page was left");
        return Boolean.parseBoolean(asked.toString());
    }
}
