package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, item 6, what the cases could not express. "Whether an alleged perpetrator is alleged, identified by a source,
 * or established by a court": the certainty is kept, defaults to "alleged", belongs to perpetrators only, shows in the
 * history, and travels into the exports of every audience — an allegation must never read as a finding. "A note on why a
 * date is uncertain": kept, bounded, in the history, and free text that goes only where the narrative goes.
 */
@ExtendWith(MizanServerExtension.class)
class CaseModelIT {

    private final Api api;
    private final String investigator;

    CaseModelIT(Api api) {
        this.api = api;
        this.investigator = api.newUserToken("certinv", "INVESTIGATOR");
    }

    private Api.Reply record(jakarta.json.JsonArrayBuilder parties) {
        return api.post("/api/cases", investigator, CaseIT.caseBody("Shot at a checkpoint").add("parties", parties).build().toString());
    }

    @Test
    void aPerpetratorsCertaintyIsKeptDefaultsToAllegedAndIsChangedInTheHistory() {
        long unit = CaseIT.person(api, investigator, null, "Rapid Response Unit " + System.nanoTime());
        Api.Reply created = record(Json.createArrayBuilder()
                .add(Api.object().add("role", "PERPETRATOR").add("perpetratorKind", "UNIDENTIFIED"))
                .add(Api.object().add("role", "PERPETRATOR").add("personId", unit).add("perpetratorKind", "UNIT")
                        .add("certainty", "IDENTIFIED_BY_SOURCE")));
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        JsonArray parties = api.get("/api/cases/" + reference, investigator).json().getJsonArray("parties");
        assertEquals(List.of("ALLEGED", "IDENTIFIED_BY_SOURCE"), parties.stream()
                .map(p -> p.asJsonObject().getString("certainty", null)).toList());

        Api.Reply changed = api.put("/api/cases/" + reference, investigator, CaseIT.caseBody("Shot at a checkpoint")
                .add("version", created.json().getJsonNumber("version").longValue())
                .add("parties", Json.createArrayBuilder()
                        .add(Api.object().add("role", "PERPETRATOR").add("perpetratorKind", "UNIDENTIFIED"))
                        .add(Api.object().add("role", "PERPETRATOR").add("personId", unit).add("perpetratorKind", "UNIT")
                                .add("certainty", "ESTABLISHED_BY_COURT"))).build().toString());
        assertEquals(200, changed.status(), changed.body());
        JsonObject latest = api.get("/api/cases/" + reference + "/history", api.adminToken()).array().getJsonObject(0);
        assertTrue(latest.toString().contains("certainty=IDENTIFIED_BY_SOURCE") && latest.toString().contains("certainty=ESTABLISHED_BY_COURT"),
                latest.toString());

        JsonArray perpetrators = internalExport(reference).getJsonArray("perpetrators");
        assertEquals(List.of("ALLEGED", "ESTABLISHED_BY_COURT"), perpetrators.stream()
                .map(p -> p.asJsonObject().getString("certainty")).toList());
        String advocate = api.newUserToken("certadv", "ADVOCATE");
        JsonObject forThePublic = api.get("/api/exports/cases.json?q=" + reference + "&audience=PUBLIC", advocate).json();
        assertEquals("ALLEGED", forThePublic.getJsonArray("cases").getJsonObject(0).getJsonArray("perpetrators").getJsonObject(0)
                .getString("certainty"), "the public reads that it is an allegation");
    }

