package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.reports.control.PdfText;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures outside the courts over REST: recorded and corrected by the case's team, audited and kept in
 * their history, read by everyone who may see the case — the typed text only where the case's free text is shown.
 */
@ExtendWith(MizanServerExtension.class)
class CaseMeasuresIT {

    private final Api api;
    private final String investigatorName;
    private final String investigator;
    private final String lawyerName;
    private final String lawyer;
    private final String suffix = Long.toString(System.nanoTime() % 1_000_000);
    private final String authority = "مجلس محافظة البصرة " + suffix;
    /** A day of its own for the case whose export is read, so that the export holds few other tests' cases. */
    private final java.time.LocalDate day = java.time.LocalDate.of(1995, 1, 1).plusDays(new java.util.Random().nextInt(3000));
    private final String description = "Police chief of the district dismissed after the killing, order " + suffix;

    CaseMeasuresIT(Api api) {
        this.api = api;
        this.investigatorName = api.createUser("measinv", "INVESTIGATOR");
        this.investigator = api.token(investigatorName, Api.USER_PASSWORD);
        this.lawyerName = api.createUser("measlaw", "LAWYER");
        this.lawyer = api.token(lawyerName, Api.USER_PASSWORD);
    }

    private String newCase(String confidentiality) {
        Api.Reply created = api.post("/api/cases", investigator, CaseIT.caseBody("Measures test " + suffix)
                .add("confidentiality", confidentiality).add("assignees", Api.array(investigatorName, lawyerName)).build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("reference");
    }

    private JsonObjectBuilder measure(String kind, int year, int month) {
        return Api.object().add("kind", kind).add("date", Api.object().add("year", year).add("month", month))
                .add("authority", authority).add("description", description).add("sourceUrl", "https://example.org/order-" + suffix);
    }

    private JsonObject record(String reference, String token, JsonObjectBuilder body) {
        Api.Reply reply = api.post("/api/cases/" + reference + "/measures", token, body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void theTeamRecordsAndCorrectsAMeasureAuditedAndKeptInItsHistory() {
        String reference = newCase("STANDARD");
        Api.Reply created = api.post("/api/cases/" + reference + "/measures", investigator,
                measure("DISMISSAL", 2020, 3).build().toString());
        assertEquals(201, created.status(), created.body());
        JsonObject dismissal = created.json();
        long id = dismissal.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith("/api/cases/" + reference + "/measures/" + id), created.header("Location"));
        assertEquals(authority, dismissal.getString("authority"));
        record(reference, lawyer, measure("INQUIRY_COMMISSION", 2019, 11).add("description", "Fact-finding committee"));

        JsonArray listed = api.get("/api/cases/" + reference + "/measures", lawyer).array();
        assertEquals(List.of("INQUIRY_COMMISSION", "DISMISSAL"), listed.stream()
                .map(m -> m.asJsonObject().getString("kind")).toList(), "in date order, not as recorded");

        String path = "/api/cases/" + reference + "/measures/" + id;
        Api.Reply corrected = api.put(path, lawyer, measure("COMPENSATION", 2020, 4)
                .add("version", dismissal.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("COMPENSATION", corrected.json().getString("kind"));
        assertEquals(4, corrected.json().getJsonObject("date").getInt("month"));
        assertEquals(409, api.put(path, lawyer, measure("OTHER", 2020, 4)
                .add("version", dismissal.getJsonNumber("version").longValue()).build().toString()).status(), "a stale version");

        JsonArray history = api.get(path + "/history", investigator).array();
        assertEquals(2, history.size(), history.toString());
        assertTrue(history.getJsonObject(0).toString().contains("DISMISSAL"), "what it said before: " + history);

        JsonArray audit = api.get("/api/audit?user=" + lawyerName + "&size=500", api.adminToken()).json().getJsonArray("entries");
        assertTrue(audit.stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("action").equals("MEASURE_CORRECT")
                && e.getString("target").equals("measure:" + id)), audit.toString());
        JsonArray recorded = api.get("/api/audit?action=MEASURE_CREATE&user=" + investigatorName + "&size=500", api.adminToken()).json()
                .getJsonArray("entries");
        assertTrue(recorded.stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("target").equals("measure:" + id)),
                recorded.toString());
        assertEquals(405, api.delete(path, investigator).status(), "corrected, never deleted");
    }

    @Test
    void onlyTheTeamRecordsAndARestrictedCasesMeasuresAreNotFoundByOthers() {
        String standard = newCase("STANDARD");
        long id = record(standard, investigator, measure("OFFICIAL_STATEMENT", 2020, 1)).getJsonNumber("id").longValue();
        String outsider = api.newUserToken("measout", "LAWYER");
        assertEquals(200, api.get("/api/cases/" + standard + "/measures", outsider).status(), "a standard case is for everyone");
        Api.Reply refused = api.post("/api/cases/" + standard + "/measures", outsider, measure("OTHER", 2020, 1).build().toString());
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals(403, api.put("/api/cases/" + standard + "/measures/" + id, outsider, measure("OTHER", 2020, 1)
                .add("version", 0).build().toString()).status());
        String advocate = api.newUserToken("measadv", "ADVOCATE");
        assertEquals(403, api.post("/api/cases/" + standard + "/measures", advocate, measure("OTHER", 2020, 1).build().toString())
                .status());

        String restricted = newCase("RESTRICTED");
        long hidden = record(restricted, lawyer, measure("DISMISSAL", 2020, 1)).getJsonNumber("id").longValue();
        for (Api.Reply reply : List.of(api.get("/api/cases/" + restricted + "/measures", outsider),
                api.post("/api/cases/" + restricted + "/measures", outsider, measure("OTHER", 2020, 1).build().toString()),
                api.put("/api/cases/" + restricted + "/measures/" + hidden, outsider, measure("OTHER", 2020, 1).add("version", 0)
                        .build().toString()),
                api.get("/api/cases/" + restricted + "/measures/" + hidden + "/history", outsider))) {
            assertEquals(404, reply.status(), reply.body());
            assertFalse(reply.body().contains(authority) || reply.body().contains(restricted), reply.body());
        }
        assertEquals(404, api.put("/api/cases/" + standard + "/measures/" + hidden, investigator, measure("OTHER", 2020, 1)
                .add("version", 0).build().toString()).status(), "a measure of another case, named through this one");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String reference = newCase("STANDARD");
        assertEquals(Set.of("kind", "date", "authority"), fields(api.post("/api/cases/" + reference + "/measures", lawyer, "{}")));
        assertEquals(Set.of("kind"), fields(api.post("/api/cases/" + reference + "/measures", lawyer,
                measure("SACKING", 2020, 1).build().toString())));
        assertEquals(Set.of("date"), fields(api.post("/api/cases/" + reference + "/measures", lawyer,
                measure("DISMISSAL", 2999, 1).build().toString())));
        assertEquals(Set.of("date"), fields(api.post("/api/cases/" + reference + "/measures", lawyer,
                measure("DISMISSAL", 2020, 13).build().toString())));
        assertEquals(Set.of("sourceUrl"), fields(api.post("/api/cases/" + reference + "/measures", lawyer,
                measure("DISMISSAL", 2020, 1).add("sourceUrl", "javascript:alert(1)").build().toString())));
        assertEquals(Set.of("authority", "description"), fields(api.post("/api/cases/" + reference + "/measures", lawyer,
                measure("DISMISSAL", 2020, 1).add("authority", "x".repeat(201)).add("description", "y".repeat(2001))
                        .build().toString())));
        assertEquals(0, api.get("/api/cases/" + reference + "/measures", lawyer).array().size(), "nothing refused was kept");
    }

    @Test
    void anAdvocateSeesKindsAndDatesButNotTheTextOfACaseWhoseFreeTextIsWithheld() {
        long victim = CaseIT.person(api, investigator, "حيدر كاظم " + suffix, "Haidar Kadhim " + suffix);
        Api.Reply created = api.post("/api/cases", investigator, CaseIT.caseBody("Measures withheld " + suffix)
                .add("incidentDate", Api.object().add("year", day.getYear()).add("month", day.getMonthValue()).add("day", day.getDayOfMonth()))
                .add("assignees", Api.array(investigatorName, lawyerName))
                .add("parties", Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", victim)
                        .add("fate", "KILLED"))).build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        record(reference, lawyer, measure("COMPENSATION", 2021, 6));
        AdvocateRedactionIT.familyWithdrewBothConsents(api, investigator, reference, victim, suffix);

        String advocate = api.newUserToken("measadv", "ADVOCATE");
        Api.Reply read = api.get("/api/cases/" + reference + "/measures", advocate);
        assertEquals(200, read.status(), read.body());
        JsonObject seen = read.array().getJsonObject(0);
        assertEquals("COMPENSATION", seen.getString("kind"));
        assertEquals(2021, seen.getJsonObject("date").getInt("year"));
        for (String typed : List.of("authority", "description", "sourceUrl")) {
            assertTrue(!seen.containsKey(typed) || seen.isNull(typed), typed + " withheld: " + seen);
        }
        for (String secret : List.of(authority, description, "order-" + suffix, investigatorName, lawyerName)) {
            assertFalse(read.body().contains(secret), "withheld: " + secret + " in " + read.body());
        }
        String history = api.get("/api/cases/" + reference + "/measures/" + seen.getJsonNumber("id") + "/history", advocate).body();
        assertFalse(history.contains(authority) || history.contains(description), history);
        assertTrue(api.get("/api/cases/" + reference + "/measures", lawyer).body().contains(description), "the team reads it");

        // The UN export and dossier an advocate makes carry the measure's kind and date, not its text.
        Api.Reply un = api.get("/api/exports/cases.json?from=" + day + "&to=" + day + "&audience=UN", advocate);
        assertEquals(200, un.status(), un.body());
        JsonObject exported = un.json().getJsonArray("cases").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("reference").equals(reference)).findFirst().orElseThrow(() -> new AssertionError(un.body()));
        JsonObject measure = exported.getJsonArray("measures").getJsonObject(0);
        assertEquals("COMPENSATION", measure.getString("kind"));
        assertEquals("2021-06", measure.getString("date"));
        assertFalse(measure.containsKey("authority") || measure.containsKey("description") || measure.containsKey("sourceUrl"),
                measure.toString());
        String unDossier = PdfText.of(dossier(reference, "UN", advocate));
        assertTrue(unDossier.contains("Measures outside the courts") && unDossier.contains("2021-06 — Compensation decided"), unDossier);
        assertFalse(unDossier.contains(authority) || unDossier.contains(description), unDossier);

        // The team's INTERNAL export and dossier carry it whole; the CSV in its own last column.
        Api.Reply internal = api.get("/api/exports/cases.csv?from=" + day + "&to=" + day + "&audience=INTERNAL", investigator);
        assertEquals(200, internal.status(), internal.body());
        String header = internal.body().lines().findFirst().orElseThrow();
        assertTrue(header.endsWith(",proceedings,measures"), header);
        assertTrue(internal.body().contains("2021-06 COMPENSATION " + authority + ": " + description), internal.body());
        String internalDossier = PdfText.of(dossier(reference, "INTERNAL", investigator));
        assertTrue(internalDossier.contains("Compensation decided") && internalDossier.contains(description), internalDossier);
    }

    private byte[] dossier(String reference, String audience, String token) {
        java.net.http.HttpResponse<byte[]> reply = DossierIT.dossier(api, reference, audience, "en", token);
        assertEquals(200, reply.statusCode(), new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8));
        return reply.body();
    }

    private static Set<String> fields(Api.Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        return reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
    }
}
