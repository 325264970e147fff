package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Case teams are governed: nobody puts themselves on a team or restricts a case through the
 * general case PUT; the lead (or an administrator, through the same audited path) changes the team with a reason;
 * outsiders ask to join and reach the contacts only once the lead accepts.
 */
@ExtendWith(MizanServerExtension.class)
class CaseTeamIT {

    private static final String REVEAL = Api.object().add("reason", "curious").build().toString();

    private final Api api;
    private final String leadName;
    private final String lead;
    private final String lawyerName;
    private final String lawyer;
    private final String outsiderName;
    private final String outsider;

    CaseTeamIT(Api api) {
        this.api = api;
        this.leadName = api.createUser("teamlead", "INVESTIGATOR");
        this.lead = api.token(leadName, Api.USER_PASSWORD);
        this.lawyerName = api.createUser("teamlaw", "LAWYER");
        this.lawyer = api.token(lawyerName, Api.USER_PASSWORD);
        this.outsiderName = api.createUser("teamout", "INVESTIGATOR");
        this.outsider = api.token(outsiderName, Api.USER_PASSWORD);
    }

    /** A case led by {@code lead} with the lawyer on its team, a victim, and the victim's HIGH-risk mother as a contact. */
    private record Scene(String reference, long contact, String phone) {
        String path() {
            return "/api/cases/" + reference;
        }
    }

