package org.mizan.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.platform.control.Messages;
import org.mizan.platform.control.Sha256;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.primefaces.util.FileUploadUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An investigator uploads two files at once through the evidence page — each with its own progress
 * bar — with the provenance typed beside the uploader, and finds both listed with their SHA-256; a file
 * over the limit is refused in the browser and, when the browser's check is bypassed, by the server,
 * and nothing of it is stored. The item page shows the intake in the chain of custody. A lawyer
 * downloads the very bytes that were uploaded (a custody event) and previews the image; an advocate,
 * in Arabic, sees the hashes but no download, and the file itself is refused.
 */
@ExtendWith(MizanServerExtension.class)
class EvidenceJourneyIT {

    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
    private static final Messages ARABIC = Messages.in(Locale.forLanguageTag("ar"));
    private static final String PROVIDED_BY = "أخ الضحية";

    /** Remembers, for each file row of the uploader, the highest value its progress bar reached. */
    private static final String RECORD_PROGRESS = """
            window.mizanProgress = {};
            new MutationObserver(function (changes) {
                changes.forEach(function (change) {
                    var bar = change.target;
                    var row = bar.closest && bar.closest('.ui-fileupload-row');
                    if (row && bar.classList.contains('ui-progressbar')) {
                        var name = row.querySelector('.ui-fileupload-filename').textContent;
                        var value = Number(bar.getAttribute('aria-valuenow'));
                        window.mizanProgress[name] = Math.max(window.mizanProgress[name] || 0, value);
                    }
                });
            }).observe(document.body, {subtree: true, attributes: true, attributeFilter: ['aria-valuenow']});
            """;

    /** Fetches a URL with the browser's session; answers the status, two headers and the SHA-256 of the body. */
    private static final String FETCH = """
            var done = arguments[arguments.length - 1];
            var headers = arguments[1] ? {Range: arguments[1]} : {};
            fetch(arguments[0], {credentials: 'same-origin', headers: headers}).then(function (reply) {
                return reply.arrayBuffer().then(function (body) {
                    return crypto.subtle.digest('SHA-256', body).then(function (hash) {
                        done({status: reply.status, disposition: reply.headers.get('Content-Disposition'),
                              range: reply.headers.get('Content-Range'),
                              sha256: Array.from(new Uint8Array(hash)).map(function (b) {
                                  return b.toString(16).padStart(2, '0'); }).join('')});
                    });
                });
            }).catch(function (e) { done({error: String(e)}); });
            """;

    @Test
    void investigatorUploadsTwoFilesLawyerDownloadsOneAdvocateSeesOnlyTheHashes(MizanServer server, Api api, @TempDir Path folder)
            throws IOException {
        String investigator = api.createUser("nadia", "INVESTIGATOR");
        String lawyer = api.createUser("karim", "LAWYER");
        String advocate = api.createUser("zainab", "ADVOCATE");
        String token = api.token(investigator, Api.USER_PASSWORD);
        Api.Reply created = api.post("/api/cases", token, Api.object().add("violationTypes", Api.array("ABDUCTION"))
                .add("incidentDate", Api.object().add("year", 2020)).build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");

        Path photo = noisePhoto(folder.resolve("scene-photo.png"));
        Path statement = Files.writeString(folder.resolve("إفادة شاهد.txt"),
                "شهد الشاهد أن مسلحين اقتادوا الناشط من أمام منزله في الناصرية.\n".repeat(4000), StandardCharsets.UTF_8);
        Path tooLarge = Files.write(folder.resolve("drone-footage.mp4"), randomBytes(MizanServer.EVIDENCE_MAX_BYTES + 1));
        String photoSha = sha256(photo);
        String statementSha = sha256(statement);

        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(investigator, Api.USER_PASSWORD);
                browser.open("/cases/case.xhtml?ref=" + reference);
                browser.clickAndWaitForPage("case:evidence");
                assertEquals(ENGLISH.get("evidence.list.title", reference), browser.pageTitle());

                browser.type("upload:providedBy", PROVIDED_BY);
                js(browser).executeScript(RECORD_PROGRESS);
                chooseFiles(browser, photo, statement);
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:items"), photoSha));
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:items"), statementSha));

                @SuppressWarnings("unchecked")
                Map<String, Object> progress = (Map<String, Object>) js(browser).executeScript("return window.mizanProgress;");
                assertEquals(Map.of(name(photo), 100L, name(statement), 100L), progress,
                        "each file had a progress bar of its own, and each bar reached 100 %");
                String outcomes = browser.find("upload:outcomes").getText();
                assertTrue(outcomes.contains(photoSha) && outcomes.contains(statementSha), outcomes);

                JsonArray items = api.get("/api/cases/" + reference + "/evidence", token).array();
                assertEquals(2, items.size(), items::toString);
                for (JsonObject item : items.getValuesAs(JsonObject.class)) {
                    assertEquals(PROVIDED_BY, item.getString("providedBy", null), "the provenance typed beside the uploader, for both");
                }

                // Over the limit: refused in the browser before a byte is sent...
                String tooLargeText = plain(ENGLISH.get("evidence.upload.tooLarge", name(tooLarge),
                        FileUploadUtils.formatBytes(MizanServer.EVIDENCE_MAX_BYTES, Locale.ENGLISH)));
                chooseFiles(browser, tooLarge);
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidenceRefusals"), name(tooLarge)));
                assertEquals(tooLargeText, plain(browser.find("evidenceRefusals").getText()));
                // ...and by the server when the browser's check is bypassed. Neither stores anything.
                js(browser).executeScript("document.getElementById('evidenceRefusals').removeAttribute('data-max-bytes');");
                chooseFiles(browser, tooLarge);
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload:outcomes"), name(tooLarge)));
                String outcomesNow = plain(browser.find("upload:outcomes").getText());
                assertTrue(outcomesNow.contains(tooLargeText), outcomesNow);
                assertEquals(2, api.get("/api/cases/" + reference + "/evidence", token).array().size(), "nothing stored");

                // The item page: the chain of custody starts with the intake.
                browser.clickAndWaitForPage(By.xpath("//tr[.//span[normalize-space(.)='" + photoSha + "']]//a[contains(@id, ':open')]"));
                assertEquals(photoSha, browser.find("sha256").getText());
                WebElement custody = browser.find("custodyTable");
                WebElement intake = custody.findElement(By.xpath(".//tr[td[normalize-space(.)='" + ENGLISH.get("evidence.custody.INTAKE")
                        + "']]"));
                assertTrue(intake.getText().contains("Test " + investigator) && intake.getText().contains(photoSha),
                        "who received it, by display name: " + intake.getText());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("evidence-investigator");
                throw e;
            }
        }

