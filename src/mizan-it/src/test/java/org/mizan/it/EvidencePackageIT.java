package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.mizan.verify.Bags;
import org.mizan.verify.Verdict;
import org.mizan.verify.VerifyPackage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evidence packages end to end: a team investigator packs two items over REST, the offline verifier finds the package
 * intact (and names the item whose byte was then changed), each item's custody has its EXPORT entry with the package's
 * hash; a UN package says no more than the UN audience may read; outsiders and advocates get nothing.
 */
@ExtendWith(MizanServerExtension.class)
class EvidencePackageIT {

    private final Api api;
    private final String investigator;

    EvidencePackageIT(Api api) {
        this.api = api;
        this.investigator = api.newUserToken("pkinv", "INVESTIGATOR");
    }

    private String newCase(String confidentiality) {
        Api.Reply reply = api.post("/api/cases", investigator,
                CaseIT.caseBody("Package test").add("confidentiality", confidentiality).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("reference");
    }

    private long upload(String reference, String name, String text) {
        Api.Reply reply = api.send(api.builder("/api/cases/" + reference + "/evidence?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                        + "&providedBy=" + URLEncoder.encode("شاهد عيان", StandardCharsets.UTF_8), investigator)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(text)).build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private HttpResponse<Path> pack(String reference, String token, String audience, Path to, long... items) throws Exception {
        var ids = jakarta.json.Json.createArrayBuilder();
        for (long item : items) {
            ids.add(item);
        }
        String body = Api.object().add("items", ids).add("audience", audience).add("purpose", "Universal jurisdiction case file")
                .add("recipient", "Federal Prosecutor, Karlsruhe").build().toString();
        HttpRequest request = api.builder("/api/cases/" + reference + "/evidence-packages", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofFile(to, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING));
    }

    @Test
    void aPackageIsIntactOfflineAndAChangedByteNamesItsItem() throws Exception {
        String reference = newCase("RESTRICTED");
        long photo = upload(reference, "صورة المكان.txt", "the place, photographed");
        long statement = upload(reference, "statement.txt", "what the witness said");
        Path folder = Files.createDirectories(api.server().work().resolve("packages"));
        Path zip = folder.resolve(reference + "-internal.zip");
        HttpResponse<Path> reply = pack(reference, investigator, "INTERNAL", zip, photo, statement);
        assertEquals(200, reply.statusCode(), () -> new String(readBytes(zip), StandardCharsets.UTF_8));
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"));

        Verdict verdict = Bags.verify(zip);
        assertTrue(verdict.intact(), verdict.findings().toString());
        assertEquals(2, verdict.payloadFiles());
        assertEquals("Federal Prosecutor, Karlsruhe", verdict.bagInfo().get("Mizan-Recipient"));
        assertEquals(reference, verdict.bagInfo().get("Mizan-Case"));
        assertEquals(verdict.fingerprint(), verdict.bagInfo().get("Mizan-Certificate-SHA256"));
        assertTrue(String.join("\n", VerifyPackage.report(verdict, Locale.ENGLISH)).contains("RESULT: INTACT"));
        String custodyJson = entry(zip, "metadata/items/" + photo + ".json");
        assertTrue(custodyJson.contains("صورة المكان.txt") && custodyJson.contains("شاهد عيان") && custodyJson.contains("INTAKE"),
                custodyJson);

        String sha = org.mizan.platform.control.Sha256.hex(Files.readAllBytes(zip));
        List<String> custody = api.get("/api/evidence/" + photo + "/custody", investigator).array().stream()
                .map(v -> v.asJsonObject().getString("action") + " " + v.asJsonObject().getString("reason", "")).toList();
        assertTrue(custody.stream().anyMatch(e -> e.startsWith("EXPORT Package " + sha + " to Federal Prosecutor, Karlsruhe")), custody.toString());

        Path changed = folder.resolve(reference + "-changed.zip");
        changeOneByte(zip, changed, "/data/items/" + photo + "-");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = VerifyPackage.run(new String[]{"--lang", "en", changed.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(VerifyPackage.NOT_INTACT, code, report);
        assertTrue(report.contains("CHANGED: data/items/" + photo + "-"), report);
        assertFalse(report.contains("CHANGED: data/items/" + statement + "-"), report);

        // Mizan itself gives the verifier's verdict on an uploaded package, to anyone signed in.
        String advocateToken = api.newUserToken("pkver", "ADVOCATE");
        var intact = uploadForVerdict(zip, advocateToken);
        assertTrue(intact.getBoolean("intact") && intact.getBoolean("signedByThisOrganisation"), intact.toString());
        var tampered = uploadForVerdict(changed, advocateToken);
        assertFalse(tampered.getBoolean("intact"), tampered.toString());
        assertEquals("CHANGED", tampered.getJsonArray("findings").getJsonObject(0).getString("problem"));
        assertTrue(tampered.getJsonArray("findings").getJsonObject(0).getString("path").startsWith("data/items/" + photo + "-"));

        // An investigator off the team does not see the restricted case: 404, as for a case that does not exist.
        String outsider = api.newUserToken("pkout", "INVESTIGATOR");
        HttpResponse<Path> refused = pack(reference, outsider, "INTERNAL", folder.resolve("outsider.zip"), photo);
        assertEquals(404, refused.statusCode());
        assertFalse(new String(readBytes(folder.resolve("outsider.zip")), StandardCharsets.UTF_8).contains(reference));
        // Advocates never make packages: they read cases only through the UN and PUBLIC audiences.
        String advocate = api.newUserToken("pkadv", "ADVOCATE");
        assertEquals(403, pack(reference, advocate, "PUBLIC", folder.resolve("advocate.zip"), photo).statusCode());
    }

    @Test
    void aUnPackageSaysNoMoreThanTheUnAudienceMayRead() throws Exception {
        String reference = newCase("STANDARD");
        long item = upload(reference, "اسم الملف.txt", "a document");
        String other = newCase("STANDARD");
        long elsewhere = upload(other, "other.txt", "another case's document");
        Path folder = Files.createDirectories(api.server().work().resolve("packages"));
        Path zip = folder.resolve(reference + "-un.zip");
        assertEquals(200, pack(reference, investigator, "UN", zip, item).statusCode());
        assertTrue(Bags.verify(zip).intact());
        String itemJson = entry(zip, "metadata/items/" + item + ".json");
        assertFalse(itemJson.contains("اسم الملف") || itemJson.contains("شاهد عيان") || itemJson.contains("pkinv"), itemJson);
        assertTrue(itemJson.contains("handler 1"), itemJson);
        assertTrue(entry(zip, "metadata/case-summary.json").contains("\"audience\":\"UN\""));
        // A visible investigator who is not on the team: 403; an item of another case: 404.
        String bystander = api.newUserToken("pkby", "INVESTIGATOR");
        assertEquals(403, pack(reference, bystander, "UN", folder.resolve("bystander.zip"), item).statusCode());
        assertEquals(404, pack(reference, investigator, "UN", folder.resolve("elsewhere.zip"), item, elsewhere).statusCode());
    }

    /** The panel of the evidence page: nothing ticked is refused on the page; ticked, the package is made and recorded. */
    @Test
    void theEvidencePageMakesAPackage(MizanServer server) throws Exception {
        String username = api.createUser("pkpage", "INVESTIGATOR");
        String token = api.token(username, Api.USER_PASSWORD);
        Api.Reply created = api.post("/api/cases", token, CaseIT.caseBody("Package page").build().toString());
        String reference = created.json().getString("reference");
        Api.Reply uploaded = api.send(api.builder("/api/cases/" + reference + "/evidence?name=page.txt", token)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("from the page")).build());
        long item = uploaded.json().getJsonNumber("id").longValue();
        try (Browser browser = new Browser(server)) {
            browser.signIn(username, Api.USER_PASSWORD);
            browser.open("/evidence/items.xhtml?ref=" + reference);
            browser.type("evidencePackage:recipient", "Office of the Prosecutor");
            browser.type("evidencePackage:purpose", "Article 15 communication");
            browser.clickAndWaitForPage("evidencePackage:make");
            assertTrue(browser.text().contains(Messages.in(Locale.ENGLISH).get("evidence.package.chooseItems")), browser.text());
            browser.driver().findElement(org.openqa.selenium.By.cssSelector("[id='evidencePackage:items'] .ui-chkbox-box")).click();
            browser.find("evidencePackage:make").click();
            browser.await().until(driver -> api.get("/api/evidence/" + item + "/custody", token).array().stream()
                    .anyMatch(v -> v.asJsonObject().getString("action").equals("EXPORT")
                            && v.asJsonObject().getString("reason", "").contains("to Office of the Prosecutor: Article 15")));
        }
    }

    private jakarta.json.JsonObject uploadForVerdict(Path zip, String token) throws IOException {
        Api.Reply reply = api.send(api.builder("/api/evidence-packages/verify", token).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofFile(zip)).build());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String entry(Path zip, String inBag) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith("/" + inBag)) {
                    try (InputStream in = file.getInputStream(entry)) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
        }
        throw new AssertionError(inBag + " is not in " + zip);
    }

    private static void changeOneByte(Path zip, Path to, String entryContaining) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().contains(entryContaining)) {
                    bytes[0] ^= 0x20;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
