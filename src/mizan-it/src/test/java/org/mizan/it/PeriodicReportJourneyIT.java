package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An advocate in the browser asks for a periodic report: only the audiences an advocate may produce are offered, the
 * report is prepared in the background with a progress bar, and the page then shows its id, its SHA-256 and the
 * download — in Arabic too.
 */
@ExtendWith(MizanServerExtension.class)
class PeriodicReportJourneyIT {

    @Test
    void anAdvocateGeneratesAPublicReportWithAProgressBar(MizanServer server, Api api) {
        String advocate = api.createUser("pjadv", "ADVOCATE");
        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(advocate, Api.USER_PASSWORD);
                for (String language : List.of("en", "ar")) {
                    Messages messages = Messages.in(Locale.forLanguageTag(language));
                    if (!language.equals("en")) {
                        browser.switchLanguage(language);
                    }
                    browser.open("/reports/periodic.xhtml");
                    List<String> audiences = browser.driver().findElements(By.cssSelector("select[id='periodic:audience_input'] option"))
                            .stream().map(option -> option.getAttribute("value")).toList();
                    assertEquals(List.of("UN", "PUBLIC"), audiences, "an advocate produces only redacted reports");
                    browser.clickAndAwaitAjax("periodic:generate");
                    // While the bar moves, the words follow within a poll or two; they once said "Waiting to start…" up to 94 %.
                    List<String> stale = new java.util.ArrayList<>();
                    long[] movedAt = {0};
                    new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class).until(driver -> {
                        if (!driver.findElements(By.id("job:reportId")).isEmpty()) {
                            return true;
                        }
                        String bar = driver.findElements(By.cssSelector("#job\\:progress .ui-progressbar-label")).stream()
                                .map(WebElement::getText).findFirst().orElse("");
                        String state = driver.findElements(By.id("job:stateText")).stream().map(WebElement::getText).findFirst().orElse("");
                        if (bar.matches("[1-9]\\d?%") && movedAt[0] == 0) {
                            movedAt[0] = System.nanoTime();
                        }
                        if (movedAt[0] != 0 && System.nanoTime() - movedAt[0] > Duration.ofSeconds(3).toNanos()
                                && state.equals(messages.get("reportJob.state.QUEUED"))) {
                            stale.add(bar + " " + state);
                        }
                        return false;
                    });
                    assertTrue(stale.isEmpty(), "the state text stayed behind the bar: " + stale);
                    assertEquals(messages.get("reportJob.state.READY"), browser.find("job:stateText").getText());
                    assertTrue(browser.find("sha256").getText().matches("[0-9a-f]{64}"), browser.find("sha256").getText());
                    assertTrue(browser.find("job:download").isDisplayed());
                    assertTrue(browser.text().contains(messages.get("reportJob.kept", 60, 5)), browser.text());
                }
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("periodic-report-journey");
                throw e;
            }
        }
    }
}
