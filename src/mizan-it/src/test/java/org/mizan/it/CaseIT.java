package org.mizan.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cases over REST: recording, reading by role, restricted visibility, conflicts, history and filters. */
@ExtendWith(MizanServerExtension.class)
class CaseIT {

    private final Api api;
    private final String investigator;

    CaseIT(Api api) {
        this.api = api;
        this.investigator = api.newUserToken("inv", "INVESTIGATOR");
    }

    static JsonObjectBuilder caseBody(String narrative) {
        return Api.object()
                .add("violationTypes", Api.array("ASSASSINATION"))
                .add("incidentDate", Api.object().add("year", 2019).add("month", 10).add("day", 25))
                .add("governorate", "BG").add("locality", "ساحة التحرير")
                .add("narrative", narrative)
                .add("tags", Api.array("Tishreen 2019"))
                .add("sources", jakarta.json.Json.createArrayBuilder().add(Api.object()
                        .add("description", "Witness interview").add("reliability", "B")));
    }

    /** A STANDARD case recorded by this investigator, with the narrative given; its reference. */
    static String recordedCase(Api api, String token, String narrative) {
        Api.Reply created = api.post("/api/cases", token, caseBody(narrative).build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("reference");
    }

    /** The evidence folder of the test server, as MIZAN_HOME lays it out. */
    static java.nio.file.Path evidenceFolder(MizanServer server, String sub) {
        return server.work().resolve("home").resolve("evidence").resolve(sub);
    }

    static long person(Api api, String token, String arabic, String latin) {
        JsonObjectBuilder body = Api.object().add("occupation", "ACTIVIST").add("gender", "MALE");
        if (arabic != null) {
            body.add("nameArabic", arabic);
        }
        if (latin != null) {
            body.add("nameLatin", latin);
        }
        Api.Reply reply = api.post("/api/persons", token, body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private JsonObject create(JsonObjectBuilder body) {
        Api.Reply reply = api.post("/api/cases", investigator, body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void anInvestigatorRecordsACaseWithVictimPerpetratorAndWitness() {
        long victim = person(api, investigator, "صفاء السراي", "Safaa al-Saray");
        long witness = person(api, investigator, "زهراء علي", null);
        JsonObject created = create(caseBody("قُتل برصاص مسلحين مجهولين قرب ساحة التحرير")
                .add("parties", jakarta.json.Json.createArrayBuilder()
                        .add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "KILLED").add("ageAtIncident", 26))
                        .add(Api.object().add("role", "PERPETRATOR").add("perpetratorKind", "UNIDENTIFIED").add("involvement", "CARRIED_OUT"))
                        .add(Api.object().add("role", "WITNESS").add("personId", witness))));
        String reference = created.getString("reference");
        assertTrue(reference.matches("MZN-2019-\\d{4}"), reference);
        assertEquals("INTAKE", created.getString("status"));
        assertEquals(3, created.getJsonArray("parties").size());

        Api.Reply read = api.get("/api/cases/" + reference, investigator);
        assertEquals(200, read.status());
        assertEquals("\"" + read.json().getJsonNumber("version") + "\"", read.header("ETag"));
        assertEquals("قُتل برصاص مسلحين مجهولين قرب ساحة التحرير", read.json().getString("narrative"));
        assertEquals("صفاء السراي", read.json().getJsonArray("parties").getJsonObject(0).getString("personName"));
        assertEquals("UNIDENTIFIED", read.json().getJsonArray("parties").getJsonObject(1).getString("perpetratorKind", null), read.body());

        for (String role : new String[]{"LAWYER", "ADVOCATE", "ADMIN"}) {
            String token = api.newUserToken(role.toLowerCase(), role);
            assertEquals(200, api.get("/api/cases/" + reference, token).status(), role + " reads");
            assertEquals(403, api.post("/api/cases", token, caseBody("x").build().toString()).status(), role + " may not create");
            assertEquals(403, api.put("/api/cases/" + reference, token, caseBody("x").add("version", 0).build().toString()).status());
        }
        assertEquals(401, api.get("/api/cases/" + reference, null).status());
        JsonObject reads = api.get("/api/audit?action=CASE_READ&size=500", api.adminToken()).json();
        assertTrue(reads.getJsonArray("entries").stream().anyMatch(e -> e.asJsonObject().getString("target").equals("case:" + reference)));
    }

    @Test
    void consecutiveReferencesCountUpWithinTheIncidentYear() {
        String first = create(caseBody("first").add("incidentDate", Api.object().add("year", 2020))).getString("reference");
        String second = create(caseBody("second").add("incidentDate", Api.object().add("year", 2020).add("month", 2))).getString("reference");
        assertEquals(Integer.parseInt(first.substring(9)) + 1, Integer.parseInt(second.substring(9)));
    }

    @Test
    void invalidCasesNameTheirFields() {
        Api.Reply reply = api.post("/api/cases", investigator, Api.object()
                .add("incidentDate", Api.object().add("year", 2019).add("month", 2).add("day", 30))
                .add("governorate", "XX").build().toString());
        assertEquals(400, reply.status());
        assertEquals("incidentDate", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply many = api.post("/api/cases", investigator, Api.object()
                .add("incidentDate", Api.object().add("year", 2019)).add("governorate", "XX").add("latitude", 33.3)
                .add("parties", jakarta.json.Json.createArrayBuilder().add(Api.object().add("role", "VICTIM")))
                .build().toString());
        assertEquals(400, many.status());
        Set<String> fields = many.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("violationTypes", "governorate", "latitude", "parties[0].personId"), fields);

        Api.Reply badEnum = api.post("/api/cases", investigator, caseBody("x").add("confidentiality", "SECRET").build().toString());
        assertEquals(400, badEnum.status());
        assertEquals("confidentiality", badEnum.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void everyWrongElementIsNamedWithItsIndexInOneAnswer() {
        long victim = person(api, investigator, "سجاد حسين", null);
        jakarta.json.JsonArrayBuilder parties = jakarta.json.Json.createArrayBuilder()
                .add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "KILLED"))
                .add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "VANISHED"))
                .add(Api.object().add("role", "PERPETRATOR").add("perpetratorKind", "UNIDENTIFIED").add("involvement", "BYSTANDER"))
                .add(Api.object().add("role", "JUDGE").add("personId", victim));
        Api.Reply reply = api.post("/api/cases", investigator, caseBody("many wrongs")
                .add("violationTypes", Api.array("ASSASSINATION", "NOT_A_TYPE"))
                .add("endDate", Api.object().add("year", 2019).add("month", 13))
                .add("status", "LOST").add("confidentiality", "SECRET")
                .add("sources", jakarta.json.Json.createArrayBuilder()
                        .add(Api.object().add("description", "Witness interview").add("reliability", "B"))
                        .add(Api.object().add("description", "Rumour").add("reliability", "Z")))
                .add("parties", parties).build().toString());

        assertEquals(400, reply.status(), reply.body());
        List<String> fields = reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(Set.of("violationTypes[1]", "endDate", "status", "confidentiality", "sources[1].reliability",
                "parties[1].fate", "parties[2].involvement", "parties[3].role"), Set.copyOf(fields), reply.body());
        assertEquals(fields.size(), Set.copyOf(fields).size(), "each element named once: " + reply.body());
    }

    @Test
    void aRestrictedCaseIsInvisibleOutsideItsTeam() {
        String lawyerName = api.createUser("teamlawyer", "LAWYER");
        String marker = "restricted" + System.nanoTime();
        JsonObject created = create(caseBody("A protected witness speaks of " + marker)
                .add("confidentiality", "RESTRICTED").add("assignees", Api.array(lawyerName)));
        String reference = created.getString("reference");

        String outsider = api.newUserToken("outsider", "INVESTIGATOR");
        Api.Reply hidden = api.get("/api/cases/" + reference, outsider);
        assertEquals(404, hidden.status(), "404, not 403: its existence is not revealed");
        assertEquals(api.get("/api/cases/MZN-1900-9999", outsider).body(), hidden.body());
        assertEquals(0, api.get("/api/cases?q=" + marker, outsider).json().getInt("total"));
        String advocate = api.newUserToken("advocate", "ADVOCATE");
        assertEquals(404, api.get("/api/cases/" + reference, advocate).status());
        assertEquals(0, api.get("/api/cases?q=" + marker, advocate).json().getInt("total"));

        String lawyer = api.token(lawyerName, Api.USER_PASSWORD);
        assertEquals(200, api.get("/api/cases/" + reference, lawyer).status(), "the assigned lawyer sees it");
        assertEquals(1, api.get("/api/cases?q=" + marker, lawyer).json().getInt("total"));
        assertEquals(200, api.get("/api/cases/" + reference, api.adminToken()).status(), "administrators see everything");
        assertEquals(404, api.put("/api/cases/" + reference, outsider, caseBody("taken over").add("version", 0).build().toString()).status());
    }

    @Test
    void theSecondOfTwoConcurrentEditsGets409AndNothingIsLost() {
        JsonObject created = create(caseBody("original narrative"));
        String reference = created.getString("reference");
        String etag = api.get("/api/cases/" + reference, investigator).header("ETag");

        HttpRequest first = api.builder("/api/cases/" + reference, investigator).header("Content-Type", "application/json")
                .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString(caseBody("first editor").build().toString())).build();
        HttpRequest second = api.builder("/api/cases/" + reference, investigator).header("Content-Type", "application/json")
                .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString(caseBody("second editor").build().toString())).build();
        assertEquals(200, api.send(first).status());
        Api.Reply conflict = api.send(second);
        assertEquals(409, conflict.status());
        assertTrue(conflict.contentType().startsWith("application/problem+json"));
        assertEquals("first editor", api.get("/api/cases/" + reference, investigator).json().getString("narrative"));

