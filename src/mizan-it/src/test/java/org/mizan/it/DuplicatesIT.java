package org.mizan.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Possible duplicates are shown with reasons, never merged automatically; a merge keeps both histories. */
@ExtendWith(MizanServerExtension.class)
class DuplicatesIT {

    private final Api api;
    private final String investigator;

    DuplicatesIT(Api api) {
        this.api = api;
        this.investigator = api.newUserToken("dedup", "INVESTIGATOR");
    }

    private long person(String arabic, String latin, int birthYear) {
        var body = Api.object().add("birthYear", birthYear).add("governorate", "DQ");
        if (arabic != null) {
            body.add("nameArabic", arabic);
        }
        if (latin != null) {
            body.add("nameLatin", latin);
        }
        Api.Reply reply = api.post("/api/persons", investigator, body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static boolean contains(JsonArray candidates, long id) {
        return candidates.stream().anyMatch(c -> c.asJsonObject().getJsonObject("person").getJsonNumber("id").longValue() == id);
    }

    @Test
    void theSamePersonTypedInTheOtherScriptIsACandidateWithReasonsButTheFatherIsNot() {
        String family = "الناصري";
        long son = person("مهند حيدر كريم " + family, null, 1996);
        long father = person("حيدر كريم جبار " + family, null, 1968);

        JsonArray candidates = api.post("/api/persons/duplicates", investigator, Api.object()
                .add("nameLatin", "Muhannad Haidar Karim al-Nasiri").add("birthYear", 1996).add("governorate", "DQ")
                .build().toString()).array();
        assertTrue(contains(candidates, son), candidates.toString());
        assertFalse(contains(candidates, father), "a father sharing most of the chain is not the same person");
        JsonObject best = candidates.getJsonObject(0);
        List<String> reasons = best.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString::getString);
        assertTrue(reasons.contains("crossScript") && reasons.contains("sameBirthYear") && reasons.contains("sameGovernorate"), reasons.toString());

        assertFalse(contains(api.get("/api/persons/" + father + "/duplicates", investigator).array(), son));
        assertEquals(403, api.post("/api/persons/duplicates", api.newUserToken("lawyer", "LAWYER"),
                "{\"nameLatin\":\"x\"}").status(), "only investigators record persons");
    }

    /** Given name and family without the article, in either script. */
    @Test
    void theDuplicateCheckProposesThePersonSearchFindsFirst() {
        person("حيدر الموسوي", null, 1990);
        person("ضياء رعد الجبوري", null, 1985);
        for (String[] spelling : new String[][]{{"nameLatin", "Haider Musawi"}, {"nameArabic", "حيدر موسوي"},
                {"nameLatin", "Diaa Jubouri"}, {"nameArabic", "ضياء جبوري"}}) {
            JsonArray found = api.get("/api/persons?q=" + java.net.URLEncoder.encode(spelling[1], java.nio.charset.StandardCharsets.UTF_8),
                    investigator).array();
            assertFalse(found.isEmpty(), spelling[1]);
            long first = found.getJsonObject(0).getJsonObject("person").getJsonNumber("id").longValue();
            JsonArray candidates = api.post("/api/persons/duplicates", investigator,
                    Api.object().add(spelling[0], spelling[1]).build().toString()).array();
            assertTrue(contains(candidates, first), spelling[1] + ": search finds person " + first + " first, duplicates " + candidates);
        }
    }

    @Test
    void mergingMovesTheCasesAndKeepsBothHistories() {
        long kept = person("سجاد عادل حسين", null, 2000);
        long copy = person(null, "Sajjad Adil Hussein", 2000);
        String reference = api.post("/api/cases", investigator, CaseIT.caseBody("merge test")
                .add("parties", jakarta.json.Json.createArrayBuilder()
                        .add(Api.object().add("role", "VICTIM").add("personId", copy).add("fate", "MISSING")))
                .build().toString()).json().getString("reference");

        long version = api.get("/api/persons/" + copy, investigator).json().getJsonNumber("version").longValue();
        Api.Reply merged = api.post("/api/persons/" + copy + "/merge", investigator,
                Api.object().add("into", kept).add("version", version).build().toString());
        assertEquals(200, merged.status(), merged.body());
        assertTrue(merged.json().getJsonArray("aliases").toString().contains("Sajjad Adil Hussein"));

        assertEquals(kept, api.get("/api/cases/" + reference, investigator).json().getJsonArray("parties").getJsonObject(0)
                .getJsonNumber("personId").longValue(), "the case now names the surviving record");
        assertEquals(kept, api.get("/api/persons/" + copy, investigator).json().getJsonNumber("mergedInto").longValue());
        JsonArray history = api.get("/api/persons/" + kept + "/history", investigator).array();
        assertTrue(history.stream().anyMatch(r -> r.asJsonObject().getString("entity").equals("person:" + copy)),
                "the merged record's history is shown with the survivor's");
        assertTrue(history.stream().anyMatch(r -> r.asJsonObject().getString("entity").equals("person:" + kept)));
        assertFalse(api.get("/api/persons?q=Sajjad%20Adil", investigator).array().stream()
                .anyMatch(m -> m.asJsonObject().getJsonObject("person").getJsonNumber("id").longValue() == copy));
        assertEquals(409, api.post("/api/persons/" + copy + "/merge", investigator,
                Api.object().add("into", kept).add("version", version).build().toString()).status(), "not twice");
    }
}
