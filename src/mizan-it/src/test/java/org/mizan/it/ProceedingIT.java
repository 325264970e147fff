package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proceedings over REST: opened and followed by the case's team, read by everyone who may see the
 * case (advocates without the lawyers' notes), the stage derived from the events as they are recorded.
 */
@ExtendWith(MizanServerExtension.class)
class ProceedingIT {

    private final Api api;
    private final String investigator;
    private final String lawyerName;
    private final String lawyer;

    ProceedingIT(Api api) {
        this.api = api;
        String investigatorName = api.createUser("procinv", "INVESTIGATOR");
        this.investigator = api.token(investigatorName, Api.USER_PASSWORD);
        this.lawyerName = api.createUser("proclaw", "LAWYER");
        this.lawyer = api.token(lawyerName, Api.USER_PASSWORD);
        this.team = new String[]{investigatorName, lawyerName};
    }

    private final String[] team;

    private record Scene(String reference, long gunman, long driver) {
    }

    private Scene scene(String confidentiality) {
        long gunman = CaseIT.person(api, investigator, "مسلح مجهول", "Unknown gunman");
        long driver = CaseIT.person(api, investigator, "سائق الدراجة", "Motorbike driver");
        Api.Reply created = api.post("/api/cases", investigator, CaseIT.caseBody("Proceedings test")
                .add("confidentiality", confidentiality).add("assignees", Api.array(team))
                .add("parties", Json.createArrayBuilder()
                        .add(Api.object().add("role", "PERPETRATOR").add("personId", gunman).add("perpetratorKind", "PERSON"))
                        .add(Api.object().add("role", "PERPETRATOR").add("personId", driver).add("perpetratorKind", "PERSON")))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        return new Scene(created.json().getString("reference"), gunman, driver);
    }

    private JsonObject open(Scene scene, String token) {
        Api.Reply reply = api.post("/api/cases/" + scene.reference() + "/proceedings", token, Api.object()
                .add("court", "محكمة جنايات الرصافة").add("fileNumber", "1234/ج/2020").add("investigativeJudge", "قاضي التحقيق")
                .add("lawyers", Api.array(lawyerName)).add("notes", "witness W-3 fears reprisals")
                .add("suspects", Json.createArrayBuilder().add(Api.object().add("personId", scene.gunman()))
                        .add(Api.object().add("personId", scene.driver())))
                .build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private JsonObject event(long proceeding, String token, JsonObjectBuilder body) {
        Api.Reply reply = api.post("/api/proceedings/" + proceeding + "/events", token, body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    static JsonObjectBuilder on(String type, int year, int month) {
        return Api.object().add("type", type).add("date", Api.object().add("year", year).add("month", month));
    }

    @Test
    void theStageFollowsTheEventsAConvictionAnnulledThenAnAcquittal() {
        Scene scene = scene("STANDARD");
        JsonObject opened = open(scene, lawyer);
        long id = opened.getJsonNumber("id").longValue();
        assertEquals("NOT_STARTED", opened.getJsonObject("stage").getString("phase"));
        long gunman = opened.getJsonArray("suspects").getJsonObject(0).getJsonNumber("id").longValue();
        long driver = opened.getJsonArray("suspects").getJsonObject(1).getJsonNumber("id").longValue();
        assertEquals("مسلح مجهول", opened.getJsonArray("suspects").getJsonObject(0).getString("label"));

        event(id, investigator, on("COMPLAINT_FILED", 2020, 1));
        assertEquals("PARKED_AGAINST_UNKNOWN", event(id, lawyer, on("REGISTERED_AGAINST_UNKNOWN", 2020, 3))
                .getJsonObject("stage").getString("phase"));
        event(id, lawyer, on("INVESTIGATION_REOPENED", 2021, 2));
        event(id, lawyer, on("ARREST", 2021, 4).add("suspects", Json.createArrayBuilder().add(gunman)));
        event(id, lawyer, on("REFERRAL", 2021, 6).add("charges", "art. 406 Penal Code"));
        event(id, lawyer, on("VERDICT", 2021, 9).add("verdict", "CONVICTION").add("sentence", "death")
                .add("suspects", Json.createArrayBuilder().add(gunman)));
        event(id, lawyer, on("APPEAL_FILED", 2021, 10));
        event(id, lawyer, on("CASSATION_ANNULLED", 2022, 2).add("returnedTo", "RETRIAL"));
        // recorded out of order: the acquittal before the retrial it ended, dated later
        event(id, lawyer, on("VERDICT", 2022, 11).add("verdict", "ACQUITTAL").add("suspects", Json.createArrayBuilder().add(gunman)));
        JsonObject now = event(id, lawyer, on("RETRIAL_OPENED", 2022, 5));

        JsonObject stage = now.getJsonObject("stage");
        assertEquals("VERDICT", stage.getString("phase"));
        assertEquals("ACQUITTAL", stage.getString("verdict"));
        assertFalse(stage.getBoolean("finalVerdict"));
        JsonArray events = now.getJsonArray("events");
        assertEquals(10, events.size());
        assertEquals("CONVICTION", events.getJsonObject(5).getJsonObject("stageAfter").getString("verdict"),
                "the annulled conviction stays on the timeline");
        assertEquals("RETRIAL_OPENED", events.getJsonObject(8).getString("type"), "events in date order");
        assertEquals("2021-04-01", now.getJsonObject("milestones").getString("firstArrest"));
        assertTrue(now.getJsonObject("milestones").getBoolean("everAgainstUnknown"));
        JsonObject driverStage = now.getJsonArray("suspects").getJsonObject(1).getJsonObject("stage");
        assertEquals(driver, now.getJsonArray("suspects").getJsonObject(1).getJsonNumber("id").longValue());
        assertEquals("RETRIAL", driverStage.getString("phase"), "the driver was never tried; the retrial concerns everyone");

        assertEquals(now, api.get("/api/proceedings/" + id, investigator).json(), "a read derives the same stage");
        assertEquals(1, api.get("/api/cases/" + scene.reference() + "/proceedings", lawyer).array().size());
    }

    @Test
    void advocatesReadStagesButNotTheLawyersNotes() {
        Scene scene = scene("STANDARD");
        long id = open(scene, lawyer).getJsonNumber("id").longValue();
        event(id, lawyer, on("COMPLAINT_FILED", 2020, 1).add("notes", "the family was threatened after filing"));
        String advocate = api.newUserToken("procadv", "ADVOCATE");
        Api.Reply read = api.get("/api/proceedings/" + id, advocate);
        assertEquals(200, read.status(), read.body());
        assertEquals("COMPLAINT", read.json().getJsonObject("stage").getString("phase"));
        assertFalse(read.body().contains("reprisals") || read.body().contains("threatened"), "no lawyers' notes for advocates");
        assertTrue(api.get("/api/proceedings/" + id, investigator).body().contains("threatened"), "the team reads them");
        assertEquals(403, api.post("/api/proceedings/" + id + "/events", advocate, on("ARREST", 2021, 1).build().toString()).status());
    }

    @Test
    void onlyTheCasesTeamRecordsAndRestrictedCasesStayHidden() {
        Scene scene = scene("STANDARD");
        long id = open(scene, investigator).getJsonNumber("id").longValue();
        String outsider = api.newUserToken("procout", "LAWYER");
        assertEquals(200, api.get("/api/proceedings/" + id, outsider).status(), "a standard case's stage is for everyone");
        assertEquals(403, api.post("/api/proceedings/" + id + "/events", outsider, on("ARREST", 2021, 1).build().toString()).status());
        assertEquals(403, api.post("/api/cases/" + scene.reference() + "/proceedings", outsider,
                Api.object().add("court", "x").build().toString()).status());

        Scene hidden = scene("RESTRICTED");
        long secret = open(hidden, lawyer).getJsonNumber("id").longValue();
        assertEquals(404, api.get("/api/proceedings/" + secret, outsider).status());
        assertEquals(404, api.get("/api/cases/" + hidden.reference() + "/proceedings", outsider).status());
    }

    @Test
    void badEventsAreFieldErrors() {
        Scene scene = scene("STANDARD");
        long id = open(scene, lawyer).getJsonNumber("id").longValue();
        Api.Reply noKind = api.post("/api/proceedings/" + id + "/events", lawyer, on("VERDICT", 2021, 1).build().toString());
        assertEquals(400, noKind.status());
        assertEquals("verdict", noKind.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply future = api.post("/api/proceedings/" + id + "/events", lawyer, on("ARREST", 2999, 1).build().toString());
        assertEquals("date", future.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply stranger = api.post("/api/proceedings/" + id + "/events", lawyer, on("ARREST", 2021, 1)
                .add("suspects", Json.createArrayBuilder().add(999_999L)).build().toString());
        assertEquals("suspects", stranger.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply unknownType = api.post("/api/proceedings/" + id + "/events", lawyer, on("BRIBE", 2021, 1).build().toString());
        assertEquals("type", unknownType.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        // Someone the lawyer may see (a victim of another case) who is no perpetrator of this one.
        long bystander = CaseIT.person(api, investigator, "شخص آخر", null);
        assertEquals(201, api.post("/api/cases", investigator, CaseIT.caseBody("another case").add("parties", Json.createArrayBuilder()
                .add(Api.object().add("role", "VICTIM").add("personId", bystander))).build().toString()).status());
        Api.Reply notAPerpetrator = api.post("/api/cases/" + scene.reference() + "/proceedings", lawyer, Api.object().add("court", "x")
                .add("suspects", Json.createArrayBuilder().add(Api.object().add("personId", bystander))).build().toString());
        assertEquals("suspects", notAPerpetrator.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, api.get("/api/proceedings/" + id, lawyer).json().getJsonArray("events").size(), "nothing kept");
    }

    @Test
    void hearingsAreScheduledAnnotatedAndListedForTheTeamsLawyer() {
        Scene scene = scene("STANDARD");
        long id = open(scene, lawyer).getJsonNumber("id").longValue();
        String soon = java.time.Instant.now().plus(java.time.Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .toString();
        String later = java.time.Instant.now().plus(java.time.Duration.ofDays(45)).toString();
        Api.Reply first = api.post("/api/proceedings/" + id + "/hearings", lawyer, Api.object().add("startsAt", soon)
                .add("purpose", "hearing of the defence witnesses").build().toString());
        assertEquals(201, first.status(), first.body());
        assertEquals("محكمة جنايات الرصافة", first.json().getString("court"), "the proceeding's court by default");
        assertEquals(201, api.post("/api/proceedings/" + id + "/hearings", investigator, Api.object().add("startsAt", later)
                .add("court", "محكمة التمييز الاتحادية").build().toString()).status());

        JsonArray mine = api.get("/api/hearings?days=30", lawyer).array();
        assertTrue(mine.stream().anyMatch(h -> h.asJsonObject().getString("startsAt").equals(soon)), mine.toString());
        assertFalse(mine.stream().anyMatch(h -> h.asJsonObject().getString("court").equals("محكمة التمييز الاتحادية")),
                "a hearing beyond 30 days is not in the next 30");
        String outsider = api.newUserToken("prochear", "LAWYER");
        assertTrue(api.get("/api/hearings?days=366", outsider).array().isEmpty(), "only the hearings of one's own cases");

        long hearing = first.json().getJsonNumber("id").longValue();
        long version = first.json().getJsonNumber("version").longValue();
        Api.Reply noted = api.put("/api/hearings/" + hearing, lawyer, Api.object().add("startsAt", soon)
                .add("outcomeNotes", "adjourned: the judge asked for the autopsy report").add("version", version).build().toString());
        assertEquals(200, noted.status(), noted.body());
        assertEquals(409, api.put("/api/hearings/" + hearing, lawyer, Api.object().add("startsAt", soon).add("version", version)
                .build().toString()).status());
        String history = api.get("/api/proceedings/" + id + "/history", advocate(api)).body();
        assertTrue(history.contains("hearing " + hearing) && history.contains("(notes)"), "the hearing's changes in the history: " + history);
        assertFalse(history.contains("autopsy"), "outcome notes only as a marker: " + history);
        assertEquals(403, api.put("/api/hearings/" + hearing, outsider, Api.object().add("startsAt", soon)
                .add("version", version + 1).build().toString()).status());

        String advocate = api.newUserToken("prochadv", "ADVOCATE");
        Api.Reply seen = api.get("/api/proceedings/" + id + "/hearings", advocate);
        assertEquals(200, seen.status());
        assertEquals(2, seen.array().size());
        assertFalse(seen.body().contains("autopsy"), "outcome notes are the lawyers'");
        assertTrue(api.get("/api/proceedings/" + id + "/hearings", investigator).body().contains("autopsy"));
        Api.Reply bad = api.post("/api/proceedings/" + id + "/hearings", lawyer, Api.object().add("startsAt", "next Tuesday")
                .build().toString());
        assertEquals("startsAt", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, api.get("/api/hearings?days=0", lawyer).status());
    }

    @Test
    void aMistypedEventIsCorrectedWithItsEvidenceAndTheHistoryKeepsWhatItSaid() {
        Scene scene = scene("STANDARD");
        JsonObject opened = open(scene, lawyer);
        long id = opened.getJsonNumber("id").longValue();
        long item = evidence(scene.reference(), "verdict-scan.txt");
        Scene elsewhere = scene("STANDARD");
        long foreign = evidence(elsewhere.reference(), "other-case.txt");

        // Typed as an acquittal in 2022; the court convicted, in 2021, and the scan of the verdict is in the case.
        JsonObject recorded = event(id, lawyer, on("VERDICT", 2022, 3).add("verdict", "ACQUITTAL"));
        long eventId = recorded.getJsonArray("events").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply corrected = api.put("/api/proceedings/" + id + "/events/" + eventId, lawyer, on("VERDICT", 2021, 9)
                .add("verdict", "CONVICTION").add("sentence", "life imprisonment")
                .add("evidence", Json.createArrayBuilder().add(item)).build().toString());
        assertEquals(200, corrected.status(), corrected.body());
        JsonObject stage = corrected.json().getJsonObject("stage");
        assertEquals("CONVICTION", stage.getString("verdict"), "the stage is derived again from the corrected event");
        JsonObject event = corrected.json().getJsonArray("events").getJsonObject(0);
        assertEquals(eventId, event.getJsonNumber("id").longValue(), "corrected in place, not added");
        assertEquals(2021, event.getJsonObject("date").getInt("year"));
        assertEquals(item, event.getJsonArray("evidence").getJsonNumber(0).longValue());

        Api.Reply history = api.get("/api/proceedings/" + id + "/history", investigator);
        assertEquals(200, history.status(), history.body());
        JsonObject correction = history.array().getJsonObject(0).getJsonArray("changes").getJsonObject(0);
        assertTrue(correction.getString("old").startsWith("VERDICT 2022-03 ACQUITTAL"), correction.toString());
        assertTrue(correction.getString("new").startsWith("VERDICT 2021-09 CONVICTION"), correction.toString());

        Api.Reply wrongItem = api.put("/api/proceedings/" + id + "/events/" + eventId, lawyer, on("VERDICT", 2021, 9)
                .add("verdict", "CONVICTION").add("evidence", Json.createArrayBuilder().add(foreign)).build().toString());
        assertEquals(400, wrongItem.status());
        assertEquals("evidence", wrongItem.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, api.put("/api/proceedings/" + id + "/events/999999999", lawyer, on("ARREST", 2021, 1).build().toString())
                .status());
        String advocate = api.newUserToken("proccor", "ADVOCATE");
        assertEquals(403, api.put("/api/proceedings/" + id + "/events/" + eventId, advocate, on("ARREST", 2021, 1).build().toString())
                .status());
        assertEquals("CONVICTION", api.get("/api/proceedings/" + id, advocate).json().getJsonObject("stage").getString("verdict"));
    }

    @Test
    void aProceedingIsChangedWithTheVersionReadAndItsSuspectsStay() {
        Scene scene = scene("STANDARD");
        JsonObject opened = open(scene, lawyer);
        long id = opened.getJsonNumber("id").longValue();
        long version = opened.getJsonNumber("version").longValue();
        Api.Reply changed = api.put("/api/proceedings/" + id, investigator, Api.object().add("court", "محكمة جنايات الكرخ")
                .add("fileNumber", "77/ج/2022").add("lawyers", Api.array(lawyerName)).add("version", version)
                .add("suspects", Json.createArrayBuilder().add(Api.object().add("label", "the car's owner"))).build().toString());
        assertEquals(200, changed.status(), changed.body());
        assertEquals("محكمة جنايات الكرخ", changed.json().getString("court"));
        assertEquals(3, changed.json().getJsonArray("suspects").size(), "a suspect added, none dropped");
        assertEquals(409, api.put("/api/proceedings/" + id, lawyer, Api.object().add("court", "x").add("version", version)
                .build().toString()).status(), "a stale version is refused");
        Api.Reply blank = api.put("/api/proceedings/" + id, lawyer, Api.object().add("court", " ")
                .add("version", changed.json().getJsonNumber("version").longValue()).build().toString());
        assertEquals(400, blank.status());
        assertEquals("court", blank.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private static String advocate(Api api) {
        return api.newUserToken("prochist", "ADVOCATE");
    }

    private long evidence(String reference, String name) {
        Api.Reply reply = api.send(api.builder("/api/cases/" + reference + "/evidence?name=" + name, investigator)
                .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString(name + " " + System.nanoTime()))
                .build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }
}
