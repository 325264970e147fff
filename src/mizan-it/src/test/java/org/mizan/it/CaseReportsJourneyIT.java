package org.mizan.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Reports dialog of the case page, for an advocate: only the UN and PUBLIC audiences are offered, a WGEID
 * submission of an incomplete disappearance lists everything missing (one message per item), and a dossier is
 * issued with its report id and SHA-256 shown before the download; then the same dialog in Arabic, right to left.
 */
@ExtendWith(MizanServerExtension.class)
class CaseReportsJourneyIT {

    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
    private static final Messages ARABIC = Messages.in(Locale.forLanguageTag("ar"));

    @Test
    void anAdvocateLearnsWhatASubmissionLacksAndIssuesADossier(MizanServer server, Api api) throws java.io.IOException {
        String investigator = api.newUserToken("crinv", "INVESTIGATOR");
        String advocate = api.createUser("cradv", "ADVOCATE");
        long victim = CaseIT.person(api, investigator, "حيدر ناصر", "Haidar Nasser");
        // A disappearance known only to the month, with no place, no perpetrator, no legal step and no consent.
        Api.Reply created = api.post("/api/cases", investigator, CaseIT.caseBody("Taken at night.")
                .add("violationTypes", Api.array("ABDUCTION")).add("incidentDate", Api.object().add("year", 2024).add("month", 2))
                .addNull("locality")
                .add("parties", Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", victim)
                        .add("fate", "MISSING").add("ageAtIncident", 31)))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");

        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(advocate, Api.USER_PASSWORD);
                browser.open("/cases/case.xhtml?ref=" + reference);
                browser.find("case:reports").click();
                browser.find("caseReports:organisation");
                List<String> audiences = browser.driver().findElements(By.cssSelector("select[id='caseReports:audience_input'] option"))
                        .stream().map(o -> o.getAttribute("value")).toList();
                assertEquals(List.of("UN", "PUBLIC"), audiences, "an advocate produces redacted audiences only");

                browser.type("caseReports:organisation", "Tishreen Families Network");
                browser.type("caseReports:submitterName", "Zainab Hadi");
                browser.clickAndAwaitAjax("caseReports:generateWgeid");
                assertTrue(browser.find("caseReports:submitterContact").findElement(By.xpath("..")).getText()
                        .contains(ENGLISH.get("validation.required")), "the missing submitter contact is named at its field");

                browser.type("caseReports:submitterContact", "zainab@example.org");
                browser.clickAndAwaitAjax(By.cssSelector("label[for='caseReports:confidential:1']"));
                browser.clickAndAwaitAjax("caseReports:generateWgeid");
                String messages = browser.find("caseReports:messages").getText();
                for (String key : List.of("caseReports.refused", "wgeid.missing.b", "wgeid.missing.c", "wgeid.missing.d",
                        "wgeid.missing.e", "wgeid.missing.consent")) {
                    assertTrue(messages.contains(ENGLISH.get(key)), "missing " + key + " in:\n" + messages);
                }
                assertFalse(messages.contains(ENGLISH.get("wgeid.missing.a")), messages);
                assertFalse(browser.present("caseReports:download"), "nothing to download after a refusal");

                browser.clickAndAwaitAjax("caseReports:dossier");
                String issued = browser.find("caseReports:issued").getText();
                assertTrue(issued.matches("(?s).*Report MZR-[A-Z0-9-]+ issued\\. SHA-256: [0-9a-f]{64}.*"), issued);
                // The download itself: the PDF, handed over once (the button goes with it on the next render).
                java.nio.file.Path downloads = java.nio.file.Files.createTempDirectory(server.work(), "downloads");
                ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                        java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
                browser.find("caseReports:download").click();
                java.nio.file.Path pdf = downloads.resolve(reference + "-dossier-un-en.pdf");
                browser.await().until(d -> java.nio.file.Files.exists(pdf));
                String text = org.mizan.reports.control.PdfText.of(java.nio.file.Files.readAllBytes(pdf));
                assertTrue(text.contains(reference) && text.contains(issued.replaceAll("(?s).*Report (MZR-[A-Z0-9-]+) issued.*", "$1")), text);

                browser.find("caseReports:close").click();
                browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("caseReportsDialog")));
                browser.switchLanguage("ar");
                assertEquals("rtl", browser.htmlAttribute("dir"));
                browser.find("case:reports").click();
                WebElement dialog = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("caseReportsDialog")));
                assertTrue(dialog.getText().contains(ARABIC.get("caseReports.title")), dialog.getText());
                assertTrue(dialog.getText().contains(ARABIC.get("caseReports.organisation")), dialog.getText());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("case-reports-journey");
                throw e;
            }
        }
    }
}
