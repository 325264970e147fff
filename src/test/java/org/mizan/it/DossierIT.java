package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.reports.control.PdfText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case dossier over REST (issue 7): a case built through the API, its PDF fetched in English and Arabic, and
 * the text read back (PDFBox plus the ActualText of glyph-rendered lines, NFKC — see {@link PdfText}).
 */
@ExtendWith(MizanServerExtension.class)
class DossierIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String VICTIM_ARABIC = "صفاء عبد الحسين السراي";
    private static final String LOCALITY = "ناوەندی شاری سلێمانی";
    private static final String CONTACT = "أم صفاء الخاصة";
    private static final String PHONE = "+964770" + String.format("%07d", System.nanoTime() % 10_000_000);
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

    private record Scene(String reference, String sha256) {
    }

    /** A case with an Arabic-named victim in a Sorani locality, an alleged perpetrator, a proceeding with events and evidence. */
    private Scene scene(String confidentiality) {
        long victim = CaseIT.person(api, investigator, VICTIM_ARABIC, "Safaa al-Saray");
        long gunman = CaseIT.person(api, investigator, "مسلح مجهول", "Unknown gunman");
        Api.Reply created = api.post("/api/cases", investigator, CaseIT.caseBody("Shot at the Tahrir sit-in.")
                .add("governorate", "SU").add("locality", LOCALITY)
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
        for (JsonObject event : List.of(on("COMPLAINT_FILED", 2019, 11), on("INVESTIGATION_OPENED", 2019, 12), on("ARREST_WARRANT", 2020, 2))) {
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
        return new Scene(reference, sha256(bytes));
    }

    private static JsonObject on(String type, int year, int month) {
        return Api.object().add("type", type).add("date", Api.object().add("year", year).add("month", month)).build();
    }

    @Test
    void theEnglishDossierHasEverySectionTheNamesTheStageAndTheHash() {
        Scene scene = scene("STANDARD");
        HttpResponse<byte[]> reply = dossier(scene.reference(), "en", lawyer);
        assertEquals(200, reply.statusCode(), () -> new String(reply.body()));
        // The container appends the response encoding web.xml sets (";charset=UTF-8"); the type is what matters.
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"), reply.headers().toString());
        assertTrue(reply.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("no-store", reply.headers().firstValue("Cache-Control").orElse(""));
        String text = PdfText.of(reply.body());
        for (String expected : List.of("Case dossier", scene.reference(), "Summary", "Victims", "Alleged perpetrators", "Witnesses",
                "Timeline of the incident", "Prosecution: محكمة جنايات الرصافة", "Evidence", "Sources",
                VICTIM_ARABIC + " / Safaa al-Saray", "Fate: Killed", "Age at the time of the incident: 26", "Unknown gunman",
                LOCALITY, "Sulaymaniyah", "Complaint filed", "Arrest warrant", "Stage: Warrant issued", scene.sha256(),
                "testimony.txt", "[B] Witness interview", "Shot at the Tahrir sit-in.")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertFalse(text.contains(CONTACT) || text.contains(PHONE.substring(4)), "a contact detail in the dossier:\n" + text);
        String audit = api.get("/api/audit?action=REPORT_DOSSIER&size=500", api.adminToken()).body();
        assertTrue(audit.contains("case:" + scene.reference()) && audit.contains("lang=en sha256=" + sha256(reply.body())), audit);
    }

    @Test
    void theArabicDossierIsInArabic() {
        Scene scene = scene("STANDARD");
        HttpResponse<byte[]> reply = dossier(scene.reference(), "ar", investigator);
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
        assertEquals(200, dossier(scene.reference(), "en", api.adminToken()).statusCode());
        String advocate = api.token(api.createUser("dosadv", "ADVOCATE"), Api.USER_PASSWORD);
        assertEquals(403, dossier(scene.reference(), "en", advocate).statusCode());
        String outsider = api.token(api.createUser("dosout", "LAWYER"), Api.USER_PASSWORD);
        assertEquals(404, dossier(scene.reference(), "en", outsider).statusCode());
        assertEquals(401, dossier(scene.reference(), "en", null).statusCode());
        HttpResponse<byte[]> bad = dossier(scene.reference(), "xx", investigator);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(new String(bad.body(), java.nio.charset.StandardCharsets.UTF_8).contains("\"lang\""));
    }

    @Test
    void theDossierIsInTheOpenApiDocument() {
        String openApi = api.send(api.builder("/openapi", null).header("Accept", "application/json").GET().build()).body();
        assertTrue(openApi.contains("/dossier\"") && openApi.contains("The case dossier (INTERNAL audience) as PDF"), openApi);
    }

    private HttpResponse<byte[]> dossier(String reference, String lang, String token) {
        try {
            return CLIENT.send(api.builder("/api/cases/" + reference + "/dossier?lang=" + lang, token).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
