package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lawyer in the browser records a measure outside the courts through the small form on the case's
 * legal timeline and finds it there among the court steps, in date order and marked as outside the courts — in English,
 * Arabic and Kurdish.
 */
@ExtendWith(MizanServerExtension.class)
class MeasureJourneyIT {

    private static final String AUTHORITY = "وزارة الداخلية";

    @Test
    void aMeasureStandsOnTheLegalTimelineInEveryLanguage(MizanServer server, Api api) {
        String investigator = api.createUser("mjinv", "INVESTIGATOR");
        String lawyer = api.createUser("mjlaw", "LAWYER");
        String investigatorToken = api.token(investigator, Api.USER_PASSWORD);
        Api.Reply created = api.post("/api/cases", investigatorToken, CaseIT.caseBody("Measure journey")
                .add("assignees", Api.array(investigator, lawyer)).build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        Api.Reply opened = api.post("/api/cases/" + reference + "/proceedings", investigatorToken,
                Api.object().add("court", "محكمة تحقيق الكرخ").build().toString());
        assertEquals(201, opened.status(), opened.body());
        for (int[] on : new int[][]{{2019, 11}, {2021, 2}}) {
            Api.Reply event = api.post("/api/proceedings/" + opened.json().getJsonNumber("id") + "/events", investigatorToken,
                    Api.object().add("type", on[0] == 2019 ? "COMPLAINT_FILED" : "INVESTIGATION_OPENED")
                            .add("date", Api.object().add("year", on[0]).add("month", on[1])).build().toString());
            assertEquals(201, event.status(), event.body());
        }

        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(lawyer, Api.USER_PASSWORD);
                browser.open("/legal/proceedings.xhtml?case=" + reference);
                browser.clickAndAwaitAjax("timeline:recordMeasure");
                ContactJourneyIT.choose(browser, "measure:kind", text("en", "legal.measure.DISMISSAL"));
                browser.type("measure:year", "2020");
                browser.type("measure:authority", AUTHORITY);
                browser.type("measure:description", "Police chief of the district removed from his post");
                browser.type("measure:sourceUrl", "https://example.org/order");
                browser.clickAndAwaitAjax("measure:save");
                assertTrue(browser.text().contains(text("en", "legal.measure.recorded")), browser.text());
                assertFalse(browser.present("measure:save"), "the form closes once saved");
                // A court step typed through its own form, which shares the date fields, joins the same timeline.
                browser.clickAndAwaitAjax("proceedings:list:0:recordEvent");
                ContactJourneyIT.choose(browser, "event:type", text("en", "legal.event.REFERRAL"));
                browser.type("event:year", "2022");
                browser.clickAndAwaitAjax("event:save");
                assertTrue(browser.text().contains(text("en", "legal.event.recorded")), browser.text());

                for (String language : new String[]{"en", "ar", "ckb"}) {
                    browser.switchLanguage(language);
                    browser.open("/legal/proceedings.xhtml?case=" + reference);
                    String steps = browser.find("timeline:steps").getText();
                    String measure = text(language, "legal.measure.DISMISSAL");
                    assertTrue(steps.contains(measure) && steps.contains(text(language, "legal.timeline.nonJudicial"))
                            && steps.contains(AUTHORITY), language + ": " + steps);
                    int complaint = steps.indexOf(text(language, "legal.event.COMPLAINT_FILED"));
                    int opening = steps.indexOf(text(language, "legal.event.INVESTIGATION_OPENED"));
                    int referral = steps.indexOf(text(language, "legal.event.REFERRAL"));
                    assertTrue(complaint >= 0 && complaint < steps.indexOf(measure) && steps.indexOf(measure) < opening && opening < referral,
                            language + ", in date order among the court steps: " + steps);
                    browser.screenshot("measures-" + language);
                }
                browser.switchLanguage("en");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("measure-journey");
                throw e;
            }
        }
    }

    private static String text(String language, String key) {
        return Messages.in(Locale.forLanguageTag(language)).get(key);
    }
}
