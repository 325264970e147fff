package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.reports.control.PdfText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The WGEID submission over REST (docs/domain.md, WGEID): a disappearance built through the API with its
 * family's consent, the PDF read back (PDFBox plus ActualText, NFKC — see {@link PdfText}), and every refusal: what
 * is missing named all at once, consent absent or withdrawn, a case that is not a disappearance, and a restricted
 * case outside the reader's team.
 */
@ExtendWith(MizanServerExtension.class)
class WgeidIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String VICTIM_ARABIC = "سجاد عبد الأمير الكناني";
    private static final String VICTIM_LATIN = "Sajjad Abdul-Amir al-Kinani";
    private static final String UNIT = "اللواء السابع والأربعون";
    private static final String LOCALITY = "حي الجهاد قرب السيطرة";
    private static final String MOTHER = "أم سجاد الكناني";
    private static final String ORGANISATION = "Tishreen Families Network";
    private static final String SUBMITTER = "Zainab Hadi";
    private static final String SUBMITTER_CONTACT = "zainab.hadi@example.org";

    private final Api api;
    private final String investigator;
    private final String lawyer;
    private final String[] team;

    WgeidIT(Api api) {
        this.api = api;
        String investigatorName = api.createUser("wgeidinv", "INVESTIGATOR");
        this.investigator = api.token(investigatorName, Api.USER_PASSWORD);
        String lawyerName = api.createUser("wgeidlaw", "LAWYER");
        this.lawyer = api.token(lawyerName, Api.USER_PASSWORD);
        this.team = new String[]{investigatorName, lawyerName};
    }

    private record Scene(String reference, long contact, String phone) {
    }

    /**
     * A disappearance: a named victim (missing), a named unit, a proceeding with the family's complaint and its fate,
     * and the mother as the family's contact — with no consent decided yet.
     */
    private Scene scene(String type, JsonObjectBuilder date, String locality, String confidentiality, LocalDate complaint) {
        return scene(type, date, locality, confidentiality, complaint, 24);
    }

    /** {@code age}: the victim's age at the incident, null when nobody knows it. */
    private Scene scene(String type, JsonObjectBuilder date, String locality, String confidentiality, LocalDate complaint, Integer age) {
        long victim = CaseIT.person(api, investigator, VICTIM_ARABIC, VICTIM_LATIN);
        Api.Reply unit = api.post("/api/persons", investigator, Api.object().add("kind", "UNIT").add("nameArabic", UNIT)
                .add("nameLatin", "47th Brigade").build().toString());
        assertEquals(201, unit.status(), unit.body());
        JsonObjectBuilder body = CaseIT.caseBody("Taken from his car at a checkpoint; not seen since.")
                .add("violationTypes", Api.array(type)).add("incidentDate", date).add("governorate", "BG")
                .add("confidentiality", confidentiality).add("assignees", Api.array(team))
                .add("parties", Json.createArrayBuilder()
                        .add(victim(victim, age))
                        .add(Api.object().add("role", "PERPETRATOR").add("personId", unit.json().getJsonNumber("id").longValue())
                                .add("perpetratorKind", "UNIT").add("involvement", "CARRIED_OUT")));
        if (locality != null) {
            body.add("locality", locality);
        } else {
            body.addNull("locality");
        }
        Api.Reply created = api.post("/api/cases", investigator, body.build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        Api.Reply opened = api.post("/api/cases/" + reference + "/proceedings", lawyer, Api.object()
                .add("court", "محكمة تحقيق الكرخ").add("fileNumber", "77/ت/2025").build().toString());
        assertEquals(201, opened.status(), opened.body());
        long proceeding = opened.json().getJsonNumber("id").longValue();
        for (JsonObject event : List.of(on("COMPLAINT_FILED", complaint), on("INVESTIGATION_OPENED", complaint.plusDays(2)),
                on("REGISTERED_AGAINST_UNKNOWN", complaint.plusDays(6)))) {
            Api.Reply recorded = api.post("/api/proceedings/" + proceeding + "/events", lawyer, event.toString());
            assertEquals(201, recorded.status(), recorded.body());
        }
        String phone = "+964771" + String.format("%07d", System.nanoTime() % 10_000_000);
        Api.Reply contact = api.post("/api/cases/" + reference + "/contacts", investigator, Api.object().add("personId", victim)
                .add("reaches", "FAMILY").add("relationship", "MOTHER").add("riskLevel", "HIGH").add("safeChannel", "SIGNAL")
                .add("name", MOTHER).add("phones", Api.array(phone)).build().toString());
        assertEquals(201, contact.status(), contact.body());
        return new Scene(reference, contact.json().getJsonNumber("id").longValue(), phone);
    }

    private static JsonObjectBuilder victim(long person, Integer age) {
        JsonObjectBuilder victim = Api.object().add("role", "VICTIM").add("personId", person).add("fate", "MISSING");
        return age == null ? victim : victim.add("ageAtIncident", age);
    }

    private Scene complete(String confidentiality) {
        return scene("ABDUCTION", day(2025, 3, 2), LOCALITY, confidentiality, LocalDate.of(2025, 3, 4));
    }

    private static JsonObjectBuilder day(int year, int month, int day) {
        return Api.object().add("year", year).add("month", month).add("day", day);
    }

    private static JsonObject on(String type, LocalDate date) {
        return Api.object().add("type", type).add("date", day(date.getYear(), date.getMonthValue(), date.getDayOfMonth())).build();
    }

    private void decide(Scene scene, String consent, String decision, String on) {
        Api.Reply reply = api.post("/api/contacts/" + scene.contact() + "/consents", investigator, Api.object().add("consent", consent)
                .add("decision", decision).add("decidedOn", on).add("method", "WRITTEN").add("givenBy", MOTHER).build().toString());
        assertEquals(201, reply.status(), reply.body());
    }

    private static String request(String lang, boolean confidential) {
        return Api.object().add("lang", lang).add("organisation", ORGANISATION).add("submitterName", SUBMITTER)
                .add("submitterContact", SUBMITTER_CONTACT).add("confidential", confidential).build().toString();
    }

    @Test
    void aCompleteDisappearanceWithConsentIsSubmittedWithEveryField() {
        Scene scene = complete("STANDARD");
        decide(scene, "UN_SUBMISSION", "GIVEN", "2025-04-01");
        decide(scene, "TO_BE_CONTACTED", "GIVEN", "2025-04-01");
        HttpResponse<byte[]> reply = wgeid(scene.reference(), request("en", false), investigator, null);
        assertEquals(200, reply.statusCode(), () -> new String(reply.body(), StandardCharsets.UTF_8));
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"), reply.headers().toString());
        assertTrue(reply.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("no-store", reply.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("nosniff", reply.headers().firstValue("X-Content-Type-Options").orElse(""));
        String reportId = reply.headers().firstValue("X-Report-Id").orElse("");
        assertFalse(reportId.isEmpty(), reply.headers().toString());
        String text = lines(reply.body());
        for (String expected : List.of("Submission to the UN Working Group on Enforced or Involuntary Disappearances", scene.reference(),
                "Standard procedure", "(a) The disappeared person", VICTIM_ARABIC + " / " + VICTIM_LATIN, "Gender: Male",
                "Occupation: Activist", "Age at the time of the disappearance: 24", "Fate: Missing",
                "(b) Date of the disappearance", "Year, month and day: 2025-03-02",
                "(c) Place of arrest, abduction or where last seen", "Baghdad", LOCALITY,
                "(d) Who is believed to have carried it out", UNIT + " / 47th Brigade", "Involvement: Carried out",
                "(e) Steps taken by the family", "Complaint filed", "Investigation opened", "Registered against unknown",
                "محكمة تحقيق الكرخ", "(f) Submitted by", ORGANISATION, SUBMITTER, SUBMITTER_CONTACT,
                "The submitter does not ask for confidentiality.", MOTHER, scene.phone(), reportId)) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertFalse(text.contains("CONFIDENTIAL SOURCE"), text);
        assertFalse(text.contains(team[1]), "our lawyer's username went to the UN:\n" + text);
    }

    /** Issue 20, item 7: the Working Group asks for any available identifying data; an unknown age is no reason to refuse. */
    @Test
    void aDisappearanceWhoseVictimsAgeIsUnknownIsSubmittedAndSaysSo() {
        Scene scene = scene("ABDUCTION", day(2025, 3, 2), LOCALITY, "STANDARD", LocalDate.of(2025, 3, 4), null);
        decide(scene, "UN_SUBMISSION", "GIVEN", "2025-04-01");
        HttpResponse<byte[]> reply = wgeid(scene.reference(), request("en", false), investigator, null);
        assertEquals(200, reply.statusCode(), () -> new String(reply.body(), StandardCharsets.UTF_8));
        String text = lines(reply.body());
        assertTrue(text.contains("Age at the time of the disappearance: unknown"), text);
        assertTrue(text.contains(VICTIM_ARABIC + " / " + VICTIM_LATIN), text);
    }

    @Test
    void anAdvocateMayProduceItButNeverSeesTheFamilysDetailsAndAConfidentialSubmitterIsSaidSo() {
        Scene scene = complete("STANDARD");
        decide(scene, "UN_SUBMISSION", "GIVEN", "2025-04-01");
        decide(scene, "TO_BE_CONTACTED", "GIVEN", "2025-04-01");
        String advocate = api.newUserToken("wgeidadv", "ADVOCATE");
        HttpResponse<byte[]> reply = wgeid(scene.reference(), request("en", true), advocate, null);
        assertEquals(200, reply.statusCode(), () -> new String(reply.body(), StandardCharsets.UTF_8));
        String text = lines(reply.body());
        for (String expected : List.of(VICTIM_LATIN, "CONFIDENTIAL SOURCE: the submitter asks that their identity be kept confidential",
                "The submitter's identity must be kept confidential.", ORGANISATION,
                "The submitting organisation holds the family's contact details and will provide them to the Working Group on request.")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertFalse(text.contains(MOTHER) || text.contains(scene.phone().substring(4)), "the family's details reached an advocate:\n" + text);
    }

    @Test
    void theArabicEditionIsInArabicAndARecentDisappearanceIsUrgent() {
        LocalDate recent = LocalDate.now(ZoneOffset.UTC).minusDays(10);
        Scene scene = scene("ABDUCTION", day(recent.getYear(), recent.getMonthValue(), recent.getDayOfMonth()), LOCALITY, "STANDARD",
                recent.plusDays(1));
        decide(scene, "UN_SUBMISSION", "GIVEN", recent.toString());
        HttpResponse<byte[]> reply = wgeid(scene.reference(), request("ar", false), lawyer, null);
        assertEquals(200, reply.statusCode(), () -> new String(reply.body(), StandardCharsets.UTF_8));
        String text = lines(reply.body());
        for (String expected : List.of("بلاغ إلى فريق الأمم المتحدة العامل المعني بحالات الاختفاء القسري أو غير الطوعي",
                // the date inside an Arabic sentence, ISO as in every edition (its order on the page: RightToLeftValuesTest)
                "إجراء عاجل", recent.toString(), VICTIM_ARABIC, "(أ) الشخص المختفي", "تقديم شكوى", ORGANISATION,
                // consent to submit but not to be contacted: no details, whoever reads
                "لم توافق العائلة على التواصل المباشر معها")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertFalse(text.contains(MOTHER) || text.contains(scene.phone().substring(4)), text);
    }

    @Test
    void aDateWithoutItsDayAndNoPlaceAreNamedTogether() {
        Scene scene = scene("ABDUCTION", Api.object().add("year", 2025).add("month", 3), null, "STANDARD", LocalDate.of(2025, 4, 2));
        decide(scene, "UN_SUBMISSION", "GIVEN", "2025-04-01");
        Problem problem = refused(wgeid(scene.reference(), request("en", false), investigator, null));
        assertEquals(List.of("b", "c"), problem.items(), problem.body());
        assertTrue(problem.body().contains("Year, month and day of the disappearance") && problem.body().contains("governorate and locality"),
                problem.body());
        Problem arabic = refused(wgeid(scene.reference(), request("en", false), investigator, "ar"));
        assertTrue(arabic.body().contains("سنة الاختفاء وشهره ويومه"), arabic.body());
        String audit = api.get("/api/audit?action=REPORT_WGEID&size=500", api.adminToken()).body();
        assertTrue(audit.contains("case:" + scene.reference()) && audit.contains("missing: b,c"), audit);
        assertFalse(audit.contains(SUBMITTER) || audit.contains(ORGANISATION), "the submitter reached the audit trail: " + audit);
    }

    @Test
    void withoutConsentOrAfterItsWithdrawalTheSubmissionIsRefused() {
        Scene scene = complete("STANDARD");
        assertEquals(List.of("consent"), refused(wgeid(scene.reference(), request("en", false), investigator, null)).items());
        decide(scene, "UN_SUBMISSION", "GIVEN", "2025-04-01");
        assertEquals(200, wgeid(scene.reference(), request("en", false), investigator, null).statusCode());
        decide(scene, "UN_SUBMISSION", "WITHDRAWN", "2025-05-01");
        Problem withdrawn = refused(wgeid(scene.reference(), request("en", false), investigator, null));
        assertEquals(List.of("consent"), withdrawn.items(), withdrawn.body());
        assertTrue(withdrawn.body().contains("prior consent to submission to the UN"), withdrawn.body());
    }

    @Test
    void aCaseThatIsNotADisappearanceIsRefused() {
        Scene scene = scene("ASSASSINATION", day(2025, 3, 2), LOCALITY, "STANDARD", LocalDate.of(2025, 3, 4));
        decide(scene, "UN_SUBMISSION", "GIVEN", "2025-04-01");
        assertEquals(List.of("type"), refused(wgeid(scene.reference(), request("en", false), investigator, null)).items());
    }

    @Test
    void outsidersSeeNothingAndBadInputIsNamed() {
        Scene scene = complete("RESTRICTED");
        decide(scene, "UN_SUBMISSION", "GIVEN", "2025-04-01");
        String outsider = api.newUserToken("wgeidout", "LAWYER");
        assertEquals(404, wgeid(scene.reference(), request("en", false), outsider, null).statusCode());
        String advocate = api.newUserToken("wgeidadv", "ADVOCATE");
        assertEquals(404, wgeid(scene.reference(), request("en", false), advocate, null).statusCode());
        assertEquals(401, wgeid(scene.reference(), request("en", false), null, null).statusCode());
        assertEquals(200, wgeid(scene.reference(), request("en", false), api.adminToken(), null).statusCode());

        HttpResponse<byte[]> badLanguage = wgeid(scene.reference(), request("xx", false), investigator, null);
        assertEquals(400, badLanguage.statusCode());
        assertTrue(new String(badLanguage.body(), StandardCharsets.UTF_8).contains("\"lang\""));
        HttpResponse<byte[]> noSubmitter = wgeid(scene.reference(), Api.object().add("lang", "en").add("submitterName", SUBMITTER)
                .build().toString(), investigator, null);
        assertEquals(400, noSubmitter.statusCode());
        assertTrue(noSubmitter.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        String body = new String(noSubmitter.body(), StandardCharsets.UTF_8);
        for (String field : List.of("\"organisation\"", "\"submitterContact\"", "\"confidential\"")) {
            assertTrue(body.contains(field), field + " not named in " + body);
        }
        assertFalse(body.contains(SUBMITTER), "the submitter's name came back in an error: " + body);
    }

    /** The PDF's text with every run of white space as one space: the template wraps long lines where it must. */
    private static String lines(byte[] pdf) {
        return PdfText.of(pdf).replaceAll("\\s+", " ");
    }

    private record Problem(List<String> items, String body) {
    }

    private static Problem refused(HttpResponse<byte[]> reply) {
        String body = new String(reply.body(), StandardCharsets.UTF_8);
        assertEquals(422, reply.statusCode(), body);
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), reply.headers().toString());
        JsonObject json = Json.createReader(new java.io.StringReader(body)).readObject();
        assertEquals(422, json.getInt("status"));
        return new Problem(json.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList(), body);
    }

    private HttpResponse<byte[]> wgeid(String reference, String json, String token, String language) {
        HttpRequest.Builder builder = api.builder("/api/cases/" + reference + "/wgeid", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        try {
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
