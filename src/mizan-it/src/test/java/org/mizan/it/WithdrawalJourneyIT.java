package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Withdrawing a case in the browser, in Arabic: a colleague on the team has no button; the lead opens the confirmation,
 * is told in Arabic that a reason is needed, gives one and lands on the case list, told that the case was withdrawn.
 */
@ExtendWith(MizanServerExtension.class)
class WithdrawalJourneyIT {

    private static final Messages ARABIC = Messages.in(Locale.forLanguageTag("ar"));

    @Test
    void theLeadWithdrawsACaseWithAReasonAfterAConfirmation(MizanServer server, Api api) {
        String lead = api.createUser("wjlead", "INVESTIGATOR");
        String colleague = api.createUser("wjcol", "INVESTIGATOR");
        String leadToken = api.token(lead, Api.USER_PASSWORD);
        Api.Reply created = api.post("/api/cases", leadToken, CaseIT.caseBody("Withdrawal journey")
                .add("assignees", Api.array(lead, colleague)).build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");

        try (Browser browser = new Browser(server)) {
            browser.signIn(colleague, Api.USER_PASSWORD);
            browser.open("/cases/case.xhtml?ref=" + reference);
            browser.find("teamPanel");
            assertFalse(browser.present("withdrawOpen"), "only the lead and administrators see the button");
        }

        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(lead, Api.USER_PASSWORD);
                browser.switchLanguage("ar");
                browser.open("/cases/case.xhtml?ref=" + reference);
                browser.find("withdrawOpen").click();
                browser.find("withdrawal:reason");
                assertTrue(browser.find("withdrawalDialog").getText().contains(ARABIC.get("case.withdrawal.confirm")));
                browser.clickAndAwaitAjax("withdrawal:withdraw");
                assertTrue(browser.find("withdrawal").getText().contains(ARABIC.get("case.team.reasonRequired")),
                        browser.find("withdrawal").getText());
                assertEquals(200, api.get("/api/cases/" + reference, leadToken).status(), "nothing withdrawn without a reason");

                browser.type("withdrawal:reason", "أُدخلت مرتين بالخطأ");
                browser.clickAndWaitForPage("withdrawal:withdraw");
                assertTrue(browser.text().contains(ARABIC.get("case.withdrawal.done", reference)), browser.text());
                assertEquals(404, api.get("/api/cases/" + reference, leadToken).status());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("withdrawal-journey");
                throw e;
            }
        }
    }

    @Test
    void theLeadWithdrawsAPersonEnteredByMistakeOnceTheCaseIsSaved(MizanServer server, Api api) {
        Messages kurdish = Messages.in(Locale.forLanguageTag("ckb"));
        String lead = api.createUser("wjplead", "INVESTIGATOR");
        String colleague = api.createUser("wjpcol", "INVESTIGATOR");
        String leadToken = api.token(lead, Api.USER_PASSWORD);
        String marker = Api.unique("w");
        long mistaken = CaseIT.person(api, leadToken, "شخص مكرر " + marker, null);
        long victim = CaseIT.person(api, leadToken, "ضحية حقيقية " + marker, null);
        Api.Reply created = api.post("/api/cases", leadToken, CaseIT.caseBody("Person withdrawal journey " + marker)
                .add("assignees", Api.array(lead, colleague)).add("parties", jakarta.json.Json.createArrayBuilder()
                        .add(Api.object().add("role", "VICTIM").add("personId", mistaken))
                        .add(Api.object().add("role", "VICTIM").add("personId", victim))).build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        org.openqa.selenium.By victimsTab = org.openqa.selenium.By.cssSelector("a[href='#case:tabs:victims']");
        org.openqa.selenium.By withdrawFirst = org.openqa.selenium.By.cssSelector("[id='case:tabs:victimsTable'] tbody tr:first-child "
                + "button[id$=':withdrawPerson']");

        try (Browser browser = new Browser(server)) {
            browser.signIn(colleague, Api.USER_PASSWORD);
            browser.open("/cases/case.xhtml?ref=" + reference);
            browser.clickAndAwaitAjax(victimsTab);
            assertTrue(browser.driver().findElements(withdrawFirst).isEmpty(), "only the lead and administrators withdraw persons");
        }

        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(lead, Api.USER_PASSWORD);
                browser.open("/language?to=ckb&back=/cases/case.xhtml?ref=" + reference);
                browser.clickAndAwaitAjax(victimsTab);
                // An unsaved change on the page: the withdrawal, which reopens the case, waits for it to be saved.
                browser.type("case:tabs:victimsTable:1:age", "31");
                browser.clickAndAwaitAjax(withdrawFirst);
                browser.type("personWithdrawal:reason", "تۆمارکرا دوو جار");
                browser.clickAndAwaitAjax("personWithdrawal:withdraw");
                assertTrue(browser.find("personWithdrawal").getText().contains(kurdish.get("person.withdrawal.saveFirst")),
                        browser.find("personWithdrawal").getText());
                assertEquals(200, api.get("/api/persons/" + mistaken, leadToken).status(), "nothing withdrawn");
                browser.clickAndAwaitAjax("personWithdrawal:cancel");
                browser.clickAndAwaitAjax("case:save");
                assertEquals(31, ageOf(api.get("/api/cases/" + reference, leadToken).json(), victim), "the change was saved");

                browser.clickAndAwaitAjax(victimsTab);
                browser.clickAndAwaitAjax(withdrawFirst);
                browser.find("personWithdrawal:reason").clear();
                browser.clickAndAwaitAjax("personWithdrawal:withdraw");
                assertTrue(browser.find("personWithdrawal").getText().contains(kurdish.get("case.team.reasonRequired")),
                        "a reason is needed, said in Kurdish: " + browser.find("personWithdrawal").getText());
                browser.type("personWithdrawal:reason", "تۆمارکرا دوو جار");
                browser.clickAndWaitForPage("personWithdrawal:withdraw");
                assertTrue(browser.text().contains(kurdish.get("person.withdrawal.done", "شخص مكرر " + marker)), browser.text());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("person-withdrawal-journey");
                throw e;
            }
        }
        assertEquals(404, api.get("/api/persons/" + mistaken, leadToken).status(), "gone for everyone");
        jakarta.json.JsonObject after = api.get("/api/cases/" + reference, leadToken).json();
        assertFalse(after.toString().contains("\"personId\":" + mistaken + ","), after.toString());
        assertEquals(31, ageOf(after, victim), "the other victim and the saved change stay");
    }

    private static int ageOf(jakarta.json.JsonObject c, long person) {
        return c.getJsonArray("parties").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("personId") != null && p.getJsonNumber("personId").longValue() == person)
                .findFirst().orElseThrow().getInt("ageAtIncident");
    }
}
