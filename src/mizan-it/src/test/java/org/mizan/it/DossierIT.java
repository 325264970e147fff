package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Sha256;
import org.mizan.reports.control.PdfText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case dossier over REST: a case built through the API, its PDF fetched in English and Arabic, and
 * the text read back (PDFBox plus the ActualText of glyph-rendered lines, NFKC — see {@link PdfText}).
 */
@ExtendWith(MizanServerExtension.class)
class DossierIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String VICTIM_ARABIC = "صفاء عبد الحسين السراي";
    private static final String LOCALITY = "ناوەندی شاری سلێمانی";
    private static final String CONTACT = "أم صفاء الخاصة";
    private static final String PHONE = "+964770" + String.format("%07d", System.nanoTime() % 10_000_000);
    /** A tag as typed in the field: free text with a source's initials and phone, never for the public. */
    private static final String TAG = "source: brother K. F. 0770-999-1234";
    private static final String LAWYERS_NOTE = "Strategy: press the judge on the delayed autopsy";
    private static final String EVIDENCE = "شهادة موثقة عن الحادثة " + System.nanoTime();

    private final Api api;
    private final String investigatorName;
    private final String investigator;
    private final String lawyer;

    DossierIT(Api api) {
        this.api = api;
        this.investigatorName = api.createUser("dosinv", "INVESTIGATOR");
        this.investigator = api.token(investigatorName, Api.USER_PASSWORD);
        String lawyerName = api.createUser("doslaw", "LAWYER");
        this.lawyer = api.token(lawyerName, Api.USER_PASSWORD);
        this.team = new String[]{investigatorName, lawyerName};
    }

    private final String[] team;

    private record Scene(String reference, String sha256, long contact) {
    }

    /** A case with an Arabic-named victim in a Sorani locality, an alleged perpetrator, a proceeding with events and evidence. */
    private Scene scene(String confidentiality) {
        long victim = CaseIT.person(api, investigator, VICTIM_ARABIC, "Safaa al-Saray");
        long gunman = CaseIT.person(api, investigator, "مسلح مجهول", "Unknown gunman");
        Api.Reply created = api.post("/api/cases", investigator, CaseIT.caseBody("Shot at the Tahrir sit-in.")
                .add("governorate", "SU").add("locality", LOCALITY).add("tags", Api.array("Tishreen 2019", TAG))
                .add("confidentiality", confidentiality).add("assignees", Api.array(team))
                .add("parties", Json.createArrayBuilder()
                        .add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "KILLED").add("ageAtIncident", 26))
                        .add(Api.object().add("role", "PERPETRATOR").add("personId", gunman).add("perpetratorKind", "PERSON")))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        Api.Reply opened = api.post("/api/cases/" + reference + "/proceedings", lawyer, Api.object()
                .add("court", "محكمة جنايات الرصافة").add("fileNumber", "1234/ج/2020").build().toString());
        assertEquals(201, opened.status(), opened.body());
        long proceeding = opened.json().getJsonNumber("id").longValue();
        JsonObject complaint = Json.createObjectBuilder(on("COMPLAINT_FILED", 2019, 11)).add("notes", LAWYERS_NOTE).build();
        for (JsonObject event : List.of(complaint, on("INVESTIGATION_OPENED", 2019, 12), on("ARREST_WARRANT", 2020, 2))) {
            Api.Reply recorded = api.post("/api/proceedings/" + proceeding + "/events", lawyer, event.toString());
            assertEquals(201, recorded.status(), recorded.body());
        }
        byte[] bytes = EVIDENCE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Reply uploaded = api.send(api.builder("/api/cases/" + reference + "/evidence?name=testimony.txt", investigator)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
        assertEquals(201, uploaded.status(), uploaded.body());
        // A family contact: the dossier must never show it, whoever reads it.
        Api.Reply contact = api.post("/api/cases/" + reference + "/contacts", investigator, Api.object().add("personId", victim)
                .add("reaches", "FAMILY").add("relationship", "MOTHER").add("riskLevel", "HIGH").add("name", CONTACT)
                .add("phones", Api.array(PHONE)).build().toString());
        assertEquals(201, contact.status(), contact.body());
        return new Scene(reference, Sha256.hex(bytes), contact.json().getJsonNumber("id").longValue());
    }

    private static JsonObject on(String type, int year, int month) {
        return Api.object().add("type", type).add("date", Api.object().add("year", year).add("month", month)).build();
    }

    @Test
    void theEnglishDossierHasEverySectionTheNamesTheStageAndTheHash() {
        Scene scene = scene("STANDARD");
        HttpResponse<byte[]> reply = dossier(scene.reference(), "INTERNAL", "en", lawyer);
        assertEquals(200, reply.statusCode(), () -> new String(reply.body()));
        String reportId = reply.headers().firstValue("X-Report-Id").orElseThrow();
        assertEquals(Sha256.hex(reply.body()), reply.headers().firstValue("X-Report-SHA256").orElse(""));
        // The container appends the response encoding web.xml sets (";charset=UTF-8"); the type is what matters.
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"), reply.headers().toString());
        assertTrue(reply.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("no-store", reply.headers().firstValue("Cache-Control").orElse(""));
        String text = PdfText.of(reply.body());
        for (String expected : List.of("Case dossier", scene.reference(), "Summary", "Victims", "Alleged perpetrators", "Witnesses",
                "Timeline of the incident", "Prosecution: محكمة جنايات الرصافة", "Evidence", "Sources",
                VICTIM_ARABIC + " / Safaa al-Saray", "Fate: Killed", "Age at the time of the incident: 26", "Unknown gunman",
                LOCALITY, "Sulaymaniyah", "Complaint filed", "Arrest warrant", "Stage: Warrant issued", scene.sha256(),
                "testimony.txt", "[B] Witness interview", "Shot at the Tahrir sit-in.", "Internal edition", LAWYERS_NOTE, TAG,
                // the manifest page: the id, the evidence cited, what was asked for
                "Report manifest", reportId, "Evidence cited (SHA-256)")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertTrue(text.matches("(?s).*\\bCase\\s+" + scene.reference() + "\\b.*") && text.matches("(?s).*\\bLanguage\\s+English\\b.*"),
                "the manifest says in words what was asked for:\n" + text);
        assertFalse(text.contains("audience = ") || text.contains("lang = "), "no stored parameters in the manifest:\n" + text);
        assertFalse(text.contains(CONTACT) || text.contains(PHONE.substring(4)), "a contact detail in the dossier:\n" + text);
        String audit = api.get("/api/audit?action=REPORT_ISSUED&size=500", api.adminToken()).body();
        assertTrue(audit.contains("report:" + reportId) && audit.contains("\\\"case\\\":\\\"" + scene.reference() + "\\\",\\\"sha256\\\":\\\"" + Sha256.hex(reply.body())),
                audit);
    }

    @Test
    void theArabicDossierIsInArabic() {
        Scene scene = scene("STANDARD");
        HttpResponse<byte[]> reply = dossier(scene.reference(), "INTERNAL", "ar", investigator);
        assertEquals(200, reply.statusCode(), () -> new String(reply.body()));
        String text = PdfText.of(reply.body());
        for (String expected : List.of("ملف القضية", scene.reference(), "الملخص", "الضحايا", "الجناة المزعومون", "الأدلة", "المصادر",
                VICTIM_ARABIC, "المصير: قُتل", LOCALITY, "السليمانية", "محكمة جنايات الرصافة", "تقديم شكوى", "المرحلة: صدرت مذكرة قبض", scene.sha256())) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertFalse(text.contains("Case dossier"), text);
        assertFalse(text.contains(CONTACT) || text.contains(PHONE.substring(4)), "a contact detail in the dossier:\n" + text);
    }

    @Test
    void advocatesAreRefusedOutsidersSeeNothingAndABadLanguageIsNamed() {
        Scene scene = scene("RESTRICTED");
        assertEquals(200, dossier(scene.reference(), "INTERNAL", "en", api.adminToken()).statusCode());
        String advocate = api.newUserToken("dosadv", "ADVOCATE");
        assertEquals(403, dossier(scene.reference(), "INTERNAL", "en", advocate).statusCode());
        assertEquals(403, dossier(scene.reference(), "LEGAL", "en", advocate).statusCode());
        String outsider = api.newUserToken("dosout", "LAWYER");
        assertEquals(404, dossier(scene.reference(), "INTERNAL", "en", outsider).statusCode());
        assertEquals(401, dossier(scene.reference(), "INTERNAL", "en", null).statusCode());
        assertProblemNaming(dossier(scene.reference(), "INTERNAL", "xx", investigator), "lang");
        assertProblemNaming(dossier(scene.reference(), "", "en", investigator), "audience");
        assertProblemNaming(dossier(scene.reference(), "EVERYONE", "en", investigator), "audience");
    }

    @Test
    void advocatesGetTheRedactedEditionsOfCasesTheyMaySee() {
        Scene scene = scene("STANDARD");
        String advocate = api.newUserToken("dosadv", "ADVOCATE");
        for (String audience : List.of("UN", "PUBLIC")) {
            HttpResponse<byte[]> reply = dossier(scene.reference(), audience, "en", advocate);
            assertEquals(200, reply.statusCode(), () -> new String(reply.body()));
            String text = PdfText.of(reply.body());
            // No consent of any kind was recorded: initials and age group, never the name, in either edition.
            assertTrue(text.contains("ص. س. / S. S."), text);
            assertFalse(text.contains("Safaa") || PdfText.bytesContain(reply.body(), "Safaa"), text);
        }
    }

    @Test
    void aUnDossierWithConsentToSubmitNamesTheVictimAndTellsTheStoryButKeepsTheLawyersNotes() {
        Scene scene = scene("STANDARD");
        decide(scene.contact(), "UN_SUBMISSION", "GIVEN", "2024-01-10");
        HttpResponse<byte[]> reply = dossier(scene.reference(), "UN", "en", lawyer);
        assertEquals(200, reply.statusCode(), () -> new String(reply.body()));
        String text = PdfText.of(reply.body());
        assertTrue(text.contains(VICTIM_ARABIC + " / Safaa al-Saray") && text.contains("Shot at the Tahrir sit-in."), text);
        assertFalse(text.contains(LAWYERS_NOTE) || PdfText.bytesContain(reply.body(), "delayed autopsy"),
                "the team's working notes are not for the UN:\n" + text);
        assertFalse(text.contains("testimony.txt"), text);
    }

    @Test
    void aPublicDossierAfterTheFamilyWithdrewConsentNamesTheVictimNowhereInTheFile() {
        Scene scene = scene("STANDARD");
        decide(scene.contact(), "PUBLIC_NAMING", "GIVEN", "2024-01-10");
        // While consent holds the victim is named publicly: proof that the withdrawal is what hides the name.
        String named = PdfText.of(dossier(scene.reference(), "PUBLIC", "en", investigator).body());
        assertTrue(named.contains(VICTIM_ARABIC), named);
        decide(scene.contact(), "PUBLIC_NAMING", "WITHDRAWN", "2024-06-01");
        HttpResponse<byte[]> reply = dossier(scene.reference(), "PUBLIC", "ar", investigator);
        assertEquals(200, reply.statusCode(), () -> new String(reply.body()));
        String text = PdfText.of(reply.body());
        for (String secret : List.of(VICTIM_ARABIC, "صفاء", "Safaa", "al-Saray", LOCALITY, "testimony.txt", "Shot at the Tahrir",
                "Witness interview", investigatorName, CONTACT, PHONE.substring(4), TAG, "0770-999", "K. F.", "محكمة جنايات الرصافة",
                "1234/ج/2020")) {
            assertFalse(text.contains(secret), "'" + secret + "' in the text:\n" + text);
            assertFalse(PdfText.bytesContain(reply.body(), secret), "'" + secret + "' in the file's bytes");
        }
        for (String shown : List.of("ص. س.", "20–29", "السليمانية", scene.sha256(), "النسخة العامة")) {
            assertTrue(text.contains(shown), "missing '" + shown + "' in:\n" + text);
        }
    }

    @Test
    void verifyKnowsAnIssuedReportAndSpotsAChangedCopy() {
        Scene scene = scene("STANDARD");
        HttpResponse<byte[]> issued = dossier(scene.reference(), "LEGAL", "en", lawyer);
        assertEquals(200, issued.statusCode());
        String reportId = issued.headers().firstValue("X-Report-Id").orElseThrow();

        JsonObject exact = verify(issued.body(), investigator);
        assertEquals("ISSUED", exact.getString("result"), exact.toString());
        JsonObject report = exact.getJsonObject("report");
        assertEquals(reportId, report.getString("id"));
        assertEquals("DOSSIER", report.getString("kind"));
        assertEquals("LEGAL", report.getString("audience"));
        assertEquals(scene.reference(), report.getString("caseReference"));
        assertTrue(report.getString("generatedBy").startsWith("doslaw"), report.toString());
        assertEquals(Sha256.hex(issued.body()), exact.getString("sha256"));

        byte[] changed = issued.body().clone();
        int middle = changed.length / 2;
        changed[middle] = (byte) (changed[middle] ^ 0x01);
        JsonObject tampered = verify(changed, investigator);
        assertEquals("CHANGED", tampered.getString("result"), tampered.toString());
        assertEquals(reportId, tampered.getJsonObject("report").getString("id"));

        byte[] foreign = "%PDF-1.4\n% not from Mizan\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals("UNKNOWN", verify(foreign, investigator).getString("result"));
        Api.Reply notPdf = api.send(api.builder("/api/reports/verify", investigator).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofString("just text")).build());
        assertEquals(400, notPdf.status());
        assertTrue(notPdf.body().contains("\"file\""), notPdf.body());
        String audit = api.get("/api/audit?action=REPORT_VERIFIED&size=500", api.adminToken()).body();
        assertTrue(audit.contains("result=CHANGED sha256=" + Sha256.hex(changed)), audit);
    }

    private JsonObject verify(byte[] pdf, String token) {
        Api.Reply reply = api.send(api.builder("/api/reports/verify", token).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private void decide(long contact, String consent, String decision, String on) {
        Api.Reply reply = api.post("/api/contacts/" + contact + "/consents", investigator, Api.object()
                .add("consent", consent).add("decision", decision).add("decidedOn", on).add("method", "WRITTEN")
                .add("givenBy", CONTACT).build().toString());
        assertEquals(201, reply.status(), reply.body());
    }

    private static void assertProblemNaming(HttpResponse<byte[]> reply, String field) {
        assertEquals(400, reply.statusCode());
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8).contains("\"" + field + "\""));
    }

    @Test
    void theDossierIsInTheOpenApiDocument() {
        String openApi = api.send(api.builder("/openapi", null).header("Accept", "application/json").GET().build()).body();
        assertTrue(openApi.contains("/dossier\"") && openApi.contains("The case dossier as PDF, for an audience")
                && openApi.contains("/reports/verify\""), openApi);
    }

    private HttpResponse<byte[]> dossier(String reference, String audience, String lang, String token) {
        return dossier(api, reference, audience, lang, token);
    }

    /** The case's dossier for the audience, in the language, as the holder of the token asks for it. */
    static HttpResponse<byte[]> dossier(Api api, String reference, String audience, String lang, String token) {
        try {
            return CLIENT.send(api.builder("/api/cases/" + reference + "/dossier?audience=" + audience + "&lang=" + lang, token).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
