package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case page looks read-only to whoever may only read it: a lawyer or an advocate sees the values as text, with no
 * input, menu, date picker or remove icon in the case's tabs; the investigator on the team still gets the inputs.
 */
@ExtendWith(MizanServerExtension.class)
class ReadOnlyCaseIT {

    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
    /** What looks as if it could be used: fields, menus, chips' and tokens' remove icons, buttons. */
    private static final By CONTROLS = By.cssSelector("input:not([type=hidden]), select, textarea, button, .ui-selectonemenu, "
            + ".ui-selectcheckboxmenu, .ui-chips, .ui-datepicker-trigger, .ui-icon-close, .pi-times, .ui-chips-token-icon");

    @Test
    void lawyersAndAdvocatesReadTextWhereTheInvestigatorHasInputs(MizanServer server, Api api) {
        String investigator = api.createUser("roinv", "INVESTIGATOR");
        String lawyer = api.createUser("rolaw", "LAWYER");
        String advocate = api.createUser("roadv", "ADVOCATE");
        String reference = LawyerJourneyIT.caseWithProceeding(api, api.token(investigator, Api.USER_PASSWORD),
                api.token(lawyer, Api.USER_PASSWORD), investigator, lawyer, lawyer);

        for (String reader : List.of(lawyer, advocate)) {
            try (Browser browser = new Browser(server)) {
                browser.signIn(reader, Api.USER_PASSWORD);
                browser.open("/cases/case.xhtml?ref=" + reference);
                WebElement tabs = browser.find("case:tabs");
                List<String> controls = tabs.findElements(CONTROLS).stream()
                        .map(e -> e.getTagName() + "#" + e.getAttribute("id") + "." + e.getAttribute("class")).toList();
                if (!controls.isEmpty()) {
                    browser.screenshot("read-only-case-" + reader);
                }
                assertEquals(List.of(), controls, reader + " sees controls in the case's tabs");
                String shown = tabs.getText();
                assertTrue(shown.contains(ENGLISH.get("cases.status.INTAKE")) && shown.contains("2019-10-25"),
                        reader + " reads the status and the date as text: " + shown);
                if (reader.equals(lawyer)) {
                    // The case's history names who recorded it by display name, not by the username they sign in with.
                    String history = browser.driver().findElement(By.id("case:tabs:history")).getAttribute("textContent");
                    assertTrue(history.contains("Test " + investigator), "the history by display name: " + history);
                }
            }
        }

        try (Browser browser = new Browser(server)) {
            browser.signIn(investigator, Api.USER_PASSWORD);
            browser.open("/cases/case.xhtml?ref=" + reference);
            assertTrue(browser.find("case:tabs:year").isEnabled(), "the investigator edits the incident date");
            assertTrue(browser.present("case:tabs:status"), "and the status");
        }
    }
}
