package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Sha256;
import org.mizan.reports.control.PdfText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The periodic report over REST: cases made through the API on a day of their own, the report
 * started as a background job, polled to READY and downloaded, its text read back (PDFBox plus ActualText, NFKC — see
 * {@link PdfText}); who may see whose job, who may ask for which audience, and 400s that name the field.
 */
@ExtendWith(MizanServerExtension.class)
class PeriodicReportIT {

    private static final HttpClient BYTES = HttpClient.newHttpClient();
    private static final String VICTIM_AR = "مصطفى كريم الزبيدي";
    private static final String VICTIM_LATIN = "Mustafa Karim al-Zubaidi";
    /** Every part of the name that must not reach a PUBLIC report. */
    private static final List<String> SECRETS = List.of(VICTIM_AR, VICTIM_LATIN, "مصطفى", "الزبيدي", "Mustafa", "Zubaidi");

    private final Api api;
    private final String investigatorName;
    private final String investigator;
    private final String advocate;
    private final String otherInvestigator;
    /** A day no other test uses, so that the period holds exactly this test's cases. */
    private final int year = 1990 + ThreadLocalRandom.current().nextInt(10);
    private final int month = 1 + ThreadLocalRandom.current().nextInt(12);
    private final int day = 1 + ThreadLocalRandom.current().nextInt(28);
    private final String date;

    PeriodicReportIT(Api api) {
        this.api = api;
        this.investigatorName = api.createUser("perinv", "INVESTIGATOR");
        this.investigator = api.token(investigatorName, Api.USER_PASSWORD);
        this.advocate = api.newUserToken("peradv", "ADVOCATE");
        this.otherInvestigator = api.newUserToken("perother", "INVESTIGATOR");
        this.date = String.format("%04d-%02d-%02d", year, month, day);
    }