        long photoId = itemId(api, token, reference, photoSha);
        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(lawyer, Api.USER_PASSWORD);
                browser.open("/evidence/items.xhtml?ref=" + reference);
                assertEquals(2, browser.driver().findElements(By.cssSelector("[id$=':download'] a, a[id$=':download']")).size(),
                        "a lawyer may download both");
                browser.open("/evidence/item.xhtml?id=" + photoId);
                WebElement preview = browser.find("previewImage");
                browser.await().until(d -> Boolean.TRUE.equals(js(browser).executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth === 600;", preview)));

                String download = downloadHref(browser);
                Map<String, Object> fetched = fetch(browser, download, null);
                assertEquals(200L, fetched.get("status"), fetched::toString);
                assertTrue(String.valueOf(fetched.get("disposition")).startsWith("attachment"), fetched::toString);
                assertEquals(photoSha, fetched.get("sha256"), "the very bytes that were uploaded");
                Map<String, Object> range = fetch(browser, download, "bytes=0-7");
                assertEquals(206L, range.get("status"), range::toString);
                assertEquals("bytes 0-7/" + Files.size(photo), range.get("range"));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("evidence-lawyer");
                throw e;
            }
        }
        List<String> lawyerEvents = api.get("/api/evidence/" + photoId + "/custody", token).array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("username").equals(lawyer)).map(e -> e.getString("action")).toList();
        assertTrue(lawyerEvents.contains("VIEW") && lawyerEvents.contains("DOWNLOAD"), "the preview and the download are in the chain: "
                + lawyerEvents);

        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(advocate, Api.USER_PASSWORD);
                browser.open("/evidence/items.xhtml?ref=" + reference);
                browser.switchLanguage("ar");
                assertEquals("rtl", browser.htmlAttribute("dir"));
                assertEquals(ARABIC.get("evidence.list.title", reference), browser.pageTitle());
                String table = browser.find("list:items").getText();
                assertTrue(table.contains(photoSha) && table.contains(statementSha), table);
                WebElement hash = browser.driver().findElement(By.id("list:items:0:sha256"));
                assertEquals("ltr", hash.getAttribute("dir"), "a hash reads left to right on an Arabic page");
                assertTrue(browser.driver().findElements(By.cssSelector("[id$=':download']")).isEmpty(), "no download for an advocate");
                assertEquals(403L, fetch(browser, server.uri("/evidence/file/" + photoId).toString(), null).get("status"),
                        "nor the file itself");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("evidence-advocate");
                throw e;
            }
        }
    }

    /** Selects files in the uploader's file input, as a drop or the file dialog would; it uploads them at once. */
    private static void chooseFiles(Browser browser, Path... files) {
        WebElement input = browser.driver().findElement(By.cssSelector("input[type='file'][multiple]"));
        js(browser).executeScript("arguments[0].value = '';", input);
        input.sendKeys(String.join("\n", Arrays.stream(files).map(f -> f.toAbsolutePath().toString()).toList()));
    }

    private static String downloadHref(Browser browser) {
        WebElement link = browser.find("download");
        return "a".equals(link.getTagName()) ? link.getAttribute("href") : link.findElement(By.tagName("a")).getAttribute("href");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fetch(Browser browser, String url, String range) {
        Map<String, Object> reply = (Map<String, Object>) js(browser).executeAsyncScript(FETCH, url, range);
        assertNotNull(reply);
        assertFalse(reply.containsKey("error"), reply::toString);
        return reply;
    }

    private static long itemId(Api api, String token, String reference, String sha256) {
        return api.get("/api/cases/" + reference + "/evidence", token).array().getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("sha256").equals(sha256)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }

    /** Without the invisible marks that keep a file name's direction inside a sentence. */
    private static String plain(String text) {
        return text.replace("\u2068", "").replace("\u2069", "").strip();
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    /** A PNG of random pixels: it does not compress, so it is big enough (~900 kB) for its upload to be seen progressing. */
    private static Path noisePhoto(Path file) throws IOException {
        BufferedImage image = new BufferedImage(600, 500, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(2019);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static byte[] randomBytes(long size) {
        byte[] bytes = new byte[Math.toIntExact(size)];
        new Random(1).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Sha256.hex(in);
        }
    }
}
