package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The impunity clock of a case and the indicators over many, over REST. The database is shared with
 * every other IT of the run, so the indicators are read for a governorate and year no other test
 * records cases in (Muthanna, 2003) and compared before and after this test's cases, as differences.
 */
@ExtendWith(MizanServerExtension.class)
class ImpunityIT {

    private static final String INDICATORS = "/api/indicators/impunity?governorate=MU&from=2003-01-01&to=2003-12-31";

    private final Api api;
    private final String investigator;
    private final String lawyerName;
    private final String lawyer;
    private final String investigatorName;

    ImpunityIT(Api api) {
        this.api = api;
        this.investigatorName = api.createUser("impinv", "INVESTIGATOR");
        this.investigator = api.token(investigatorName, Api.USER_PASSWORD);
        this.lawyerName = api.createUser("implaw", "LAWYER");
        this.lawyer = api.token(lawyerName, Api.USER_PASSWORD);
    }

    private String token(String prefix, String role) {
        return api.newUserToken(prefix, role);
    }

    /** A case in Muthanna, abduction, on the given incident date, with this test's investigator and lawyer as its team. */
    private String newCase(JsonObjectBuilder incidentDate, String confidentiality) {
        Api.Reply created = api.post("/api/cases", investigator, CaseIT.caseBody("Impunity test")
                .add("violationTypes", Api.array("ABDUCTION")).add("incidentDate", incidentDate).add("governorate", "MU")
                .add("locality", "السماوة").add("confidentiality", confidentiality)
                .add("assignees", Api.array(investigatorName, lawyerName)).build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("reference");
    }

    private static JsonObjectBuilder day(int year, int month, int day) {
        return Api.object().add("year", year).add("month", month).add("day", day);
    }

    private static JsonObjectBuilder month(int year, int month) {
        return Api.object().add("year", year).add("month", month);
    }

    /** Opens a proceeding with one suspect and records the events; answers its id. */
    private long proceeding(String reference, JsonObjectBuilder... events) {
        Api.Reply opened = api.post("/api/cases/" + reference + "/proceedings", lawyer, Api.object().add("court", "محكمة جنايات المثنى")
                .add("suspects", Json.createArrayBuilder().add(Api.object().add("label", "منتسب في قوة أمنية"))).build().toString());
        assertEquals(201, opened.status(), opened.body());
        long id = opened.json().getJsonNumber("id").longValue();
        for (JsonObjectBuilder event : events) {
            Api.Reply recorded = api.post("/api/proceedings/" + id + "/events", lawyer, event.build().toString());
            assertEquals(201, recorded.status(), recorded.body());
        }
        return id;
    }

    private static JsonObjectBuilder event(String type, JsonObjectBuilder date) {
        return Api.object().add("type", type).add("date", date);
    }

    private JsonObject indicators(String token) {
        Api.Reply reply = api.get(INDICATORS, token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** A number anywhere in the indicators, by its path: "cases", "againstUnknown/count", "byPhase/VERDICT". */
    private static long at(JsonObject json, String path) {
        String[] parts = path.split("/");
        JsonObject object = json;
        for (int i = 0; i < parts.length - 1; i++) {
            object = object.getJsonObject(parts[i]);
        }
        return object.getJsonNumber(parts[parts.length - 1]).longValue();
    }

    private static void assertGrew(JsonObject before, JsonObject after, String path, long by, String who) {
        assertEquals(by, at(after, path) - at(before, path), who + ": " + path);
    }

    @Test
    void indicatorsCountTheCasesEachReaderMaySeeAndTheClockCountsFromTheIncident() {
        String advocate = token("impadv", "ADVOCATE");
        String outsider = token("impout", "LAWYER");
        String admin = api.adminToken();
        JsonObject lawyerBefore = indicators(lawyer);
        JsonObject advocateBefore = indicators(advocate);
        JsonObject outsiderBefore = indicators(outsider);
        JsonObject adminBefore = indicators(admin);
        java.util.Map<String, Long> filteredBefore = filtered();

        String unknown = newCase(month(2003, 3), "STANDARD");
        proceeding(unknown, event("COMPLAINT_FILED", month(2003, 4)), event("REGISTERED_AGAINST_UNKNOWN", month(2003, 6)));
        String convicted = newCase(day(2003, 5, 1), "STANDARD");
        proceeding(convicted, event("ARREST", day(2003, 7, 15)), event("REFERRAL", day(2003, 11, 1)),
                event("TRIAL_HEARING", day(2004, 1, 10)), event("VERDICT", day(2004, 3, 1)).add("verdict", "CONVICTION"),
                event("APPEAL_FILED", day(2004, 4, 1)), event("CASSATION_UPHELD", day(2004, 9, 1)));
        String acquitted = newCase(day(2003, 6, 20), "STANDARD");
        proceeding(acquitted, event("ARREST", month(2003, 8)), event("TRIAL_HEARING", month(2004, 2)),
                event("VERDICT", month(2004, 5)).add("verdict", "ACQUITTAL"), event("RELEASE", month(2004, 5)));
        String none = newCase(day(2003, 9, 9), "STANDARD");
        String restricted = newCase(day(2003, 10, 1), "RESTRICTED");
        proceeding(restricted, event("REGISTERED_AGAINST_UNKNOWN", month(2004, 1)));

        // The team's lawyer and the administrator count all five cases, the restricted one too.
        for (var reader : new String[][]{{"lawyer on the team", lawyer}, {"admin", admin}}) {
            JsonObject before = reader[1].equals(lawyer) ? lawyerBefore : adminBefore;
            JsonObject after = indicators(reader[1]);
            String who = reader[0];
            assertGrew(before, after, "cases", 5, who);
            assertGrew(before, after, "withProceeding", 4, who);
            assertGrew(before, after, "againstUnknown/count", 2, who);
            assertGrew(before, after, "againstUnknown/of", 4, who);
            assertGrew(before, after, "reachedCourt/count", 2, who);
            assertGrew(before, after, "reachedCourt/of", 5, who);
            assertGrew(before, after, "finalConviction/count", 1, who);
            assertGrew(before, after, "finalConviction/of", 5, who);
            assertGrew(before, after, "suspectsReleased", 1, who);
            assertGrew(before, after, "byPhase/PARKED_AGAINST_UNKNOWN", 2, who);
            assertGrew(before, after, "byPhase/VERDICT", 2, who);
            assertGrew(before, after, "byVerdict/CONVICTION", 1, who);
            assertGrew(before, after, "byVerdict/ACQUITTAL", 1, who);
            assertGrew(before, after, "noArrest/running", 3, who);
            assertGrew(before, after, "noArrest/ended", 2, who);
            assertGrew(before, after, "noTrial/running", 3, who);
            assertGrew(before, after, "noFinalVerdict/running", 4, who);
            assertGrew(before, after, "noFinalVerdict/ended", 1, who);
            assertEquals("CASES_WITH_PROCEEDING", after.getJsonObject("againstUnknown").getString("over"));
            assertEquals("CASES", after.getJsonObject("finalConviction").getString("over"));
        }

        // An advocate, and a lawyer not on the team, count the same without the restricted case.
        for (var reader : new Object[][]{{"advocate", advocate, advocateBefore}, {"lawyer off the team", outsider, outsiderBefore}}) {
            JsonObject before = (JsonObject) reader[2];
            JsonObject after = indicators((String) reader[1]);
            String who = (String) reader[0];
            assertGrew(before, after, "cases", 4, who);
            assertGrew(before, after, "withProceeding", 3, who);
            assertGrew(before, after, "againstUnknown/count", 1, who);
            assertGrew(before, after, "againstUnknown/of", 3, who);
            assertGrew(before, after, "reachedCourt/count", 2, who);
            assertGrew(before, after, "finalConviction/count", 1, who);
            assertGrew(before, after, "finalConviction/of", 4, who);
            assertGrew(before, after, "suspectsReleased", 1, who);
            assertGrew(before, after, "byPhase/PARKED_AGAINST_UNKNOWN", 1, who);
            assertGrew(before, after, "noArrest/running", 2, who);
            assertGrew(before, after, "noFinalVerdict/running", 3, who);
        }

        // Each filter counts only its own share of the five.
        filteredAfter(filteredBefore);
        assertEquals("ABDUCTION", api.get(INDICATORS + "&violationType=abduction", lawyer).json().getJsonObject("filter")
                .getString("violationType"), "codes are read in upper case");

        // The clock of the convicted case: every milestone reached, for anyone who may see the case.
        Api.Reply clock = api.get("/api/cases/" + convicted + "/impunity", advocate);
        assertEquals(200, clock.status(), clock.body());
        JsonObject reading = clock.json();
        assertEquals(convicted, reading.getString("caseReference"));
        assertEquals("2003-05-01", reading.getString("countedFrom"));
        assertFalse(reading.getBoolean("approximate"));
        assertEquals(1, reading.getInt("proceedings"));
        assertSpan(reading, "noArrest", false, 75, "2003-07-15");
        assertSpan(reading, "noTrial", false, 254, "2004-01-10");
        assertSpan(reading, "noFinalVerdict", false, 489, "2004-09-01");
        assertFalse(clock.body().contains("notes"), "no lawyers' notes in a clock");

        // A case with no proceeding: all three run, up to today in Baghdad.
        JsonObject waiting = api.get("/api/cases/" + none + "/impunity", investigator).json();
        LocalDate asOf = LocalDate.parse(waiting.getString("asOf"));
        assertTrue(Math.abs(ChronoUnit.DAYS.between(LocalDate.now(ZoneId.of("Asia/Baghdad")), asOf)) <= 1, asOf::toString);
        long days = ChronoUnit.DAYS.between(LocalDate.of(2003, 9, 9), asOf);
        assertSpan(waiting, "noArrest", true, days, null);
        assertSpan(waiting, "noTrial", true, days, null);
        assertSpan(waiting, "noFinalVerdict", true, days, null);

        // Parked against unknown, dated to the month: approximate, never ended.
        JsonObject parked = api.get("/api/cases/" + unknown + "/impunity", lawyer).json();
        assertTrue(parked.getBoolean("approximate"));
        assertEquals("2003-03", parked.getString("incidentDate"));
        assertSpan(parked, "noArrest", true, ChronoUnit.DAYS.between(LocalDate.of(2003, 3, 1), LocalDate.parse(parked.getString("asOf"))),
                null);

        // The restricted case's clock: its team only.
        assertEquals(200, api.get("/api/cases/" + restricted + "/impunity", lawyer).status());
        assertEquals(404, api.get("/api/cases/" + restricted + "/impunity", advocate).status());
        assertEquals(404, api.get("/api/cases/" + restricted + "/impunity", outsider).status());
        assertEquals(404, api.get("/api/cases/MZN-2003-999999/impunity", lawyer).status());
        assertEquals(401, api.get("/api/cases/" + convicted + "/impunity", null).status());
    }

    /**
     * Issue 20, item 5: a suspect released without a verdict is no longer counted in custody, a referral alone has not
     * reached court (and its "no trial" clock runs on), and a sentence passed in the suspect's presence stops the "no
     * arrest" clock though no arrest was typed. Counted in a year of Muthanna of its own (2002).
     */
    @Test
    void releasesReferralsAndVerdictsInPersonCountAsTheirStagesSay() {
        String year = "/api/indicators/impunity?governorate=MU&from=2002-01-01&to=2002-12-31";
        JsonObject before = api.get(year, lawyer).json();
        String released = newCase(day(2002, 3, 1), "STANDARD");
        proceeding(released, event("ARREST", day(2002, 3, 20)), event("RELEASE", day(2002, 4, 2)));
        String referred = newCase(day(2002, 5, 1), "STANDARD");
        proceeding(referred, event("COMPLAINT_FILED", day(2002, 5, 3)), event("REFERRAL", day(2002, 9, 1)));
        String sentenced = newCase(day(2002, 6, 1), "STANDARD");
        proceeding(sentenced, event("REFERRAL", day(2002, 8, 1)),
                event("VERDICT", day(2002, 12, 1)).add("verdict", "CONVICTION").add("sentence", "الإعدام شنقاً"));

        Api.Reply reply = api.get(year, lawyer);
        assertEquals(200, reply.status(), reply.body());
        JsonObject after = reply.json();
        String who = "lawyer on the team";
        assertGrew(before, after, "cases", 3, who);
        assertGrew(before, after, "byPhase/RELEASED", 1, who);
        assertGrew(before, after, "byPhase/CUSTODY", 0, who);
        assertGrew(before, after, "byPhase/REFERRED", 1, who);
        assertGrew(before, after, "suspectsReleased", 1, who);
        assertGrew(before, after, "reachedCourt/count", 1, who);
        assertGrew(before, after, "noTrial/ended", 1, who);
        assertGrew(before, after, "noTrial/running", 2, who);
        assertGrew(before, after, "noArrest/ended", 2, who);
        assertGrew(before, after, "noArrest/running", 1, who);

        JsonObject waiting = api.get("/api/cases/" + referred + "/impunity", lawyer).json();
        assertTrue(waiting.getJsonObject("noTrial").getBoolean("running"), "a referral is not a day in court");
        JsonObject inPerson = api.get("/api/cases/" + sentenced + "/impunity", lawyer).json();
        assertSpan(inPerson, "noArrest", false, 183, "2002-12-01");
        assertSpan(inPerson, "noTrial", false, 183, "2002-12-01");
        JsonObject freed = api.get("/api/cases/" + released + "/impunity", lawyer).json();
        assertSpan(freed, "noArrest", false, 19, "2002-03-20");
    }

    /** Filters and how many of this test's five cases each one keeps (for the team's lawyer). */
    private static final java.util.Map<String, Long> FILTERS = java.util.Map.of(
            "/api/indicators/impunity", 5L,
            INDICATORS + "&violationType=abduction", 5L,
            INDICATORS + "&violationType=THREAT", 0L,
            "/api/indicators/impunity?governorate=MU&from=2003-09-01&to=2003-12-31", 2L,
            "/api/indicators/impunity?governorate=MU&to=2003-08-31", 3L,
            "/api/indicators/impunity?governorate=BG&from=2003-01-01&to=2003-12-31", 0L);

    private java.util.Map<String, Long> filtered() {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        FILTERS.keySet().forEach(path -> {
            Api.Reply reply = api.get(path, lawyer);
            assertEquals(200, reply.status(), reply.body());
            counts.put(path, at(reply.json(), "cases"));
        });
        return counts;
    }

    private void filteredAfter(java.util.Map<String, Long> before) {
        java.util.Map<String, Long> after = filtered();
        FILTERS.forEach((path, grew) -> assertEquals(grew, after.get(path) - before.get(path), path));
    }

    private static void assertSpan(JsonObject reading, String clock, boolean running, long days, String endedOn) {
        JsonObject span = reading.getJsonObject(clock);
        assertEquals(running, span.getBoolean("running"), clock);
        assertEquals(days, span.getJsonNumber("days").longValue(), clock);
        assertEquals(endedOn, span.containsKey("endedOn") && !span.isNull("endedOn") ? span.getString("endedOn") : null, clock);
    }

    @Test
    void bothEndpointsAreInTheOpenApiDocument() {
        JsonObject paths = api.send(api.builder("/openapi", null).header("Accept", "application/json").GET().build()).json()
                .getJsonObject("paths");
        // As a client writes it: the regular expression that steers JAX-RS between resource classes stays out.
        assertTrue(paths.containsKey("/api/cases/{reference}/impunity"), paths.keySet()::toString);
        assertTrue(paths.containsKey("/api/indicators/impunity"), paths.keySet()::toString);
    }

    @Test
    void badFiltersAreFieldErrors() {
        assertField("/api/indicators/impunity?from=2003-13-01", "from");
        assertField("/api/indicators/impunity?to=yesterday", "to");
        assertField("/api/indicators/impunity?governorate=XX", "governorate");
        assertField("/api/indicators/impunity?violationType=BRIBERY", "violationType");
        assertField("/api/indicators/impunity?from=2004-01-01&to=2003-01-01", "to");
        assertEquals(401, api.get("/api/indicators/impunity", null).status());
    }

    private void assertField(String path, String field) {
        Api.Reply reply = api.get(path, token("impbad", "ADVOCATE"));
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
    }
}
