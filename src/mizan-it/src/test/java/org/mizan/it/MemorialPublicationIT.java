package org.mizan.it;

import com.deque.html.axecore.results.Rule;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.launcher.Publish;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public memorial from a database with a victim whose family consented to public naming, one whose family
 * consented and then withdrew, and one never asked, each family with a phone number, the persons with aliases, the team
 * with usernames: the downloaded site holds, in every file of all three languages, none of the phones, none of the names
 * or aliases of the persons not consented, no username, no case reference and no EXIF; a withdrawn consent removes the
 * person at the next publication; a text naming someone not consented is refused with the file and the kind; approvals
 * are the lead's; investigators cannot publish or list publications.
 */
@ExtendWith(MizanServerExtension.class)
class MemorialPublicationIT {

    private static final int MAX_PAGE_BYTES = 200_000;

    private final Api api;
    private final MizanServer server;
    private final String suffix = Long.toString(System.nanoTime() % 1_000_000);
    private final String leadName;
    private final String lead;
    private final String memberName;
    private final String member;
    private final String stranger;
    private final String advocateName;
    private final String advocate;

    MemorialPublicationIT(Api api, MizanServer server) {
        this.api = api;
        this.server = server;
        leadName = api.createUser("memlead", "INVESTIGATOR");
        lead = api.token(leadName, Api.USER_PASSWORD);
        memberName = api.createUser("memmember", "INVESTIGATOR");
        member = api.token(memberName, Api.USER_PASSWORD);
        stranger = api.newUserToken("memstranger", "INVESTIGATOR");
        advocateName = api.createUser("memadv", "ADVOCATE");
        advocate = api.token(advocateName, Api.USER_PASSWORD);
    }

