package org.mizan.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.platform.control.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An investigator imports a small CSV through the wizard: the preview shows how it was read and the suggested
 * columns, the dry run says what would be created and which row is wrong and why, the import is offered only for
 * the mapping that was dry-run, and the batch is listed. An administrator then rolls the batch back from its page.
 */
@ExtendWith(MizanServerExtension.class)
class ImportJourneyIT {

    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
    private static final String[] SUGGESTED = {"VICTIM_NAME", "INCIDENT_DATE", "GOVERNORATE", "VIOLATION_TYPE", "NARRATIVE"};

    @Test
    void anInvestigatorDryRunsAndImportsACsvAndAnAdministratorRollsItBack(MizanServer server, Api api, @TempDir Path folder)
            throws Exception {
        String investigator = api.createUser("impjinv", "INVESTIGATOR");
        String administrator = api.createUser("impjadm", "ADMIN");
        // The database is shared with the other tests: a token of this run's own makes its rows new to it.
        String token = Api.unique("journey");
        Path csv = Files.writeString(folder.resolve("journey.csv"), String.join("\r\n",
                "الاسم,Date,Governorate,Type,Details",
                "سلام عادل الربيعي,19/8/2020,بغداد,اغتيال,first " + token,
                "مهند كاظم الزيدي,19/8/2020,بغداد,اغتيال,second " + token,
                "رياض حميد,32/13/2020,Atlantis,اغتيال,bad " + token) + "\r\n", StandardCharsets.UTF_8);

        long batch;
        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(investigator, Api.USER_PASSWORD);
                browser.open("/imports/import.xhtml");
                browser.driver().findElement(By.cssSelector("[id='upload:file'] input[type=file]")).sendKeys(csv.toString());
                assertEquals("CSV", browser.find("reading:format").getText());
                assertEquals("UTF-8", browser.find("reading:encoding").getText().toUpperCase(Locale.ROOT));
                assertEquals(",", browser.find("reading:delimiter").getText());
                for (int column = 0; column < SUGGESTED.length; column++) {
                    assertEquals(ENGLISH.get("importField." + SUGGESTED[column]), browser.find(field(column) + "_label").getText(),
                            "the suggested field of column " + column);
                }
                assertTrue(browser.find("preview").getText().contains("سلام عادل الربيعي"), browser.find("preview").getText());

                browser.clickAndAwaitAjax("mapping:dryRun");
                awaitReport(browser);
                // The state line follows the progress poll, which may come a moment after the report appeared.
                awaitState(browser, ENGLISH.get("importPage.state.dryRun.DONE"));
                assertEquals("3", browser.find("job:rowsRead").getText());
                assertEquals("2", browser.find("job:casesCreated").getText());
                assertEquals("1", browser.find("job:rowsInvalid").getText());
                long persons = Long.parseLong(browser.find("job:personsCreated").getText());
                String errors = browser.find("job:errors").getText();
                assertTrue(errors.contains(ENGLISH.get("import.value.date", "32/13/2020")), errors);
                assertTrue(errors.contains(ENGLISH.get("import.value.governorate", "Atlantis")), errors);
                browser.find("job:errors").findElements(By.cssSelector("tbody tr")).forEach(row ->
                        assertEquals("4", row.findElement(By.cssSelector("td")).getText(), "rows are numbered as in the spreadsheet"));

                // The import is offered for the mapping that was dry-run, and for no other.
                ContactJourneyIT.choose(browser, field(4), ENGLISH.get("importPage.notImported"));
                settled(browser).until(d -> !importButton(browser).isEnabled());
                ContactJourneyIT.choose(browser, field(4), ENGLISH.get("importField.NARRATIVE"));
                settled(browser).until(d -> importButton(browser).isEnabled());

                importButton(browser).click();
                WebElement confirm = browser.find("confirm:yes");
                String question = ENGLISH.get("importPage.confirm", 2, persons);
                assertTrue(browser.text().contains(question), browser.text());
                confirm.click();
                browser.awaitAjax();
                awaitReport(browser);
                browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("job:batchId")));
                settled(browser).until(d -> d.findElements(By.cssSelector(".ui-confirm-dialog")).stream().noneMatch(WebElement::isDisplayed));
                // The state line follows the progress poll, which may come a moment after the report appeared.
                awaitState(browser, ENGLISH.get("importPage.state.import.DONE"));
                assertEquals("2", browser.find("job:casesCreated").getText());
                batch = Long.parseLong(browser.find("job:batchId").getText());
                // The sample of the cases created names them, each a link to its case.
                List<WebElement> created = browser.driver().findElements(By.cssSelector("[id$='sample'] a.mizan-case-ref"));
                assertEquals(2, created.size(), browser.text());
                assertTrue(created.get(0).getAttribute("href").contains("/cases/case.xhtml?ref=" + created.get(0).getText()),
                        created.get(0).getAttribute("href"));

                browser.clickAndWaitForPage("job:batches");
                assertEquals(ENGLISH.get("importPage.batches.title"), browser.pageTitle());
                assertTrue(batchRow(browser, batch).getText().contains("journey.csv"), batchRow(browser, batch).getText());
                assertTrue(browser.driver().findElements(By.cssSelector("[id$=':rollback']")).isEmpty(),
                        "only an administrator rolls back");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("import-journey");
                throw e;
            }
        }

        JsonObject listed = api.get("/api/imports/batches", api.token(investigator, Api.USER_PASSWORD)).array().stream()
                .map(JsonObject.class::cast).filter(b -> b.getJsonNumber("id").longValue() == batch).findFirst().orElseThrow();
        assertEquals(2, listed.getInt("casesCreated"), listed.toString());
        assertEquals(2, count("SELECT count(*) FROM violation_case WHERE narrative LIKE '%" + token + "%'", api));
        assertEquals(2, count("SELECT count(*) FROM violation_case WHERE import_batch_id = " + batch, api));

        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(administrator, Api.USER_PASSWORD);
                browser.open("/imports/batches.xhtml");
                batchRow(browser, batch).findElement(By.cssSelector("[id$=':rollback']")).click();
                browser.find("confirm:yes").click();
                browser.awaitAjax();
                settled(browser).until(d -> batchRow(browser, batch).getText().contains(ENGLISH.get("importPage.batches.state.ROLLED_BACK")));
                assertTrue(browser.find("messages").getText().contains(ENGLISH.get("importPage.batches.rolledBack", batch)), browser.text());
                settled(browser).until(d -> d.findElements(By.cssSelector(".ui-confirm-dialog")).stream().noneMatch(WebElement::isDisplayed));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("import-journey-rollback");
                throw e;
            }
        }
        assertEquals(0, count("SELECT count(*) FROM violation_case WHERE narrative LIKE '%" + token + "%'", api));
    }

    private static String field(int column) {
        return "mapping:heads:" + column + ":field";
    }

    /** A wait that looks again when AJAX replaced what it was looking at. */
    private static FluentWait<WebDriver> settled(Browser browser) {
        return browser.await().ignoring(StaleElementReferenceException.class);
    }

    private static WebElement importButton(Browser browser) {
        return browser.driver().findElement(By.id("mapping:import"));
    }

    private static void awaitState(Browser browser, String expected) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBe(By.id("job:stateText"), expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, browser.find("job:stateText").getText());
        }
    }

    /** The report appears once the progress bar has completed and the page has fetched it. */
    private static void awaitReport(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("job:casesCreated")));
        browser.awaitAjax();
    }

    private static WebElement batchRow(Browser browser, long batch) {
        return browser.find("batches:list").findElement(By.xpath(".//tbody/tr[td[1][normalize-space()='" + batch + "']]"));
    }

    private static long count(String sql, Api api) throws SQLException {
        try (Connection connection = api.server().sql(); var statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
