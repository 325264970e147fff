package org.mizan.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpRequest;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dates are typed, not clicked: the calendar no longer jumps in and eats keystrokes, Arabic-Indic digits and the
 * day-first form read as dates, a half-typed date stays in its field with a message in the page's language, the
 * calendar jumps to a year, and evidence's collection time is typed in Baghdad time like a hearing's.
 */
@ExtendWith(MizanServerExtension.class)
class TypedDatesIT {

    @Test
    void datesAreTypedInTheUsersDigitsAndCheckedInTheirLanguage(MizanServer server, Api api) throws Exception {
        String investigator = api.createUser("dateinv", "INVESTIGATOR");
        String token = api.token(investigator, Api.USER_PASSWORD);
        String word = "typeddate" + Long.toString(System.nanoTime(), 36);
        String march2020 = created(api, token, CaseIT.caseBody(word + " march").add("incidentDate",
                Api.object().add("year", 2020).add("month", 3).add("day", 10)).build());
        String october2019 = created(api, token, CaseIT.caseBody(word + " october").build());

        try (Browser browser = new Browser(server)) {
            browser.signIn(investigator, Api.USER_PASSWORD);
            browser.open("/language?to=ar&back=/cases/list.xhtml");
            WebElement from = browser.find("cases:from_input");
            from.click();
            Thread.sleep(1_000); // the calendar used to open on focus and take the field from under the typing hand
            from.sendKeys("١/٣/٢٠٢٠");
            browser.type("cases:to_input", "2020-03-31");
            browser.type("cases:text", word);
            assertFalse(calendarShown(browser), "no calendar opened by typing");
            browser.clickAndAwaitAjax("cases:filter");
            String list = browser.text();
            assertTrue(list.contains(march2020), "the March 2020 case is found between 1/3/2020 and 2020-03-31:\n" + list);
            assertFalse(list.contains(october2019), "the October 2019 case is outside the dates:\n" + list);
            assertEquals("2020-03-01", browser.find("cases:from_input").getAttribute("value"), "one form, whatever was typed");

            browser.type("cases:from_input", "2020-1");
            browser.clickAndAwaitAjax("cases:filter");
            Messages arabic = Messages.in(Locale.forLanguageTag("ar"));
            assertTrue(browser.text().contains(arabic.get("date.invalid")),
                    "a half-typed date is refused in Arabic:\n" + browser.text());
            assertEquals("2020-1", browser.find("cases:from_input").getAttribute("value"), "what was typed stays to be corrected");

            browser.open("/language?to=en&back=/cases/list.xhtml");
            browser.clickAndAwaitAjax(By.cssSelector("#cases\\:from .ui-datepicker-trigger"));
            // The same check that found no calendar after typing finds this one, once its opening animation ran.
            browser.await().until(d -> calendarShown(browser));
            // The year is typed into the calendar's header, not reached month by month.
            WebElement year = browser.driver().findElement(By.cssSelector(".ui-datepicker-year"));
            // Selected and typed over in one go: the calendar redraws its header once the year changes.
            year.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a") + "2019" + org.openqa.selenium.Keys.TAB);
            // On a busy machine the redraw comes late: a day clicked before it is a day of the month shown first.
            browser.await().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> "2019".equals(d.findElement(By.cssSelector(".ui-datepicker-year")).getAttribute("value")));
            browser.await().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                d.findElement(By.xpath("//table[contains(@class,'ui-datepicker-calendar')]//td[not(contains(@class,"
                        + "'ui-datepicker-other-month'))]//*[normalize-space(text())='15']")).click();
                return true;
            });
            browser.await().until(d -> browser.find("cases:from_input").getAttribute("value").startsWith("2019-"));
        }

        try (Browser browser = new Browser(server)) {
            browser.signIn(investigator, Api.USER_PASSWORD);
            browser.open("/language?to=ar&back=/cases/case.xhtml?ref=" + march2020);
            // "Recorded on 2026-12-07 …" in an Arabic sentence: the date isolated, so the sentence cannot turn it around
            assertTrue(java.util.regex.Pattern.compile("\u2068\\d{4}-\\d{2}-\\d{2}").matcher(browser.driver().getPageSource()).find(),
                    "the date in the case's Arabic \"recorded on\" line is isolated");
            // Coordinates in Arabic-Indic digits with the Arabic decimal separator, as the year fields already took them
            browser.type("case:tabs:latitude", "٣٣٫٣");
            browser.type("case:tabs:longitude", "٤٤٫٤");
            browser.clickAndAwaitAjax("case:save");
        }
        JsonObject recorded = api.get("/api/cases/" + march2020, token).json();
        assertEquals(0, new java.math.BigDecimal("33.3").compareTo(recorded.getJsonNumber("latitude").bigDecimalValue()), recorded::toString);
        assertEquals(0, new java.math.BigDecimal("44.4").compareTo(recorded.getJsonNumber("longitude").bigDecimalValue()), recorded::toString);

        long evidence = uploaded(api, token, march2020);
        try (Browser browser = new Browser(server)) {
            browser.signIn(investigator, Api.USER_PASSWORD);
            browser.open("/evidence/item.xhtml?id=" + evidence);
            assertTrue(browser.text().contains(Messages.in(Locale.ENGLISH).get("evidence.provenance.collectedAt")));
            browser.type("provenance:collectedAt_input", "19/8/2020 14:30");
            browser.clickAndAwaitAjax("provenance:save");
        }
        JsonObject item = api.get("/api/evidence/" + evidence, token).json();
        assertEquals("2020-08-19T11:30:00Z", item.getString("collectedAt"),
                "14:30 in Baghdad is 11:30 UTC: " + item);
    }

    private static boolean calendarShown(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".ui-datepicker.ui-datepicker-mobile, .ui-datepicker-panel, .ui-datepicker"))
                .stream().anyMatch(WebElement::isDisplayed);
    }

    private static String created(Api api, String token, JsonObject body) {
        Api.Reply reply = api.post("/api/cases", token, body.toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("reference");
    }

    private static long uploaded(Api api, String token, String reference) {
        Api.Reply reply = api.send(api.builder("/api/cases/" + reference + "/evidence?name=note.txt", token)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("A note " + System.nanoTime())).build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }
}