    private Scene scene(String confidentiality) {
        long victim = CaseIT.person(api, lead, "سجاد العراقي", "Sajjad al-Iraqi");
        Api.Reply created = api.post("/api/cases", lead, CaseIT.caseBody("Team test")
                .add("confidentiality", confidentiality).add("assignees", Api.array(leadName, lawyerName))
                .add("parties", Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", victim)))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        String phone = "+964 770 " + String.format("%07d", System.nanoTime() % 10_000_000);
        Api.Reply contact = api.post("/api/cases/" + reference + "/contacts", lead, Api.object().add("personId", victim)
                .add("reaches", "FAMILY").add("relationship", "MOTHER").add("riskLevel", "HIGH").add("name", "أم سجاد")
                .add("phones", Api.array(phone)).add("address", "حي الجهاد، بغداد").build().toString());
        assertEquals(201, contact.status(), contact.body());
        return new Scene(reference, contact.json().getJsonNumber("id").longValue(), phone);
    }

    /** The case as read, with {@code field} replaced: what a client sends back to PUT it. */
    private String edited(Scene scene, String token, String field, JsonValue value) {
        JsonObject read = api.get(scene.path(), token).json();
        JsonObjectBuilder body = Json.createObjectBuilder(read);
        body.add(field, value);
        return body.build().toString();
    }

    private Api.Reply changeTeam(Scene scene, String token, String reason, String confidentiality, String... members) {
        JsonObjectBuilder body = Api.object().add("members", Api.array(members));
        if (reason != null) {
            body.add("reason", reason);
        }
        if (confidentiality != null) {
            body.add("confidentiality", confidentiality);
        }
        return api.put(scene.path() + "/team", token, body.build().toString());
    }

    private static String firstField(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private JsonArray notices(String token) {
        Api.Reply reply = api.get("/api/me/notices", token);
        assertEquals(200, reply.status(), reply.body());
        return reply.array();
    }

    @Test
    void anOutsiderCannotPutThemselvesOnTheTeamAndReachTheFamily() {
        Scene scene = scene("STANDARD");
        assertEquals(200, api.get(scene.path(), outsider).status(), "a STANDARD case is readable by every investigator");

        Api.Reply joined = api.put(scene.path(), outsider, edited(scene, outsider, "assignees",
                Api.array(leadName, lawyerName, outsiderName)));
        assertEquals(403, joined.status(), joined.body());

        Api.Reply contacts = api.get(scene.path() + "/contacts", outsider);
        assertEquals(403, contacts.status(), contacts.body());
        Api.Reply revealed = api.post("/api/contacts/" + scene.contact() + "/reveal", outsider, REVEAL);
        assertEquals(404, revealed.status(), revealed.body());
        assertFalse(revealed.body().contains("أم سجاد") || revealed.body().contains(scene.phone().substring(5)));
        assertFalse(api.get(scene.path(), lead).json().getJsonArray("assignees").toString().contains(outsiderName));
    }

    @Test
    void anOutsiderCannotRestrictACaseAwayFromItsCreator() {
        Scene scene = scene("STANDARD");
        Api.Reply restricted = api.put(scene.path(), outsider, edited(scene, outsider, "confidentiality",
                Json.createValue("RESTRICTED")));
        assertEquals(403, restricted.status(), restricted.body());
        Api.Reply viaTeam = changeTeam(scene, outsider, "mine now", "RESTRICTED", outsiderName);
        assertEquals(403, viaTeam.status(), viaTeam.body());

        Api.Reply own = api.get(scene.path(), lead);
        assertEquals(200, own.status(), own.body());
        assertEquals("STANDARD", own.json().getString("confidentiality"));
        assertEquals(200, api.get(scene.path() + "/evidence", lead).status());
    }

    @Test
    void theCaseReplacingPutNeitherChangesTheTeamNorTheConfidentiality() {
        Scene scene = scene("STANDARD");
        String someoneElse = api.createUser("teamother", "INVESTIGATOR");
        Api.Reply replaced = api.put(scene.path(), lead, edited(scene, lead, "assignees", Api.array(someoneElse)));
        assertEquals(400, replaced.status(), replaced.body());
        assertEquals("assignees", firstField(replaced));
        assertTrue(replaced.body().contains("/team"), "the problem points to the team endpoint: " + replaced.body());
        Api.Reply restricted = api.put(scene.path(), lead, edited(scene, lead, "confidentiality", Json.createValue("RESTRICTED")));
        assertEquals(400, restricted.status(), restricted.body());
        assertEquals("confidentiality", firstField(restricted));

        assertEquals(200, api.get(scene.path() + "/contacts", lawyer).status(), "the lawyer is still on the team");
        Api.Reply proceeding = api.post(scene.path() + "/proceedings", lawyer,
                Api.object().add("court", "محكمة جنايات الرصافة").build().toString());
        assertEquals(201, proceeding.status(), proceeding.body());

        JsonObject read = api.get(scene.path(), lead).json();
        JsonObjectBuilder withoutTeam = Json.createObjectBuilder(read);
        withoutTeam.remove("assignees");
        withoutTeam.remove("confidentiality");
        withoutTeam.add("narrative", "Team test, edited");
        Api.Reply edited = api.put(scene.path(), lead, withoutTeam.build().toString());
        assertEquals(200, edited.status(), edited.body());
        assertEquals("STANDARD", edited.json().getString("confidentiality"));
        assertEquals(List.of(lawyerName, leadName).stream().sorted().toList(),
                edited.json().getJsonArray("assignees").getValuesAs(jakarta.json.JsonString::getString));
        Api.Reply unchanged = api.put(scene.path(), lead, Json.createObjectBuilder(edited.json()).add("narrative", "again")
                .build().toString());
        assertEquals(200, unchanged.status(), "the team sent back as it is passes: " + unchanged.body());
    }

    @Test
    void theCreatorLeadsTheCaseAndIsAlwaysOnItsTeam() {
        Api.Reply created = api.post("/api/cases", lead, CaseIT.caseBody("Lead test").add("confidentiality", "RESTRICTED")
                .add("assignees", Api.array(lawyerName)).build().toString());
        assertEquals(201, created.status(), created.body());
        assertEquals(leadName, created.json().getString("lead", null));
        assertTrue(created.json().getJsonArray("assignees").toString().contains(leadName), "the creator is on the team");
        Scene scene = new Scene(created.json().getString("reference"), 0, "");
        JsonObject read = api.get(scene.path(), lead).json();
        assertEquals(leadName, read.getString("lead"));
        JsonObject team = api.get(scene.path() + "/team", lead).json();
        assertEquals(leadName, team.getString("lead"));
        assertTrue(team.getBoolean("mayManage"));
        assertTrue(team.getJsonArray("members").toString().contains(leadName));
        assertFalse(api.get(scene.path() + "/team", lawyer).json().getBoolean("mayManage"));
    }

    @Test
    void theLeadAddsAndRemovesALawyerWithAReasonThatIsAuditedAndKeptInTheHistory() {
        Scene scene = scene("STANDARD");
        String secondName = api.createUser("teamlaw2", "LAWYER");
        String second = api.token(secondName, Api.USER_PASSWORD);
        assertEquals(403, api.get(scene.path() + "/contacts", second).status());

        Api.Reply noReason = changeTeam(scene, lead, null, null, leadName, lawyerName, secondName);
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("reason", firstField(noReason));

        String addReason = "prepares the complaint " + System.nanoTime();
        Api.Reply added = changeTeam(scene, lead, addReason, null, leadName, lawyerName, secondName);
        assertEquals(200, added.status(), added.body());
        assertEquals(200, api.get(scene.path() + "/contacts", second).status());

        JsonArray history = api.get(scene.path() + "/history", lead).array();
        JsonArray latest = history.getJsonObject(0).getJsonArray("changes");
        assertTrue(latest.toString().contains("\"assignees\"") && latest.toString().contains(secondName), latest.toString());
        assertTrue(latest.toString().contains(addReason), "the history line carries the reason: " + latest);
        assertEquals(leadName, history.getJsonObject(0).getString("changedBy"));

        String removeReason = "handed over to another office " + System.nanoTime();
        Api.Reply removed = changeTeam(scene, lead, removeReason, null, leadName, lawyerName);
        assertEquals(200, removed.status(), removed.body());
        assertEquals(403, api.get(scene.path() + "/contacts", second).status());
        assertTrue(api.get(scene.path() + "/history", lead).array().getJsonObject(0).toString().contains(removeReason));

        JsonArray audit = api.get("/api/audit?action=CASE_TEAM&user=" + leadName + "&size=500", api.adminToken()).json()
                .getJsonArray("entries");
        List<String> details = audit.stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("target").equals("case:" + scene.reference())).map(e -> e.getString("details")).toList();
        assertTrue(details.stream().anyMatch(d -> d.contains("added: " + secondName) && d.contains(addReason)), details.toString());
        assertTrue(details.stream().anyMatch(d -> d.contains("removed: " + secondName) && d.contains(removeReason)), details.toString());

        JsonObject notice = notices(second).stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("kind").equals("REMOVED")).findFirst().orElseThrow();
        assertEquals(scene.reference(), notice.getString("reference"));
        assertEquals(removeReason, notice.getString("reason"));
        Api.Reply dismissedByOther = api.delete("/api/me/notices/" + notice.getJsonNumber("id"), lawyer);
        assertEquals(404, dismissedByOther.status(), "someone else's notice is not found");
        assertEquals(204, api.delete("/api/me/notices/" + notice.getJsonNumber("id"), second).status());
        assertTrue(notices(second).stream().noneMatch(n -> n.asJsonObject().getString("kind").equals("REMOVED")));
    }

    @Test
    void membersNeitherAddOthersNorRemoveTheLeadAndTheLeadStaysOnTheTeam() {
        Scene scene = scene("STANDARD");
        String memberName = api.createUser("teammem", "INVESTIGATOR");
        String member = api.token(memberName, Api.USER_PASSWORD);
        assertEquals(200, changeTeam(scene, lead, "second investigator", null, leadName, lawyerName, memberName).status());

        assertEquals(403, changeTeam(scene, member, "my friend helps", null, leadName, lawyerName, memberName, outsiderName).status());
        assertEquals(403, changeTeam(scene, member, "I lead now", null, lawyerName, memberName).status());
        assertEquals(403, changeTeam(scene, lawyer, "restrict it", "RESTRICTED", leadName, lawyerName, memberName).status());
        Api.Reply leadless = changeTeam(scene, lead, "leaving", null, lawyerName, memberName);
        assertEquals(400, leadless.status(), leadless.body());
        assertEquals("members", firstField(leadless));
        assertEquals(403, api.put(scene.path() + "/lead", lead, Api.object().add("lead", memberName).add("reason", "x")
                .build().toString()).status(), "only an administrator names a lead");
        assertEquals(200, api.put(scene.path(), member, edited(scene, member, "narrative", Json.createValue("a member edits facts")))
                .status(), "members edit the case's facts");
    }

    @Test
    void anOutsidersRequestToJoinOpensTheContactsOnlyOnceTheLeadAcceptsIt() {
        Scene scene = scene("STANDARD");
        String requests = scene.path() + "/join-requests";
        Api.Reply noReason = api.post(requests, outsider, "{}");
        assertEquals(400, noReason.status(), noReason.body());

        String reason = "I interviewed the brother " + System.nanoTime();
        Api.Reply asked = api.post(requests, outsider, Api.object().add("reason", reason).build().toString());
        assertEquals(201, asked.status(), asked.body());
        long id = asked.json().getJsonNumber("id").longValue();
        assertEquals(409, api.post(requests, outsider, Api.object().add("reason", "again").build().toString()).status());
        assertEquals(403, api.get(scene.path() + "/contacts", outsider).status(), "asking is not joining");

        String accept = Api.object().add("decision", "ACCEPT").build().toString();
        assertEquals(403, api.put(requests + "/" + id, outsider, accept).status(), "nobody accepts their own request");
        assertEquals(403, api.put(requests + "/" + id, lawyer, accept).status());
        Api.Reply own = api.get(requests, outsider);
        assertEquals(1, own.array().size(), own.body());
        assertEquals("PENDING", own.array().getJsonObject(0).getString("state"));

        JsonArray awaiting = api.get("/api/me/join-requests", lead).array();
        assertTrue(awaiting.stream().map(JsonValue::asJsonObject).anyMatch(r -> r.getJsonNumber("id").longValue() == id
                && r.getString("reference").equals(scene.reference()) && r.getString("reason").equals(reason)), awaiting.toString());
        assertTrue(api.get(requests, lead).body().contains(reason));

        Api.Reply accepted = api.put(requests + "/" + id, lead, accept);
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("ACCEPTED", accepted.json().getString("state"));
        assertEquals(200, api.get(scene.path() + "/contacts", outsider).status());
        Api.Reply revealed = api.post("/api/contacts/" + scene.contact() + "/reveal", outsider, REVEAL);
        assertEquals(200, revealed.status(), revealed.body());
        assertTrue(api.get(scene.path() + "/history", lead).array().getJsonObject(0).toString().contains(outsiderName));
        List<JsonObject> told = notices(outsider).stream().map(JsonValue::asJsonObject)
                .filter(n -> scene.reference().equals(n.getString("reference", null))).toList();
        assertEquals(1, told.size(), "told once: " + told);
        assertEquals("JOIN_ACCEPTED", told.get(0).getString("kind"));
        assertEquals(409, api.put(requests + "/" + id, lead, accept).status(), "a request is answered once");
        assertTrue(api.get("/api/me/join-requests", lead).array().stream()
                .noneMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == id));
    }