        assertEquals(400, api.put("/api/cases/" + reference, investigator, caseBody("no version").build().toString()).status(),
                "an update must say which version it replaces");
    }

    @Test
    void everyChangeIsKeptWithWhoWhenAndOldAndNewValues() {
        JsonObject created = create(caseBody("before"));
        String reference = created.getString("reference");
        Api.Reply updated = api.put("/api/cases/" + reference, investigator, caseBody("after").add("status", "VERIFIED")
                .add("governorate", "BA").add("version", created.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, updated.status(), updated.body());

        JsonArray history = api.get("/api/cases/" + reference + "/history", api.adminToken()).array();
        assertEquals(2, history.size());
        JsonObject latest = history.getJsonObject(0);
        assertNotNull(latest.getString("changedBy"));
        JsonArray changes = latest.getJsonArray("changes");
        Set<String> fields = changes.stream().map(c -> c.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("narrative", "status", "governorate"), fields);
        JsonObject narrative = changes.stream().map(c -> c.asJsonObject()).filter(c -> c.getString("field").equals("narrative"))
                .findFirst().orElseThrow();
        assertEquals("before", narrative.getString("old"));
        assertEquals("after", narrative.getString("new"));
    }

    @Test
    void onlyAllowedStatusTransitionsAreAccepted() {
        JsonObject created = create(caseBody("workflow"));
        String reference = created.getString("reference");
        Api.Reply skip = api.put("/api/cases/" + reference, investigator, caseBody("workflow").add("status", "REFERRED")
                .add("version", created.getJsonNumber("version").longValue()).build().toString());
        assertEquals(400, skip.status());
        assertEquals("status", skip.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, api.post("/api/cases", investigator, caseBody("born closed").add("status", "CLOSED").build().toString()).status());
    }

    @Test
    void listsFilterByEveryCriterionAndPage() {
        String marker = "filterable" + System.nanoTime();
        long journalist = CaseIT.person(api, investigator, null, "Ahmed Abdul Samad");
        create(caseBody("Basra " + marker).add("governorate", "BA").add("violationTypes", Api.array("ABDUCTION"))
                .add("incidentDate", Api.object().add("year", 2020).add("month", 1))
                .add("parties", jakarta.json.Json.createArrayBuilder()
                        .add(Api.object().add("role", "VICTIM").add("personId", journalist).add("fate", "KILLED"))
                        .add(Api.object().add("role", "PERPETRATOR").add("perpetratorKind", "ARMED_GROUP")
                                .add("personId", CaseIT.person(api, investigator, "فصيل مسلح", null)))));
        create(caseBody("Baghdad " + marker).add("incidentDate", Api.object().add("year", 2019).add("month", 10).add("day", 25)));
        create(caseBody("Najaf " + marker).add("governorate", "NA").add("violationTypes", Api.array("THREAT", "TORTURE"))
                .add("incidentDate", Api.object().add("year", 2021).add("approximate", true)));

        assertEquals(3, total("q=" + marker));
        assertEquals(1, total("q=" + marker + "&governorate=BA"));
        assertEquals(1, total("q=" + marker + "&type=TORTURE"));
        assertEquals(1, total("q=" + marker + "&from=2019-10-01&to=2019-10-31"));
        assertEquals(1, total("q=" + marker + "&from=2021-06-15&to=2021-06-15"), "a year-only date covers the whole year");
        assertEquals(1, total("q=" + marker + "&victimOccupation=ACTIVIST"));
        assertEquals(1, total("q=" + marker + "&perpetratorKind=ARMED_GROUP"));
        assertEquals(3, total("q=" + marker + "&status=INTAKE"));

        JsonObject page = api.get("/api/cases?q=" + marker + "&sort=incident&order=asc&size=2&page=0", investigator).json();
        assertEquals(2, page.getJsonArray("items").size());
        assertEquals("2019-10-25", page.getJsonArray("items").getJsonObject(0).getString("incidentDate"));
        JsonObject next = api.get("/api/cases?q=" + marker + "&sort=incident&order=asc&size=2&page=1", investigator).json();
        assertEquals("~2021", next.getJsonArray("items").getJsonObject(0).getString("incidentDate"));
        assertEquals(400, api.get("/api/cases?sort=colour", investigator).status());
        assertEquals(400, api.get("/api/cases?from=last-week", investigator).status());
    }

    private int total(String query) {
        Api.Reply reply = api.get("/api/cases?" + query, investigator);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getInt("total");
    }

    @Test
    void referenceDataHasLabelsInThreeLanguages() {
        JsonArray governorates = api.get("/api/reference/governorates", investigator).array();
        assertEquals(19, governorates.size());
        JsonObject baghdad = governorates.getJsonObject(0);
        assertEquals("بغداد", baghdad.getString("ar"));
        assertEquals("بەغدا", baghdad.getString("ckb"));
        assertEquals(8, api.get("/api/reference/violation-types", investigator).array().size());
        assertFalse(api.get("/api/reference/violation-types", null).status() == 200);
    }

    /** A client retrying an unanswered POST with the same Idempotency-Key must not record the case twice. */
    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyRecordsOneCase() throws Exception {
        String narrative = "Idempotent " + System.nanoTime();
        String body = caseBody(narrative).build().toString();
        String key = java.util.UUID.randomUUID().toString();
        // Two attempts at once (the first answer lost, the client retried), then a third later.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        Set<String> references = new java.util.HashSet<>();
        try {
            java.util.List<java.util.concurrent.Future<Api.Reply>> racing = pool.invokeAll(java.util.List.of(
                    () -> keyed(body, key), () -> keyed(body, key)));
            for (java.util.concurrent.Future<Api.Reply> attempt : racing) {
                Api.Reply reply = attempt.get();
                assertEquals(201, reply.status(), reply.body());
                references.add(reply.json().getString("reference"));
            }
            assertEquals(1, references.size(), "both attempts answer with the one case: " + references);
            Api.Reply again = keyed(body, key);
            assertEquals(201, again.status(), again.body());
            assertEquals(references.iterator().next(), again.json().getString("reference"));
            assertEquals("true", again.header("Idempotent-Replayed"));
        } finally {
            pool.shutdown();
        }
        JsonObject found = api.get("/api/cases?q=" + java.net.URLEncoder.encode(narrative, java.nio.charset.StandardCharsets.UTF_8),
                investigator).json();
        assertEquals(1, found.getJsonArray("items").size(), found.toString());

        Api.Reply reused = keyed(caseBody("Another case").build().toString(), key);
        assertEquals(409, reused.status(), reused.body());
        assertTrue(reused.contentType().startsWith("application/problem+json"));
        Api.Reply malformed = keyed(body, "a key with spaces");
        assertEquals(400, malformed.status(), malformed.body());
        assertTrue(malformed.body().contains("Idempotency-Key"), malformed.body());
        // Another investigator's key is another key.
        String other = api.newUserToken("idem", "INVESTIGATOR");
        Api.Reply theirs = api.send(api.builder("/api/cases", other).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(201, theirs.status(), theirs.body());
        assertFalse(references.contains(theirs.json().getString("reference")));
    }

    private Api.Reply keyed(String body, String key) {
        return api.send(api.builder("/api/cases", investigator).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