    private record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private Download download(String path, String token) {
        try {
            HttpResponse<byte[]> response = BYTES.send(api.builder(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Four cases on the test's day: two in Baghdad (one also a threat), one abduction in Basra, one restricted in Sulaymaniyah. */
    private List<String> scene() {
        long victim = CaseIT.person(api, investigator, VICTIM_AR, VICTIM_LATIN);
        String first = create(body("ASSASSINATION").add("governorate", "BG").add("parties", Json.createArrayBuilder()
                .add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "KILLED").add("ageAtIncident", 27))));
        String second = create(body("ASSASSINATION", "THREAT").add("governorate", "BG"));
        String third = create(body("ABDUCTION").add("governorate", "BA"));
        String restricted = create(body("ABDUCTION").add("governorate", "SU").add("confidentiality", "RESTRICTED")
                .add("assignees", Api.array(investigatorName)));
        return List.of(first, second, third, restricted);
    }

    private JsonObjectBuilder body(String... types) {
        return CaseIT.caseBody("Periodic report test case").add("violationTypes", Api.array(types))
                .add("incidentDate", Api.object().add("year", year).add("month", month).add("day", day));
    }

    private String create(JsonObjectBuilder body) {
        Api.Reply reply = api.post("/api/cases", investigator, body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("reference");
    }

    private JsonObjectBuilder request(String audience, String lang) {
        return Api.object().add("from", date).add("to", date).add("audience", audience).add("lang", lang);
    }

    /** Starts the report, follows its job to READY and downloads the PDF. */
    private byte[] report(JsonObject request, String token) {
        Api.Reply started = api.post("/api/reports/periodic", token, request.toString());
        assertEquals(202, started.status(), started.body());
        String location = started.header("Location");
        assertNotNull(location, "Location of the job");
        String job = java.net.URI.create(location).getPath();
        assertTrue(job.startsWith("/api/reports/jobs/"), job);
        JsonObject status = started.json();
        for (int i = 0; i < 600 && !List.of("READY", "FAILED").contains(status.getString("state")); i++) {
            sleep();
            Api.Reply polled = api.get(job, token);
            assertEquals(200, polled.status(), polled.body());
            status = polled.json();
            double progress = status.getJsonNumber("progress").doubleValue();
            assertTrue(progress >= 0 && progress <= 1, status.toString());
        }
        assertEquals("READY", status.getString("state"), status.toString());
        assertEquals(1.0, status.getJsonNumber("progress").doubleValue());
        Download pdf = download(job + "/pdf", token);
        assertEquals(200, pdf.status());
        assertTrue(pdf.header("Content-Type").startsWith("application/pdf"), pdf.header("Content-Type"));
        assertTrue(pdf.header("Content-Disposition").startsWith("attachment"), pdf.header("Content-Disposition"));
        assertEquals("no-store", pdf.header("Cache-Control"));
        assertEquals("nosniff", pdf.header("X-Content-Type-Options"));
        assertEquals(status.getString("sha256"), Sha256.hex(pdf.body()), "the status names the file's hash");
        assertEquals(status.getString("reportId"), pdf.header("X-Report-Id"));
        return pdf.body();
    }

    private static String flat(byte[] pdf) {
        return PdfText.of(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void theInternalEditionCountsAndListsEveryCaseTheInvestigatorMaySee() {
        List<String> references = scene();
        String text = flat(report(request("INTERNAL", "en").build(), investigator));
        for (String expected : List.of("Periodic report", "Incidents from " + date + " to " + date, "Audience: Internal",
                "Cases by violation type", "Cases by governorate", "Cases by month of the incident", "Victims by occupation",
                "Prosecution stages", "Impunity indicators", "Cases (4)", "Cases: 4. Victims: 1.",
                "Targeted killing (assassination) 2 50.0 %", "Abduction / enforced disappearance 2 50.0 %",
                "Threats and intimidation 1 25.0 %", "Baghdad 2 50.0 %", "Basra 1 25.0 %", "Sulaymaniyah 1 25.0 %",
                "No proceeding recorded 4 100.0 %", VICTIM_LATIN)) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        references.forEach(reference -> assertTrue(text.contains(reference), reference));
    }

    @Test
    void thePublicEditionLeavesOutRestrictedCasesAndTheNamesOfVictimsWithoutConsent() {
        List<String> references = scene();
        byte[] pdf = report(request("PUBLIC", "en").build(), advocate);
        String text = flat(pdf);
        for (String expected : List.of("Audience: Public", "Cases (3)", "Baghdad 2 66.7 %", "Basra 1 33.3 %", references.get(0),
                "M. Z.")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertFalse(text.contains(references.get(3)), "the restricted case is not the advocate's to see");
        assertFalse(text.contains("Sulaymaniyah"), "nor counted");
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), "text contains " + secret);
            assertFalse(PdfText.bytesContain(pdf, secret), "the file's bytes, streams decompressed, contain " + secret);
        }
    }

    @Test
    void theArabicEditionHasArabicHeadingsAndLabels() {
        List<String> references = scene();
        String text = flat(report(request("PUBLIC", "ar").add("governorate", "BG").build(), advocate));
        for (String expected : List.of("تقرير دوري", "القضايا حسب نوع الانتهاك", "القضايا حسب المحافظة", "مؤشرات الإفلات من العقاب",
                "اغتيال", "بغداد", "القضايا (2)", references.get(0), references.get(1))) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertFalse(text.contains(references.get(2)), "Basra is filtered out");
    }

    @Test
    void onlyTheOwnerSeesTheJob() {
        Api.Reply started = api.post("/api/reports/periodic", investigator, request("LEGAL", "en").build().toString());
        assertEquals(202, started.status(), started.body());
        String job = java.net.URI.create(started.header("Location")).getPath();
        Api.Reply other = api.get(job, otherInvestigator);
        assertEquals(404, other.status(), other.body());
        assertTrue(other.contentType().startsWith("application/problem+json"), other.contentType());
        assertEquals(404, download(job + "/pdf", otherInvestigator).status());
        assertEquals(404, download(job + "/pdf", advocate).status());
        assertEquals(404, api.get("/api/reports/jobs/0123456789abcdef0123456789abcdef", investigator).status());
        assertEquals(200, api.get(job, investigator).status());
    }

    @Test
    void anAdvocateMayNotAskForTheInternalOrLegalEdition() {
        for (String audience : List.of("INTERNAL", "LEGAL")) {
            Api.Reply refused = api.post("/api/reports/periodic", advocate, request(audience, "en").build().toString());
            assertEquals(403, refused.status(), refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        }
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertProblem(request("PUBLIC", "en").add("from", "2019-13-45"), "from");
        assertProblem(request("PUBLIC", "en").add("from", "2020-01-02").add("to", "2020-01-01"), "to");
        assertProblem(request("PUBLIC", "en").add("governorate", "XX"), "governorate");
        assertProblem(request("PUBLIC", "en").add("violationType", "PARKING"), "violationType");
        assertProblem(request("PUBLIC", "en").add("status", "LOST"), "status");
        assertProblem(request("NOBODY", "en"), "audience");
        assertProblem(Api.object().add("lang", "en"), "audience");
        assertProblem(request("PUBLIC", "fr"), "lang");
        assertProblem(request("PUBLIC", "en").add("q", VICTIM_LATIN), "q");
        Api.Reply notJson = api.post("/api/reports/periodic", advocate, "{not json");
        assertEquals(400, notJson.status(), notJson.body());
    }

    private void assertProblem(JsonObjectBuilder body, String field) {
        Api.Reply reply = api.post("/api/reports/periodic", advocate, body.build().toString());
        assertEquals(400, reply.status(), field + ": " + reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
