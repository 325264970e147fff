package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import org.mizan.platform.boundary.LocaleChoices;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages whose PrimeFaces components format dates — the schedule, the date pickers, the timeline — in each of
 * the three languages, with a prosecution that has events and a hearing coming up (in Kurdish
 * they once answered 500, "Invalid locale format: ckb").
 */
@ExtendWith(MizanServerExtension.class)
class KurdishPagesIT {

    @Test
    void everyDateShowingPageOpensInEnglishArabicAndKurdish(MizanServer server, Api api) {
        String investigator = api.createUser("kuinv", "INVESTIGATOR");
        String lawyer = api.createUser("kulaw", "LAWYER");
        String lawyerToken = api.token(lawyer, Api.USER_PASSWORD);
        String reference = LawyerJourneyIT.caseWithProceeding(api, api.token(investigator, Api.USER_PASSWORD), lawyerToken,
                investigator, lawyer, lawyer);
        long proceeding = api.get("/api/cases/" + reference + "/proceedings", lawyerToken).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        Api.Reply hearing = api.post("/api/proceedings/" + proceeding + "/hearings", lawyerToken, Api.object()
                .add("startsAt", Instant.now().plusSeconds(3 * 86_400).toString()).add("purpose", "جلسة").build().toString());
        assertEquals(201, hearing.status(), hearing.body());

        List<String> pages = List.of("/legal/dashboard.xhtml", "/legal/proceedings.xhtml?case=" + reference,
                "/legal/impunity.xhtml", "/legal/impunity.xhtml?case=" + reference, "/reports/periodic.xhtml",
                "/cases/list.xhtml", "/cases/case.xhtml?ref=" + reference, "/account/sessions.xhtml");
        List<String> broken = new ArrayList<>();
        try (Browser browser = new Browser(server)) {
            browser.signIn(lawyer, Api.USER_PASSWORD);
            for (String language : List.of("ckb", "ar", "en")) {
                browser.open("/account/password.xhtml");
                browser.switchLanguage(language);
                Messages messages = Messages.in(Locale.forLanguageTag(language));
                if (!browser.text().contains(messages.get("password.rules"))) {
                    broken.add(language + ": the password rules are not shown before submitting");
                }
                for (String page : pages) {
                    browser.open(page);
                    String title = browser.pageTitle();
                    if (browser.present("error-text") || title.equals(messages.get("error.500.title"))
                            || !language.equals(browser.htmlAttribute("lang"))) {
                        broken.add(language + " " + page + ": " + title);
                        browser.screenshot("kurdish-pages-" + language + page.replaceAll("[^a-z]", "-"));
                    }
                    if (page.startsWith("/legal/dashboard")) {
                        // The schedule names the month as the forms do: كانون الأول in Arabic, not the browser's ديسمبر.
                        YearMonth month = YearMonth.now(ZoneId.of("Asia/Baghdad"));
                        String expected = LocaleChoices.monthNames(Locale.forLanguageTag(language), TextStyle.FULL_STANDALONE)
                                .get(month.getMonthValue() - 1) + " " + month.getYear();
                        String shown = browser.await().until(ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector(".fc-toolbar-title"))).getText();
                        if (!shown.equals(expected)) {
                            broken.add(language + " schedule month: " + shown + " instead of " + expected);
                        }
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }
}