    @Test
    void onlyPerpetratorsHaveACertaintyAndAnUnknownOneIsNamed() {
        long witness = CaseIT.person(api, investigator, "شاهد الحادثة", null);
        Api.Reply onAWitness = record(Json.createArrayBuilder()
                .add(Api.object().add("role", "PERPETRATOR").add("perpetratorKind", "UNIDENTIFIED"))
                .add(Api.object().add("role", "WITNESS").add("personId", witness).add("certainty", "ALLEGED")));
        assertEquals(400, onAWitness.status(), onAWitness.body());
        assertEquals("parties[1].certainty", onAWitness.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply unknown = record(Json.createArrayBuilder()
                .add(Api.object().add("role", "PERPETRATOR").add("perpetratorKind", "UNIDENTIFIED").add("certainty", "PROVEN")));
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.header("Content-Type").startsWith("application/problem+json"));
        assertEquals("parties[0].certainty", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aNoteOnWhyTheDatesAreUncertainIsKeptAndGoesOnlyWhereTheNarrativeGoes() {
        String note = "April or May; the family is not sure " + System.nanoTime();
        Api.Reply created = api.post("/api/cases", investigator, CaseIT.caseBody("Disappeared after a protest")
                .add("incidentDate", Api.object().add("year", 2020).add("month", 4).add("approximate", true))
                .add("dateNote", note).build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        assertEquals(note, api.get("/api/cases/" + reference, investigator).json().getString("dateNote"));

        Api.Reply tooLong = api.put("/api/cases/" + reference, investigator, CaseIT.caseBody("Disappeared after a protest")
                .add("version", created.json().getJsonNumber("version").longValue()).add("dateNote", "x".repeat(501)).build().toString());
        assertEquals(400, tooLong.status(), tooLong.body());
        assertEquals("dateNote", tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply cleared = api.put("/api/cases/" + reference, investigator, CaseIT.caseBody("Disappeared after a protest")
                .add("version", created.json().getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, cleared.status(), cleared.body());
        JsonObject latest = api.get("/api/cases/" + reference + "/history", api.adminToken()).array().getJsonObject(0);
        assertTrue(latest.toString().contains(note), "the history keeps the old note: " + latest);

        Api.Reply again = api.post("/api/cases", investigator, CaseIT.caseBody("Disappeared after a protest")
                .add("dateNote", note).build().toString());
        String second = again.json().getString("reference");
        assertEquals(note, internalExport(second).getString("dateNote"));
        String advocate = api.newUserToken("certadv", "ADVOCATE");
        String forThePublic = api.get("/api/exports/cases.json?q=" + second + "&audience=PUBLIC", advocate).body();
        assertTrue(forThePublic.contains(second) && !forThePublic.contains("family is not sure"), forThePublic);
    }

    @Test
    void aVictimWhoDiedLaterKeepsTheDateOfDeathAndImpossibleOnesAreNamed() {
        long wounded = CaseIT.person(api, investigator, "حسين عادل المدني", "Hussein Adel al-Madani");
        Api.Reply created = record(Json.createArrayBuilder()
                .add(Api.object().add("role", "VICTIM").add("personId", wounded).add("fate", "KILLED").add("diedOn", "2019-11-08")));
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        assertEquals("2019-11-08", api.get("/api/cases/" + reference, investigator).json().getJsonArray("parties").getJsonObject(0)
                .getString("diedOn"));
        assertEquals("2019-11-08", internalExport(reference).getJsonArray("victims").getJsonObject(0).getString("diedOn"));

        long witness = CaseIT.person(api, investigator, "شاهد آخر", null);
        Api.Reply refused = record(Json.createArrayBuilder()
                .add(Api.object().add("role", "VICTIM").add("personId", wounded).add("fate", "INJURED").add("diedOn", "2019-11-08"))
                .add(Api.object().add("role", "VICTIM").add("personId", witness).add("fate", "KILLED").add("diedOn", "2019-10-01"))
                .add(Api.object().add("role", "WITNESS").add("personId", witness).add("diedOn", "2019-11-08")));
        assertEquals(400, refused.status(), refused.body());
        List<JsonObject> errors = refused.json().getJsonArray("errors").stream().map(e -> e.asJsonObject()).toList();
        assertEquals(List.of("parties[0].diedOn", "parties[1].diedOn", "parties[2].diedOn"),
                errors.stream().map(e -> e.getString("field")).toList());
        assertTrue(errors.get(0).getString("message").contains("killed or found dead"), errors.toString());
        assertTrue(errors.get(1).getString("message").contains("before the incident"), errors.toString());

        Api.Reply unreadable = record(Json.createArrayBuilder()
                .add(Api.object().add("role", "VICTIM").add("personId", wounded).add("fate", "KILLED").add("diedOn", "yesterday")));
        assertEquals(400, unreadable.status(), unreadable.body());
        assertTrue(unreadable.header("Content-Type").startsWith("application/problem+json"), unreadable.header("Content-Type"));
    }

    @Test
    void aVictimsCommunityIsSensitiveAndReadOnlyByTheTeamsAudiences() {
        long victim = CaseIT.person(api, investigator, "نوري خلف الياس", "Nouri Khalaf Ilyas");
        Api.Reply created = record(Json.createArrayBuilder()
                .add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "KILLED").add("community", "YAZIDI")));
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        assertEquals("YAZIDI", api.get("/api/cases/" + reference, investigator).json().getJsonArray("parties").getJsonObject(0)
                .getString("community"));
        assertTrue(api.get("/api/exports/cases.json?q=" + reference + "&audience=INTERNAL", investigator).body().contains("YAZIDI"));

        String advocate = api.newUserToken("commadv", "ADVOCATE");
        Api.Reply read = api.get("/api/cases/" + reference, advocate);
        assertEquals(200, read.status(), read.body());
        assertTrue(!read.body().contains("YAZIDI"), "an advocate does not read it: " + read.body());
        for (String audience : List.of("UN", "PUBLIC")) {
            String file = api.get("/api/exports/cases.json?q=" + reference + "&audience=" + audience, advocate).body();
            assertTrue(file.contains(reference) && !file.contains("YAZIDI"), audience + ": " + file);
        }

        long witness = CaseIT.person(api, investigator, "شاهد ثالث", null);
        Api.Reply refused = record(Json.createArrayBuilder()
                .add(Api.object().add("role", "VICTIM").add("personId", victim).add("community", "MARTIAN"))
                .add(Api.object().add("role", "WITNESS").add("personId", witness).add("community", "CHRISTIAN")));
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("parties[0].community", "parties[1].community"), refused.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList());
    }

    @Test
    void relativesAreLinkedBothWaysAndNeverProposedOrMergedAsOnePerson() {
        String name = "علي حسين الكعبي " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        long father = CaseIT.person(api, investigator, name, null);
        long son = CaseIT.person(api, investigator, name, null);
        assertTrue(duplicateIds(son).contains(father), "before the link, the same name is offered as the same person");

        Api.Reply linked = api.put("/api/persons/" + son + "/relatives/" + father, investigator,
                Api.object().add("kinship", "PARENT").build().toString());
        assertEquals(200, linked.status(), linked.body());
        assertEquals("PARENT", linked.array().getJsonObject(0).getString("kinship"));
        JsonArray fromTheFather = api.get("/api/persons/" + father + "/relatives", investigator).array();
        assertEquals("CHILD", fromTheFather.getJsonObject(0).getString("kinship"));
        assertEquals(son, fromTheFather.getJsonObject(0).getJsonObject("person").getJsonNumber("id").longValue());

        assertTrue(!duplicateIds(son).contains(father), "a recorded parent is not offered as the same person");
        Api.Reply merge = api.post("/api/persons/" + son + "/merge", investigator, Api.object().add("into", father)
                .add("version", api.get("/api/persons/" + son, investigator).json().getJsonNumber("version").longValue()).build().toString());
        assertEquals(400, merge.status(), merge.body());
        assertEquals(400, api.put("/api/persons/" + son + "/relatives/" + son, investigator,
                Api.object().add("kinship", "SIBLING").build().toString()).status());
        assertEquals(400, api.put("/api/persons/" + son + "/relatives/" + father, investigator,
                Api.object().add("kinship", "COUSIN").build().toString()).status());
        assertEquals(403, api.put("/api/persons/" + son + "/relatives/" + father, api.newUserToken("kinlaw", "LAWYER"),
                Api.object().add("kinship", "SIBLING").build().toString()).status());
        assertEquals(204, api.delete("/api/persons/" + father + "/relatives/" + son, investigator).status());
        assertEquals(0, api.get("/api/persons/" + son + "/relatives", investigator).array().size(), "unlinked both ways");
    }

    /** The case as the INTERNAL export writes it. */
    private JsonObject internalExport(String reference) {
        return api.get("/api/exports/cases.json?q=" + reference + "&audience=INTERNAL", investigator).json().getJsonArray("cases")
                .getJsonObject(0);
    }

    private List<Long> duplicateIds(long person) {
        return api.get("/api/persons/" + person + "/duplicates", investigator).array().stream()
                .map(d -> d.asJsonObject().getJsonObject("person").getJsonNumber("id").longValue()).toList();
    }
}