    @Test
    void theSiteNeverCarriesWhatMustNotBePublicAndAWithdrawalRemovesThePerson() throws Exception {
        String[] consented = {"هديل ماجد الربيعي", "Hadeel Majid al-Rubaie"};
        String[] withdrawing = {"سجاد عباس الموسوي", "Sajjad Abbas al-Musawi"};
        String[] neverAsked = {"مرتضى جاسم الحلفي", "Murtadha Jasim al-Halfi"};
        String neverAskedAlias = "Abu Zainab al-Halfi";
        long a = person(consented, "Umm Hadeel");
        long b = person(withdrawing, "Abu Fatima");
        long c = person(neverAsked, neverAskedAlias);
        Api.Reply created = api.post("/api/cases", lead, CaseIT.caseBody("Internal narrative: the brother " + neverAsked[1]
                        + " saw it, call 0770" + suffix).add("assignees", Api.array(leadName, memberName))
                .add("parties", Json.createArrayBuilder().add(victim(a)).add(victim(b)).add(victim(c))).build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        String phoneA = "+964 770 1" + suffix;
        String phoneB = "0780 2" + suffix;
        String phoneC = "+9647503" + suffix;
        long contactA = contact(reference, a, phoneA, "والدة هديل الربيعي");
        long contactB = contact(reference, b, phoneB, "والد سجاد الموسوي");
        contact(reference, c, phoneC, "شقيق مرتضى الحلفي");
        decide(contactA, "GIVEN", "2024-01-10");
        decide(contactB, "GIVEN", "2024-01-10");

        // Approvals are the lead's: a team member may read but not write (403), a stranger learns nothing (404).
        String textA = "Hadeel was a nurse who treated the wounded at the square.";
        String path = "/api/cases/" + reference + "/public-texts/" + a + "/en";
        assertEquals(404, api.get("/api/cases/" + reference + "/public-texts", stranger).status());
        assertEquals(403, api.put(path, member, text(textA)).status());
        assertEquals(200, api.put(path, lead, text(textA)).status());
        Api.Reply unapproved = api.get("/api/cases/" + reference + "/public-texts", member);
        assertEquals(200, unapproved.status(), unapproved.body());
        assertFalse(unapproved.array().getJsonObject(0).getBoolean("approved"));
        Api.Reply approved = api.post(path + "/approval", lead, "");
        assertEquals(200, approved.status(), approved.body());
        assertEquals(leadName, approved.json().getString("approvedBy"));
        String draftAr = "نص لم تتم الموافقة عليه " + suffix;
        assertEquals(200, api.put("/api/cases/" + reference + "/public-texts/" + a + "/ar", lead, text(draftAr)).status());
        long photo = upload(reference, jpegWithExif());
        assertEquals(403, api.put("/api/cases/" + reference + "/public-photos/" + photo, member, personBody(a)).status());
        Api.Reply photoApproved = api.put("/api/cases/" + reference + "/public-photos/" + photo, lead, personBody(a));
        assertEquals(200, photoApproved.status(), photoApproved.body());

        // Only administrators and advocates publish or list.
        assertEquals(403, api.post("/api/publications", member, "").status());
        assertEquals(403, api.get("/api/publications", member).status());
        assertEquals(401, api.get("/api/publications", null).status());

        Api.Reply first = api.post("/api/publications", advocate, "");
        assertEquals(201, first.status(), first.body());
        Map<String, byte[]> site = download(first.json().getString("id"));
        List<String> secrets = List.of(neverAsked[0], neverAsked[1], neverAskedAlias, "Abu Fatima", "Umm Hadeel", leadName,
                memberName, advocateName, reference, draftAr, "Internal narrative", "والدة هديل الربيعي", "شقيق مرتضى الحلفي");
        assertNothingLeaks(site, secrets, List.of(phoneA, phoneB, phoneC));
        for (String lang : List.of("en", "ar", "ckb")) {
            String index = page(site, "site/" + lang + "/index.html");
            assertTrue(index.contains(lang.equals("en") ? consented[1] : consented[0]), lang + " names the consented victim");
            assertTrue(index.contains(lang.equals("en") ? withdrawing[1] : withdrawing[0]), lang + " names the one consented so far");
        }
        assertTrue(site.keySet().stream().anyMatch(f -> f.startsWith("site/photos/")), "the approved photo, re-encoded");
        assertTrue(site.values().stream().anyMatch(bytes -> new String(bytes, StandardCharsets.UTF_8).contains(textA)), "the text");
        assertManifestSigned(site);
        browseFromDisk(site, MemorialSlug.of(site, consented[1]));
        assertTrue(first.json().getJsonArray("added").toString().contains(Long.toString(a)));

        // A text that names the person never asked is refused, saying where and what, never the name.
        assertEquals(200, api.put(path, lead, text("With her was " + neverAsked[1] + ".")).status());
        assertEquals(200, api.post(path + "/approval", lead, "").status());
        Api.Reply refused = api.post("/api/publications", advocate, "");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertTrue(refused.body().contains(".html"), "the file: " + refused.body());
        assertFalse(refused.body().contains(neverAsked[1]) || refused.body().contains("Murtadha"), refused.body());
        // The scripted publication is refused the same way, in the same words, and leaves nothing behind.
        Path published = server.work().resolve("published-" + suffix);
        Publish command = new Publish(server.uri("/"));
        Publish.Refused scripted = assertThrows(Publish.Refused.class, () -> command.publish(advocateName, Api.USER_PASSWORD, null, published));
        assertTrue(scripted.getMessage().contains("409") && scripted.getMessage().contains(".html"), scripted.getMessage());
        assertFalse(scripted.getMessage().contains("Murtadha"), scripted.getMessage());
        assertFalse(Files.exists(published) && Files.list(published).findAny().isPresent(), "nothing written for a refusal");
        assertEquals(200, api.put(path, lead, text(textA)).status());
        assertEquals(200, api.post(path + "/approval", lead, "").status());

        // The family of the second victim withdraws: the next publication removes him and says so.
        decide(contactB, "WITHDRAWN", "2024-06-01");
        Api.Reply second = api.post("/api/publications", api.adminToken(), "");
        assertEquals(201, second.status(), second.body());
        assertTrue(second.json().getJsonArray("removed").toString().contains(Long.toString(b)), second.body());
        Map<String, byte[]> after = download(second.json().getString("id"));
        assertNothingLeaks(after, List.of(withdrawing[0], withdrawing[1], neverAsked[0], neverAsked[1], reference, leadName),
                List.of(phoneA, phoneB, phoneC));
        assertTrue(page(after, "site/en/index.html").contains(consented[1]));
        Api.Reply list = api.get("/api/publications", advocate);
        assertEquals(200, list.status(), list.body());
        assertEquals(second.json().getString("id"), list.array().getJsonObject(0).getString("id"), "newest first");
        assertEquals(404, rawDownload("MZP-0000-0000-0000", advocate).statusCode());

        // The scripted way (./mvnw -Ppublish): published, downloaded and checked against the signed manifest.
        Publish.Published third = command.publish(advocateName, Api.USER_PASSWORD, null, published);
        assertTrue(third.victimsNamed() >= 1, "the consented victim at least: " + third.victimsNamed());
        assertEquals(third.files(), Publish.checkManifest(third.folder()));
        assertTrue(Files.readString(third.folder().resolve("site/en/index.html")).contains(consented[1]));
        Files.writeString(third.folder().resolve("site/en/about.html"), "<p>altered</p>", java.nio.file.StandardOpenOption.APPEND);
        IOException altered = assertThrows(IOException.class, () -> Publish.checkManifest(third.folder()));
        assertTrue(altered.getMessage().contains("site/en/about.html"), altered.getMessage());
        Publish.Refused wrongPassword = assertThrows(Publish.Refused.class,
                () -> command.publish(advocateName, "not the password", null, published));
        assertTrue(wrongPassword.getMessage().contains("401"), wrongPassword.getMessage());
        Publish.Refused notAllowed = assertThrows(Publish.Refused.class, () -> command.publish(memberName, Api.USER_PASSWORD, null, published));
        assertTrue(notAllowed.getMessage().contains("403"), notAllowed.getMessage());
        assertEquals(403, rawDownload(second.json().getString("id"), member).statusCode());
    }

    /**
     * The site as a visitor gets it from a disk or a static host: every kind of page in every language opens from
     * {@code file://} with its language and direction, holds no critical or serious WCAG 2.1 AA violation, and weighs under
     * 200 kB without its photo.
     */
    private void browseFromDisk(Map<String, byte[]> site, String victimPage) throws IOException {
        Path folder = server.work().resolve("memorial-" + suffix);
        for (Map.Entry<String, byte[]> file : site.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
            if (file.getKey().endsWith(".html")) {
                assertTrue(file.getValue().length < MAX_PAGE_BYTES, file.getKey() + " weighs " + file.getValue().length);
            }
        }
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(server)) {
            for (String lang : List.of("en", "ar", "ckb")) {
                for (String page : List.of("index.html", "governorates.html", "types.html", "figures.html", "about.html", victimPage)) {
                    browser.driver().get(folder.resolve("site").resolve(lang).resolve(page).toUri().toString());
                    String where = lang + "/" + page + ": ";
                    if (!lang.equals(browser.htmlAttribute("lang")) || !("en".equals(lang) ? "ltr" : "rtl").equals(browser.htmlAttribute("dir"))) {
                        problems.add(where + "lang/dir " + browser.htmlAttribute("lang") + "/" + browser.htmlAttribute("dir"));
                    }
                    for (Rule rule : browser.wcagViolations()) {
                        problems.add(where + rule.getImpact() + " " + rule.getId() + " " + rule.getNodes().get(0).getTarget());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The page of a named victim, found by the name the English index links to. */
    private static final class MemorialSlug {
        static String of(Map<String, byte[]> site, String latinName) {
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(v[0-9a-f]{12}\\.html)\">"
                    + java.util.regex.Pattern.quote(latinName) + "<").matcher(page(site, "site/en/index.html"));
            assertTrue(link.find(), "the index links to " + latinName);
            return link.group(1);
        }
    }

    private static void assertNothingLeaks(Map<String, byte[]> site, List<String> secrets, List<String> phones) {
        for (Map.Entry<String, byte[]> file : site.entrySet()) {
            String name = file.getKey();
            byte[] bytes = file.getValue();
            if (name.endsWith(".jpg")) {
                assertFalse(hasSegment(bytes, 0xE1), name + " carries EXIF or XMP");
                continue;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertFalse(text.contains(secret), name + " holds a secret");
            }
            String digits = text.replaceAll("[^0-9]", "");
            for (String phone : phones) {
                String tail = phone.replaceAll("[^0-9]", "");
                assertFalse(digits.contains(tail.substring(tail.length() - 9)), name + " holds a phone number");
            }
            assertFalse(text.toLowerCase().contains("<script"), name + " has a script");
            assertFalse(text.contains("http://127.0.0.1") || text.contains("localhost"), name + " calls back to the server");
        }
    }

    /** Every file is in the manifest with its SHA-256, and the organisation's signature over the manifest holds. */
    private static void assertManifestSigned(Map<String, byte[]> site) throws Exception {
        String manifest = page(site, "manifest-sha256.txt");
        long listed = manifest.lines().count();
        assertEquals(site.keySet().stream().filter(f -> f.startsWith("site/")).count(), listed);
        for (String line : manifest.lines().toList()) {
            String[] parts = line.split("  ", 2);
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(site.get(parts[1]))), parts[0], parts[1]);
        }
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(site.get("certificate.pem")));
        Signature signature = Signature.getInstance(certificate.getSigAlgName().contains("ECDSA") ? "SHA256withECDSA" : "SHA256withRSA");
        signature.initVerify(certificate.getPublicKey());
        signature.update(site.get("manifest-sha256.txt"));
        assertTrue(signature.verify(site.get("manifest-sha256.txt.sig")), "the manifest's signature");
    }

    private Map<String, byte[]> download(String id) throws Exception {
        HttpResponse<byte[]> reply = rawDownload(id, advocate);
        assertEquals(200, reply.statusCode());
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(reply.body()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                assertTrue(entry.getName().startsWith(id + "/"), entry.getName());
                files.put(entry.getName().substring(id.length() + 1), zip.readAllBytes());
            }
        }
        assertNotNull(files.get("site/index.html"));
        return files;
    }

