package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lawyer in the browser: from the case to its prosecution (the stage derived from the events, the
 * timeline), schedules a hearing on Baghdad time, and finds it on their dashboard among the next 30 days'
 * hearings — not another team's — with the case listed as stalled. An advocate reads the stage without
 * the lawyers' notes and without the forms, and has no dashboard.
 */
@ExtendWith(MizanServerExtension.class)
class LawyerJourneyIT {

    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String NOTE = "the judge asked for the ballistics report twice";

    @Test
    void aLawyerSchedulesAHearingAndFindsItOnTheDashboard(MizanServer server, Api api) {
        String investigator = api.createUser("ljinv", "INVESTIGATOR");
        String lawyer = api.createUser("ljlaw", "LAWYER");
        String otherLawyer = api.createUser("ljother", "LAWYER");
        String advocate = api.createUser("ljadv", "ADVOCATE");
        String investigatorToken = api.token(investigator, Api.USER_PASSWORD);
        String lawyerToken = api.token(lawyer, Api.USER_PASSWORD);

        String reference = caseWithProceeding(api, investigatorToken, lawyerToken, investigator, lawyer, lawyer);
        // Another team's case with a hearing in the same days: never on this lawyer's dashboard.
        String otherToken = api.token(otherLawyer, Api.USER_PASSWORD);
        String elsewhere = caseWithProceeding(api, investigatorToken, otherToken, investigator, otherLawyer, otherLawyer);
        long otherProceeding = api.get("/api/cases/" + elsewhere + "/proceedings", otherToken).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        Api.Reply otherHearing = api.post("/api/proceedings/" + otherProceeding + "/hearings", otherToken, Api.object()
                .add("startsAt", LocalDate.now().plusDays(4).atTime(8, 0).atZone(ZoneId.of("Asia/Baghdad")).toInstant().toString())
                .add("purpose", "other team's hearing").build().toString());
        assertEquals(201, otherHearing.status(), otherHearing.body());

        LocalDateTime when = LocalDate.now(ZoneId.of("Asia/Baghdad")).plusDays(5).atTime(10, 30);
        String purpose = "سماع شهود الإثبات";
        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(lawyer, Api.USER_PASSWORD);
                browser.open("/cases/case.xhtml?ref=" + reference);
                browser.clickAndWaitForPage("case:proceedings");
                assertEquals(ENGLISH.get("legal.proceedings.title", reference), browser.pageTitle());
                assertEquals(ENGLISH.get("legal.phase.PARKED_AGAINST_UNKNOWN"), browser.find("proceedings:list:0:stage").getText(),
                        "the stage derived from the events recorded over REST");
                assertEquals(2, browser.driver().findElements(By.cssSelector(".mizan-timeline .mizan-timeline-type")).size(),
                        "both events on the timeline");
                assertTrue(browser.find("proceedings:list:0:events").getText().contains(NOTE), "the team reads the notes");
                String facts = browser.driver().findElement(By.cssSelector(".mizan-legal-facts")).getText();
                assertTrue(facts.contains("Test " + lawyer), "the proceeding's lawyers by display name: " + facts);

                browser.clickAndAwaitAjax("proceedings:list:0:scheduleHearing");
                browser.type("hearing:purpose", purpose);
                browser.type("hearing:startsAt_input", when.format(MINUTE) + org.openqa.selenium.Keys.TAB);
                browser.clickAndAwaitAjax("hearing:save");
                assertTrue(browser.text().contains(ENGLISH.get("legal.hearing.scheduled")), browser.text());
                String hearings = browser.find("proceedings:list:0:hearings").getText();
                assertTrue(hearings.contains(when.format(MINUTE)) && hearings.contains(purpose), hearings);

                browser.clickAndWaitForPage("nav:dashboard");
                assertEquals(ENGLISH.get("legal.dashboard.title"), browser.pageTitle());
                WebElement coming = browser.find("coming");
                assertTrue(coming.getText().contains(reference) && coming.getText().contains(purpose)
                        && coming.getText().contains(when.format(MINUTE)), "the new hearing, on Baghdad time: " + coming.getText());
                assertFalse(coming.getText().contains(elsewhere), "no other team's hearing: " + coming.getText());
                assertTrue(browser.find("stalled").getText().contains(reference), "nothing since 2021: stalled");
                assertTrue(browser.find("cases").getText().contains(reference));

                browser.type("stall:days_input", "3650");
                browser.clickAndAwaitAjax("stall:apply");
                assertFalse(browser.find("stalled").getText().contains(reference), "not stalled when ten years are allowed");

                // The same dashboard in Arabic: right to left, the hearing still there, the stage in Arabic.
                browser.switchLanguage("ar");
                assertEquals("rtl", browser.htmlAttribute("dir"));
                assertEquals(Messages.in(Locale.forLanguageTag("ar")).get("legal.dashboard.title"), browser.pageTitle());
                assertTrue(browser.find("coming").getText().contains(purpose), browser.find("coming").getText());
                browser.screenshot("dashboard-ar");
                browser.open("/legal/proceedings.xhtml?case=" + reference);
                assertEquals(Messages.in(Locale.forLanguageTag("ar")).get("legal.phase.PARKED_AGAINST_UNKNOWN"),
                        browser.find("proceedings:list:0:stage").getText());
                browser.screenshot("proceedings-ar");
                browser.switchLanguage("en");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("lawyer-journey");
                throw e;
            }
        }

        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(advocate, Api.USER_PASSWORD);
                browser.open("/legal/proceedings.xhtml?case=" + reference);
                assertEquals(ENGLISH.get("legal.phase.PARKED_AGAINST_UNKNOWN"), browser.find("proceedings:list:0:stage").getText());
                assertFalse(browser.text().contains(NOTE), "no lawyers' notes for an advocate");
                assertFalse(browser.present("proceedings:list:0:scheduleHearing") || browser.present("proceedings:open"),
                        "no forms for an advocate");
                assertFalse(browser.present("nav:dashboard"), "no dashboard in an advocate's menu");

                // The impunity clock of the case: no arrest since the incident, so every clock still runs.
                browser.clickAndWaitForPage("clock");
                assertEquals(ENGLISH.get("impunity.case.title", reference), browser.pageTitle());
                String clocks = browser.find("case").getText();
                assertTrue(clocks.contains(ENGLISH.get("impunity.clock.noArrest")) && clocks.contains("Still running:"), clocks);
                assertFalse(clocks.contains("Ended after"), clocks);
                assertTrue(browser.find("cases").getText().matches("(?s)\\d+.*"), "the indicators are counted");
                assertEquals(3, browser.driver().findElements(By.cssSelector(".mizan-charts canvas")).size(), "three charts drawn");
                browser.open("/legal/dashboard.xhtml");
                Object status = ((JavascriptExecutor) browser.driver())
                        .executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
                assertEquals(403L, ((Number) status).longValue());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("lawyer-journey-advocate");
                throw e;
            }
        }
    }

    /** A case of this team with a proceeding registered against unknown in 2021. */
    static String caseWithProceeding(Api api, String investigatorToken, String lawyerToken, String investigator,
                                             String lawyer, String proceedingLawyer) {
        return caseWithProceeding(api, investigatorToken, lawyerToken, investigator, lawyer, proceedingLawyer, Json.createArrayBuilder());
    }

    /** The same, with these parties besides the perpetrator. */
    static String caseWithProceeding(Api api, String investigatorToken, String lawyerToken, String investigator,
                                     String lawyer, String proceedingLawyer, jakarta.json.JsonArrayBuilder parties) {
        long gunman = CaseIT.person(api, investigatorToken, "مسلح مجهول", "Unknown gunman");
        Api.Reply created = api.post("/api/cases", investigatorToken, CaseIT.caseBody("Lawyer journey")
                .add("confidentiality", "STANDARD").add("assignees", Api.array(investigator, lawyer))
                .add("parties", parties.add(Api.object().add("role", "PERPETRATOR").add("personId", gunman)
                        .add("perpetratorKind", "PERSON")))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        Api.Reply opened = api.post("/api/cases/" + reference + "/proceedings", lawyerToken, Api.object()
                .add("court", "محكمة تحقيق الكرخ").add("lawyers", Api.array(proceedingLawyer))
                .add("suspects", Json.createArrayBuilder().add(Api.object().add("personId", gunman))).build().toString());
        assertEquals(201, opened.status(), opened.body());
        long id = opened.json().getJsonNumber("id").longValue();
        event(api, lawyerToken, id, Api.object().add("type", "COMPLAINT_FILED").add("date", Api.object().add("year", 2021).add("month", 1))
                .add("notes", NOTE).build());
        event(api, lawyerToken, id, Api.object().add("type", "REGISTERED_AGAINST_UNKNOWN")
                .add("date", Api.object().add("year", 2021).add("month", 4)).build());
        return reference;
    }

    private static void event(Api api, String token, long proceeding, JsonObject body) {
        Api.Reply reply = api.post("/api/proceedings/" + proceeding + "/events", token, body.toString());
        assertEquals(201, reply.status(), reply.body());
    }
}
