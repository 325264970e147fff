package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Persons follow the cases they are in: a victim named only in a restricted case is as absent
 * to everyone outside its team as the case itself — they cannot read, edit, merge or link the person, and no search,
 * duplicate check or import dry run gives the name away. Ids are sequential, so "not visible" must look exactly
 * like "no such id".
 */
@ExtendWith(MizanServerExtension.class)
class PersonVisibilityIT {

    /** Far beyond any id the test database will reach: the reply for a person who does not exist. */
    private static final long NOBODY = 9_000_000_000L;
    private static final String IMPORT_MAPPING = """
            {"الاسم": "VICTIM_NAME", "Date": "INCIDENT_DATE", "Governorate": "GOVERNORATE", "Type": "VIOLATION_TYPE"}""";

    private final Api api;
    private final String lead;
    private final String arabic = "نرجس عبد الكريم " + ImportIT.arabicSurname();
    private final String latin = "Narjis " + latinSurname();

    PersonVisibilityIT(Api api) {
        this.api = api;
        this.lead = api.newUserToken("plead", "INVESTIGATOR");
    }

    /** A victim recorded by the lead and named only in a restricted case of the lead's team. */
    private long hiddenVictim(String... team) {
        long victim = CaseIT.person(api, lead, arabic, latin);
        List<String> assignees = new ArrayList<>(List.of(team));
        Api.Reply created = api.post("/api/cases", lead, CaseIT.caseBody("restricted").add("confidentiality", "RESTRICTED")
                .add("assignees", Api.array(assignees.toArray(String[]::new))).add("parties", Json.createArrayBuilder()
                        .add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "KILLED"))).build().toString());
        assertEquals(201, created.status(), created.body());
        return victim;
    }

    private Map<String, String> outsiders() {
        Map<String, String> outsiders = new LinkedHashMap<>();
        for (String role : new String[]{"INVESTIGATOR", "LAWYER", "ADVOCATE"}) {
            outsiders.put(role, api.newUserToken("pout-" + role.toLowerCase(), role));
        }
        return outsiders;
    }

    private static String caseNaming(long person) {
        return CaseIT.caseBody("an outsider's case").add("parties", Json.createArrayBuilder()
                .add(Api.object().add("role", "VICTIM").add("personId", person))).build().toString();
    }

    /** The reply is the 404 anyone gets for an id that never existed, and says nothing of the person. */
    private void absent(Api.Reply reply, Api.Reply nobody, String what) {
        assertEquals(404, reply.status(), what + ": " + reply.body());
        assertEquals(nobody.body(), reply.body(), what + " answers exactly as for no such person");
        assertNameless(reply.body(), what);
    }

    private void assertNameless(String body, String what) {
        assertFalse(body.contains(arabic) || body.contains(latin), what + " gives the name away: " + body);
    }

    @Test
    void aPersonOnlyInARestrictedCaseIsAbsentToEveryOutsider() {
        long victim = hiddenVictim();
        for (Map.Entry<String, String> outsider : outsiders().entrySet()) {
            String role = outsider.getKey();
            String token = outsider.getValue();
            absent(api.get("/api/persons/" + victim, token), api.get("/api/persons/" + NOBODY, token), role + " GET");
            absent(api.get("/api/persons/" + victim + "/history", token), api.get("/api/persons/" + NOBODY + "/history", token),
                    role + " history");
            absent(api.get("/api/persons/" + victim + "/duplicates", token),
                    api.get("/api/persons/" + NOBODY + "/duplicates", token), role + " duplicates of the person");
            for (String query : new String[]{arabic, latin}) {
                Api.Reply found = api.get("/api/persons?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8), token);
                assertEquals(200, found.status(), found.body());
                assertFalse(ids(found.array(), "person").contains(victim), role + " finds the person by name");
                assertNameless(found.body(), role + " person search");
            }
        }
    }

    @Test
    void anOutsiderInvestigatorCannotLinkEditOrMergeThePersonNorLearnTheNameFromDuplicates() throws Exception {
        long victim = hiddenVictim();
        String outsider = outsiders().get("INVESTIGATOR");
        Api.Reply nobodyLinked = api.post("/api/cases", outsider, caseNaming(NOBODY));
        absent(api.post("/api/cases", outsider, caseNaming(victim)), nobodyLinked, "linking into a new case");

        JsonObject own = api.post("/api/cases", outsider, CaseIT.caseBody("own").build().toString()).json();
        String put = CaseIT.caseBody("own").add("version", own.getJsonNumber("version").longValue()).add("parties",
                Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", victim))).build().toString();
        String putNobody = put.replace("\"personId\":" + victim, "\"personId\":" + NOBODY);
        absent(api.put("/api/cases/" + own.getString("reference"), outsider, put),
                api.put("/api/cases/" + own.getString("reference"), outsider, putNobody), "linking into an own case by PUT");

        String rename = Api.object().add("nameArabic", "اسم آخر").add("version", 0).build().toString();
        absent(api.put("/api/persons/" + victim, outsider, rename), api.put("/api/persons/" + NOBODY, outsider, rename), "PUT");

        long mine = CaseIT.person(api, outsider, "شخص " + ImportIT.arabicSurname(), null);
        String into = Api.object().add("into", victim).add("version", 0).build().toString();
        String intoNobody = Api.object().add("into", NOBODY).add("version", 0).build().toString();
        absent(api.post("/api/persons/" + mine + "/merge", outsider, into),
                api.post("/api/persons/" + mine + "/merge", outsider, intoNobody), "merging into the person");
        String intoMine = Api.object().add("into", mine).add("version", 0).build().toString();
        absent(api.post("/api/persons/" + victim + "/merge", outsider, intoMine),
                api.post("/api/persons/" + NOBODY + "/merge", outsider, intoMine), "merging the person away");

        Api.Reply duplicates = api.post("/api/persons/duplicates", outsider,
                Api.object().add("nameArabic", arabic).add("nameLatin", latin).build().toString());
        assertEquals(200, duplicates.status(), duplicates.body());
        assertFalse(ids(duplicates.array(), "person").contains(victim), duplicates.body());
        assertNameless(duplicates.body(), "the duplicate check");

        JsonArray offered = importDuplicates(outsider);
        assertTrue(offered.stream().map(JsonValue::asJsonObject)
                .noneMatch(d -> !d.isNull("personId") && d.getJsonNumber("personId").longValue() == victim), offered.toString());
        assertTrue(importDuplicates(lead).stream().map(JsonValue::asJsonObject)
                .anyMatch(d -> !d.isNull("personId") && d.getJsonNumber("personId").longValue() == victim),
                "the team still has the duplicate pointed out");

        JsonObject unchanged = api.get("/api/persons/" + victim, lead).json();
        assertEquals(arabic, unchanged.getString("nameArabic"));
        assertTrue(!unchanged.containsKey("mergedInto") || unchanged.isNull("mergedInto"), "not merged away");
    }

    @Test
    void contactsAndSuspectsOfAnOutsidersOwnCaseCannotStandForTheHiddenPerson() {
        long victim = hiddenVictim();
        String outsiderName = api.createUser("pown", "INVESTIGATOR");
        String outsider = api.token(outsiderName, Api.USER_PASSWORD);
        String reference = api.post("/api/cases", outsider, CaseIT.caseBody("own").add("assignees", Api.array(outsiderName))
                .build().toString()).json().getString("reference");
        String contact = Api.object().add("personId", victim).add("reaches", "FAMILY").add("relationship", "FATHER")
                .add("riskLevel", "LOW").add("name", "أبو نرجس").build().toString();
        absent(api.post("/api/cases/" + reference + "/contacts", outsider, contact),
                api.post("/api/cases/" + reference + "/contacts", outsider, contact.replace(":" + victim + ",", ":" + NOBODY + ",")),
                "a contact about the person");
        String proceeding = Api.object().add("court", "محكمة جنايات الرصافة").add("suspects", Json.createArrayBuilder()
                .add(Api.object().add("personId", victim))).build().toString();
        absent(api.post("/api/cases/" + reference + "/proceedings", outsider, proceeding),
                api.post("/api/cases/" + reference + "/proceedings", outsider, proceeding.replace(":" + victim + "}", ":" + NOBODY + "}")),
                "a suspect standing for the person");
    }

    @Test
    void recordsMergedIntoAHiddenPersonAreHiddenTooHoweverLongTheChain() {
        long victim = hiddenVictim();
        long copy = CaseIT.person(api, lead, null, latin + " copy");
        long earlier = CaseIT.person(api, lead, null, latin + " earlier copy");
        merge(earlier, copy);
        merge(copy, victim);
        String outsider = outsiders().get("INVESTIGATOR");
        for (long merged : new long[]{copy, earlier}) {
            absent(api.get("/api/persons/" + merged, outsider), api.get("/api/persons/" + NOBODY, outsider), "a merged record");
            absent(api.get("/api/persons/" + merged + "/history", outsider),
                    api.get("/api/persons/" + NOBODY + "/history", outsider), "a merged record's history");
            assertEquals(200, api.get("/api/persons/" + merged, lead).status(), "the team still reads the merged record");
        }
    }

    private void merge(long merged, long survivor) {
        long version = api.get("/api/persons/" + merged, lead).json().getJsonNumber("version").longValue();
        Api.Reply reply = api.post("/api/persons/" + merged + "/merge", lead,
                Api.object().add("into", survivor).add("version", version).build().toString());
        assertEquals(200, reply.status(), reply.body());
    }

    @Test
    void theTeamStillLinksAndEditsThePerson() {
        String lawyerName = api.createUser("pteamlawyer", "LAWYER");
        String memberName = api.createUser("pteammember", "INVESTIGATOR");
        long victim = hiddenVictim(lawyerName, memberName);
        String member = api.token(memberName, Api.USER_PASSWORD);
        assertEquals(200, api.get("/api/persons/" + victim, api.token(lawyerName, Api.USER_PASSWORD)).status(),
                "the team's lawyer reads the person");

        Api.Reply linked = api.post("/api/cases", member, CaseIT.caseBody("a second case of the team")
                .add("confidentiality", "RESTRICTED").add("parties", Json.createArrayBuilder()
                        .add(Api.object().add("role", "VICTIM").add("personId", victim))).build().toString());
        assertEquals(201, linked.status(), linked.body());
        assertEquals(arabic, linked.json().getJsonArray("parties").getJsonObject(0).getString("personName"));

        long version = api.get("/api/persons/" + victim, member).json().getJsonNumber("version").longValue();
        Api.Reply edited = api.put("/api/persons/" + victim, member, Api.object().add("nameArabic", arabic).add("nameLatin", latin)
                .add("birthYear", 1998).add("version", version).build().toString());
        assertEquals(200, edited.status(), edited.body());
        assertEquals(200, api.get("/api/persons/" + victim + "/history", member).status());
    }

    @Test
    void aPersonInNoCaseIsSeenByInvestigatorsAndTheirCreatorOnly() {
        long loose = CaseIT.person(api, lead, arabic, latin);
        Map<String, String> others = outsiders();
        for (String role : new String[]{"LAWYER", "ADVOCATE"}) {
            String token = others.get(role);
            absent(api.get("/api/persons/" + loose, token), api.get("/api/persons/" + NOBODY, token), role + " GET");
            Api.Reply found = api.get("/api/persons?q=" + java.net.URLEncoder.encode(latin, StandardCharsets.UTF_8), token);
            assertFalse(ids(found.array(), "person").contains(loose), role + " finds a person in no case");
        }
        assertEquals(200, api.get("/api/persons/" + loose, others.get("INVESTIGATOR")).status());
        assertEquals(200, api.get("/api/persons/" + loose, lead).status());
        assertTrue(ids(api.get("/api/persons?q=" + java.net.URLEncoder.encode(latin, StandardCharsets.UTF_8),
                others.get("INVESTIGATOR")).array(), "person").contains(loose));
    }

    private JsonArray importDuplicates(String investigator) throws Exception {
        String csv = "الاسم,Date,Governorate,Type\r\n" + arabic + ",2020-01-05,Karbala,torture\r\n";
        JsonObject preview = ImportIT.upload(api, investigator, csv.getBytes(StandardCharsets.UTF_8), "names.csv");
        JsonObject report = ImportIT.finished(api, investigator,
                ImportIT.dryRun(api, investigator, preview.getString("uploadId"), "en", IMPORT_MAPPING));
        return report.getJsonArray("duplicates");
    }

    /** Letters only: the name index keys Latin names by their letters, so digits would not set the name apart. */
    private static String latinSurname() {
        StringBuilder name = new StringBuilder("Al");
        for (int i = 0; i < 7; i++) {
            name.append((char) ('a' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    private static List<Long> ids(JsonArray rows, String field) {
        return rows.stream().map(row -> row.asJsonObject().getJsonObject(field).getJsonNumber("id").longValue()).toList();
    }
}
