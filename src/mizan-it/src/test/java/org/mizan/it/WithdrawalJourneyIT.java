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
}