    @Test
    void aDeclinedRequestToJoinKeepsTheContactsClosed() {
        Scene scene = scene("STANDARD");
        String requests = scene.path() + "/join-requests";
        long id = api.post(requests, outsider, Api.object().add("reason", "curious").build().toString())
                .json().getJsonNumber("id").longValue();
        Api.Reply declined = api.put(requests + "/" + id, lead, Api.object().add("decision", "DECLINE")
                .add("note", "not your governorate").build().toString());
        assertEquals(200, declined.status(), declined.body());
        assertEquals(403, api.get(scene.path() + "/contacts", outsider).status());
        assertEquals(404, api.post("/api/contacts/" + scene.contact() + "/reveal", outsider, REVEAL).status());
        assertTrue(notices(outsider).stream().map(JsonValue::asJsonObject).anyMatch(n -> n.getString("kind").equals("JOIN_DECLINED")
                && "not your governorate".equals(n.getString("reason", null))));
        assertEquals(409, api.put(requests + "/" + id, lead, Api.object().add("decision", "ACCEPT").build().toString()).status());
    }

    @Test
    void aRestrictedCaseCannotBeAskedForAndNoticesDoNotNameItOnceOutOfSight() {
        Scene scene = scene("RESTRICTED");
        String ask = Api.object().add("reason", "let me in").build().toString();
        for (Api.Reply reply : List.of(api.post(scene.path() + "/join-requests", outsider, ask),
                api.get(scene.path() + "/join-requests", outsider), api.get(scene.path() + "/team", outsider),
                api.put(scene.path() + "/join-requests/1", outsider, Api.object().add("decision", "ACCEPT").build().toString()),
                changeTeam(scene, outsider, "let me in", null, leadName, outsiderName))) {
            assertEquals(404, reply.status(), reply.body());
            assertFalse(reply.body().contains(scene.reference()) || reply.body().contains(leadName), reply.body());
        }

        String removal = "moved to the Basra office " + System.nanoTime();
        assertEquals(200, changeTeam(scene, lead, removal, null, leadName).status());
        assertEquals(404, api.get(scene.path(), lawyer).status());
        JsonObject notice = notices(lawyer).stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("kind").equals("REMOVED")).findFirst().orElseThrow();
        assertNull(notice.get("reference"), notice.toString());
        String all = api.get("/api/me/notices", lawyer).body();
        assertFalse(all.contains(scene.reference()) || all.contains(removal) || all.contains(leadName), all);
    }

    @Test
    void anAdministratorReachesContactsOnlyThroughTheAuditedTeamPath() {
        Scene scene = scene("STANDARD");
        assertEquals(403, api.get(scene.path() + "/contacts", api.adminToken()).status());
        String chiefName = api.createUser("teamchief", "ADMIN", "INVESTIGATOR");
        String chief = api.token(chiefName, Api.USER_PASSWORD);
        assertEquals(403, api.get(scene.path() + "/contacts", chief).status(), "administrators are not on every team");
        assertEquals(403, api.put(scene.path(), chief, edited(scene, chief, "narrative", Json.createValue("admin edit"))).status());

        Api.Reply noReason = changeTeam(scene, chief, " ", null, leadName, lawyerName, chiefName);
        assertEquals(400, noReason.status(), noReason.body());
        String reason = "audit of the family's complaint " + System.nanoTime();
        assertEquals(200, changeTeam(scene, chief, reason, null, leadName, lawyerName, chiefName).status());
        assertEquals(200, api.get(scene.path() + "/contacts", chief).status());
        assertTrue(api.get("/api/audit?action=CASE_TEAM&user=" + chiefName, api.adminToken()).body().contains(reason));

        String nextName = api.createUser("teamnext", "INVESTIGATOR");
        Api.Reply named = api.put(scene.path() + "/lead", api.adminToken(), Api.object().add("lead", nextName)
                .add("reason", "the lead left the organisation").build().toString());
        assertEquals(200, named.status(), named.body());
        assertEquals(nextName, named.json().getString("lead"));
        assertTrue(named.json().getJsonArray("members").toString().contains(nextName));
        String next = api.token(nextName, Api.USER_PASSWORD);
        assertEquals(200, changeTeam(scene, next, "the new lead takes the old one off", null, nextName, lawyerName).status());
        assertEquals(403, changeTeam(scene, lead, "back", null, leadName, nextName, lawyerName).status(), "no longer the lead");
    }
}