    private HttpResponse<byte[]> rawDownload(String id, String token) throws Exception {
        return HttpClient.newHttpClient().send(api.builder("/api/publications/" + id + "/site.zip", token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String page(Map<String, byte[]> site, String name) {
        assertNotNull(site.get(name), name);
        return new String(site.get(name), StandardCharsets.UTF_8);
    }

    private long person(String[] names, String alias) {
        Api.Reply reply = api.post("/api/persons", lead, Api.object().add("nameArabic", names[0]).add("nameLatin", names[1])
                .add("aliases", Api.array(alias)).add("occupations", Api.array("MEDIC")).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static jakarta.json.JsonObjectBuilder victim(long person) {
        return Api.object().add("role", "VICTIM").add("personId", person).add("fate", "KILLED").add("ageAtIncident", 27);
    }

    private long contact(String reference, long person, String phone, String name) {
        Api.Reply reply = api.post("/api/cases/" + reference + "/contacts", lead, Api.object().add("personId", person)
                .add("reaches", "FAMILY").add("relationship", "MOTHER").add("riskLevel", "HIGH").add("name", name)
                .add("phones", Api.array(phone)).add("address", "حي الجهاد شارع " + suffix).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private void decide(long contact, String decision, String on) {
        Api.Reply reply = api.post("/api/contacts/" + contact + "/consents", lead, Api.object().add("consent", "PUBLIC_NAMING")
                .add("decision", decision).add("decidedOn", on).add("method", "WRITTEN").add("givenBy", "الأم").build().toString());
        assertEquals(201, reply.status(), reply.body());
    }

    private static String text(String text) {
        return Api.object().add("text", text).build().toString();
    }

    private static String personBody(long person) {
        return Api.object().add("personId", person).build().toString();
    }

    private long upload(String reference, byte[] jpeg) {
        Api.Reply reply = api.send(api.builder("/api/cases/" + reference + "/evidence?name="
                + URLEncoder.encode("portrait.jpg", StandardCharsets.UTF_8), lead).header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg)).build());
        assertEquals(201, reply.status(), reply.body());
        JsonObject item = reply.json();
        return item.getJsonNumber("id").longValue();
    }

    /** A photo as phones take them: with an EXIF block that holds a GPS position. */
    private static byte[] jpegWithExif() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xFF0000);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        byte[] bytes = plain.toByteArray();
        byte[] exif = "Exif\0\0GPSLatitude 33.31 GPSLongitude 44.36".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif);
        out.write(bytes, 2, bytes.length - 2);
        byte[] withExif = out.toByteArray();
        assertTrue(hasSegment(withExif, 0xE1), "the upload carries EXIF");
        return withExif;
    }

    private static boolean hasSegment(byte[] b, int marker) {
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
            int m = b[i + 1] & 0xFF;
            if (m == marker) {
                return true;
            }
            if (m == 0xDA) {
                return false;
            }
            i += 2 + (((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF));
        }
        return false;
    }
}
