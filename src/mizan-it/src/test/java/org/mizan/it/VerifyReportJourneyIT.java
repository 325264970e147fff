package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An advocate on the Arabic "verify a report" page: a dossier as issued, then the same file changed by one byte. */
@ExtendWith(MizanServerExtension.class)
class VerifyReportJourneyIT {

    private static final Messages ARABIC = Messages.in(Locale.forLanguageTag("ar"));

    @Test
    void anAdvocateLearnsWhichFileMizanIssuedAndWhichWasChanged(MizanServer server, Api api) throws IOException {
        String investigator = api.newUserToken("verinv", "INVESTIGATOR");
        String reference = api.post("/api/cases", investigator, CaseIT.caseBody("verify journey").build().toString())
                .json().getString("reference");
        String advocateName = api.createUser("veradv", "ADVOCATE");
        HttpResponse<byte[]> dossier = fetch(api, "/api/cases/" + reference + "/dossier?audience=PUBLIC&lang=ar",
                api.token(advocateName, Api.USER_PASSWORD));
        assertEquals(200, dossier.statusCode());
        String reportId = dossier.headers().firstValue("X-Report-Id").orElseThrow();
        Path issued = Files.createTempFile("issued", ".pdf");
        Files.write(issued, dossier.body());
        byte[] bytes = dossier.body().clone();
        bytes[bytes.length / 3] ^= 0x01;
        Path changed = Files.createTempFile("changed", ".pdf");
        Files.write(changed, bytes);

        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(advocateName, Api.USER_PASSWORD);
                browser.open("/reports/verify.xhtml");
                browser.switchLanguage("ar");
                assertEquals(ARABIC.get("verify.title"), browser.pageTitle());
                assertEquals("rtl", browser.htmlAttribute("dir"));

                choose(browser, issued);
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdictWord"), ARABIC.get("verify.verdict.ISSUED")));
                String issuedAt = browser.find("generatedAt").getText();
                assertTrue(issuedAt.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC"), issuedAt);
                assertEquals(ARABIC.get("verify.issuedOn.ISSUED", reportId, issuedAt), browser.find("verdict").getText());
                assertTrue(browser.present("result") && !browser.driver().findElements(By.cssSelector(".mizan-verdict-ISSUED .pi-verified")).isEmpty(),
                        "a genuine file is shown as such: its colour and icon");
                assertEquals(reportId, browser.find("reportId").getText());
                assertEquals(advocateName, browser.find("generatedBy").getText());
                assertEquals(ARABIC.get("report.audience.PUBLIC"), browser.find("audience").getText());
                String facts = browser.find("result").getText();
                assertTrue(facts.contains(ARABIC.get("report.order.lang.ar")) && facts.contains(reference), facts);
                assertFalse(facts.contains("lang=") || facts.contains("audience=") || facts.contains("case="),
                        "what was asked for is in words, not stored parameters: " + facts);

                choose(browser, changed);
                String claim = ARABIC.get("verify.issuedOn.CHANGED", reportId, issuedAt);
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), claim));
                assertEquals(ARABIC.get("verify.verdict.CHANGED"), browser.find("verdictWord").getText());
                assertFalse(browser.driver().findElements(By.cssSelector(".mizan-verdict-CHANGED .pi-exclamation-triangle")).isEmpty(),
                        "an altered file is shown as altered: its colour and icon");
                assertTrue(browser.find("sha256").getText().matches("[0-9a-f]{64}"));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("verify-report");
                throw e;
            }
        } finally {
            Files.deleteIfExists(issued);
            Files.deleteIfExists(changed);
        }
    }

    private static void choose(Browser browser, Path file) {
        browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
    }

    private static HttpResponse<byte[]> fetch(Api api, String path, String token) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(api.builder(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
