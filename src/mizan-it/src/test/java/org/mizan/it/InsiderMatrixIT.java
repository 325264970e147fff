package org.mizan.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The insider matrix: every endpoint that takes the id of another object — in its path or in its body —
 * called by someone who may not see that object, in every role. The answer must be exactly the answer for an id that
 * does not exist (same status, same body but for the id), never a success, and must carry none of the object's
 * secrets: no name, no court, no count. Beside {@link EndpointRolesIT}, which checks only the door.
 *
 * <p>The hidden objects belong to a RESTRICTED case whose team is an investigator and a lawyer; its contacts, and those
 * of a STANDARD case, are hidden from everyone off its team, administrators included. Import uploads and jobs and
 * report jobs are their owner's alone.
 */
@ExtendWith(MizanServerExtension.class)
class InsiderMatrixIT {

    private static final String GHOST_CASE = "MZN-1899-0001"; // no case can have it: incident years start at 1900
    private static final long GHOST = 987_654_321L;
    private static final String GHOST_JOB = "0123456789abcdef0123456789abcdef";
    private static final Set<String> ROLES = Set.of("INVESTIGATOR", "LAWYER", "ADVOCATE", "ADMIN");

    private final Api api;
    private final String marker = Long.toString(System.nanoTime(), 36);
    private final String victimArabic = "حيدر الخفي " + marker;
    private final String victimLatin = "Haidar Hidden " + marker;
    private final String contactName = "أم حيدر " + marker;
    private final String court = "محكمة سرية " + marker;
    private final List<String> secrets = List.of(victimArabic, victimLatin, marker, contactName, court);

    InsiderMatrixIT(Api api) {
        this.api = api;
    }

    /** One call whose path or body holds {@code ID}: made with the hidden object's id, and with the ghost's. */
    private record Probe(String method, String path, String body, String hidden, String ghost, Set<String> roles) {

        String pathFor(String id) {
            return path.replace(ID, id);
        }

        String bodyFor(String id) {
            return body == null ? null : body.replace(ID, id);
        }
    }

    private static final String ID = "ID_UNDER_TEST";

    @Test
    void nobodyOffTheTeamLearnsAnythingThroughAnyIdInAnyRole() throws Exception {
        String owner = api.createUser("insider-owner", "INVESTIGATOR");
        String ownerToken = api.token(owner, Api.USER_PASSWORD);
        String teamLawyer = api.createUser("insider-lawyer", "LAWYER");
        String lawyerToken = api.token(teamLawyer, Api.USER_PASSWORD);

        long victim = CaseIT.person(api, ownerToken, victimArabic, victimLatin);
        long gunman = CaseIT.person(api, ownerToken, "مسلح " + marker, "Gunman " + marker);
        String hiddenCase = created(api.post("/api/cases", ownerToken, CaseIT.caseBody("Hidden " + marker)
                .add("confidentiality", "RESTRICTED").add("assignees", Api.array(owner, teamLawyer))
                .add("parties", Json.createArrayBuilder()
                        .add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "KILLED"))
                        .add(Api.object().add("role", "PERPETRATOR").add("personId", gunman).add("perpetratorKind", "PERSON")))
                .build().toString())).getString("reference");
        long hiddenContact = id(api.post("/api/cases/" + hiddenCase + "/contacts", ownerToken, contact(victim)));
        long proceeding = id(api.post("/api/cases/" + hiddenCase + "/proceedings", lawyerToken,
                Api.object().add("court", court).add("suspects", Json.createArrayBuilder().add(Api.object().add("personId", gunman)))
                        .build().toString()));
        long hearing = id(api.post("/api/proceedings/" + proceeding + "/hearings", lawyerToken,
                Api.object().add("startsAt", Instant.now().plusSeconds(86_400).toString()).add("court", court).build().toString()));
        long event = api.post("/api/proceedings/" + proceeding + "/events", lawyerToken, event(null))
                .json().getJsonArray("events").getJsonObject(0).getJsonNumber("id").longValue();
        long measure = id(api.post("/api/cases/" + hiddenCase + "/measures", lawyerToken, Api.object().add("kind", "DISMISSAL")
                .add("date", Api.object().add("year", 2020)).add("authority", court).build().toString()));
        long item = id(api.send(api.builder("/api/cases/" + hiddenCase + "/evidence?name=" + marker + ".txt", ownerToken)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("testimony " + marker)).build()));

        // A STANDARD case: visible to all, its contacts still only to its team.
        long standardVictim = CaseIT.person(api, ownerToken, "ضحية علنية " + marker, null);
        String standardCase = created(api.post("/api/cases", ownerToken, CaseIT.caseBody("Standard " + marker)
                .add("assignees", Api.array(owner, teamLawyer))
                .add("parties", Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", standardVictim)))
                .build().toString())).getString("reference");
        long standardContact = id(api.post("/api/cases/" + standardCase + "/contacts", ownerToken, contact(standardVictim)));

        // A request to join the standard case, and a notice to someone the lead adds to the hidden case.
        String asker = api.createUser("insider-asker", "INVESTIGATOR");
        long joinRequest = id(api.post("/api/cases/" + standardCase + "/join-requests", api.token(asker, Api.USER_PASSWORD),
                Api.object().add("reason", "I know the family " + marker).build().toString()));
        String added = api.createUser("insider-added", "LAWYER");
        String addedToken = api.token(added, Api.USER_PASSWORD);
        Api.Reply teamChange = api.put("/api/cases/" + hiddenCase + "/team", ownerToken, Api.object()
                .add("members", Api.array(owner, teamLawyer, added)).add("confidentiality", "RESTRICTED")
                .add("reason", "Second lawyer " + marker).build().toString());
        assertEquals(200, teamChange.status(), teamChange.body());
        long notice = api.get("/api/me/notices", addedToken).array().getJsonObject(0).getJsonNumber("id").longValue();

        String upload = api.send(api.builder("/api/imports/uploads?name=insider.csv", ownerToken)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(("Name,Date,Type\r\n" + victimLatin + ",2020-01-01,ASSASSINATION\r\n")
                        .getBytes(StandardCharsets.UTF_8))).build()).json().getString("uploadId");
        String mapping = "{\"mapping\": {\"Name\": \"VICTIM_NAME_LATIN\", \"Date\": \"INCIDENT_DATE\", \"Type\": \"VIOLATION_TYPE\"}}";
        Api.Reply dryRun = api.post("/api/imports/uploads/" + upload + "/dry-run", ownerToken, mapping);
        assertEquals(202, dryRun.status(), dryRun.body());
        String importJob = dryRun.json().getString("id");
        Api.Reply report = api.post("/api/reports/periodic", ownerToken, Api.object().add("from", "2019-01-01").add("to", "2019-12-31")
                .add("audience", "INTERNAL").add("lang", "en").build().toString());
        assertEquals(202, report.status(), report.body());
        String reportJob = URI.create(report.header("Location")).getPath().replaceAll(".*/", "");

        // The outsiders, one per role, each with a STANDARD case of their own to link things into.
        Map<String, String> outsiders = new LinkedHashMap<>();
        String outsiderName = null;
        for (String role : ROLES) {
            String username = api.createUser("outsider-" + role.toLowerCase(), role);
            outsiderName = role.equals("INVESTIGATOR") ? username : outsiderName;
            outsiders.put(role, api.token(username, Api.USER_PASSWORD));
        }
        String outsider = outsiders.get("INVESTIGATOR");
        String ownCase = created(api.post("/api/cases", outsider, CaseIT.caseBody("Outsider's own case")
                .add("assignees", Api.array(outsiderName)).build().toString())).getString("reference");
        long ownPerson = CaseIT.person(api, outsider, "شخص الدخيل", null);
        long ownProceeding = id(api.post("/api/cases/" + ownCase + "/proceedings", outsider, Api.object().add("court", "Own court")
                .build().toString()));

        String hiddenPerson = Long.toString(victim);
        String c = "/api/cases/" + ID;
        String p = "/api/persons/" + ID;
        String e = "/api/evidence/" + ID;
        String pr = "/api/proceedings/" + ID;
        String ghost = Long.toString(GHOST);
        String caseBody = CaseIT.caseBody("Insider").add("version", 0).build().toString();
        String measureBody = Api.object().add("kind", "OTHER").add("date", Api.object().add("year", 2021)).add("authority", "x")
                .add("version", 0).build().toString();
        String all = String.join(" ", ROLES);
        String notAdmin = "INVESTIGATOR LAWYER ADVOCATE";
        List<Probe> probes = new ArrayList<>(List.of(
                // the case, by reference
                probe("GET", c, null, hiddenCase, GHOST_CASE, notAdmin),
                probe("PUT", c, caseBody, hiddenCase, GHOST_CASE, notAdmin),
                probe("GET", c + "/history", null, hiddenCase, GHOST_CASE, notAdmin),
                probe("GET", c + "/evidence", null, hiddenCase, GHOST_CASE, notAdmin),
                probe("GET", c + "/contacts", null, hiddenCase, GHOST_CASE, notAdmin),
                probe("POST", c + "/contacts", contact(ownPerson), hiddenCase, GHOST_CASE, notAdmin),
                probe("GET", c + "/proceedings", null, hiddenCase, GHOST_CASE, notAdmin),
                probe("POST", c + "/proceedings", "{\"court\":\"x\"}", hiddenCase, GHOST_CASE, notAdmin),
                // linking a proceeding of one's own case to it, or unlinking its proceeding from it
                probe("PUT", c + "/proceedings/" + ownProceeding, null, hiddenCase, GHOST_CASE, notAdmin),
                probe("DELETE", c + "/proceedings/" + proceeding, null, hiddenCase, GHOST_CASE, notAdmin),
                probe("GET", c + "/measures", null, hiddenCase, GHOST_CASE, notAdmin),
                probe("POST", c + "/measures", "{\"kind\":\"OTHER\"}", hiddenCase, GHOST_CASE, notAdmin),
                probe("GET", c + "/impunity", null, hiddenCase, GHOST_CASE, notAdmin),
                probe("GET", c + "/team", null, hiddenCase, GHOST_CASE, notAdmin),
                probe("PUT", c + "/team", Api.object().add("members", Api.array()).add("confidentiality", "STANDARD")
                        .add("reason", "take over").build().toString(), hiddenCase, GHOST_CASE, notAdmin),
                probe("PUT", c + "/lead", "{\"lead\":\"x\",\"reason\":\"take over\"}", hiddenCase, GHOST_CASE, notAdmin),
                probe("POST", c + "/withdrawal", "{\"reason\":\"make it vanish\"}", hiddenCase, GHOST_CASE, notAdmin),
                probe("POST", c + "/join-requests", "{\"reason\":\"let me in\"}", hiddenCase, GHOST_CASE, notAdmin),
                probe("GET", c + "/join-requests", null, hiddenCase, GHOST_CASE, notAdmin),
                // a request to join a visible case: the lead's to answer, nobody else's to see
                probe("PUT", "/api/cases/" + standardCase + "/join-requests/" + ID, "{\"decision\":\"ACCEPT\"}",
                        Long.toString(joinRequest), ghost, notAdmin),
                // a notice is its addressee's alone
                probe("DELETE", "/api/me/notices/" + ID, null, Long.toString(notice), ghost, all),
                probe("GET", c + "/dossier?audience=PUBLIC&lang=en", null, hiddenCase, GHOST_CASE, notAdmin),
                probe("POST", c + "/wgeid", "{\"lang\":\"en\",\"organisation\":\"Org\",\"submitterName\":\"N\","
                        + "\"submitterContact\":\"x@example.org\",\"confidential\":false}", hiddenCase, GHOST_CASE, notAdmin),
                // a person known only from the restricted case
                probe("GET", p, null, hiddenPerson, ghost, notAdmin),
                probe("PUT", p, "{\"nameArabic\":\"اسم جديد\",\"version\":0}", hiddenPerson, ghost, notAdmin),
                probe("GET", p + "/duplicates", null, hiddenPerson, ghost, notAdmin),
                probe("GET", p + "/history", null, hiddenPerson, ghost, notAdmin),
                probe("POST", p + "/withdrawal", "{\"reason\":\"make them vanish\"}", hiddenPerson, ghost, notAdmin),
                probe("POST", p + "/merge", "{\"into\":" + ownPerson + ",\"version\":0}", hiddenPerson, ghost, notAdmin),
                probe("POST", "/api/persons/" + ownPerson + "/merge", "{\"into\":" + ID + ",\"version\":0}", hiddenPerson, ghost, notAdmin),
                // linking it into a case of one's own
                probe("POST", "/api/cases", CaseIT.caseBody("Link").add("parties", Json.createArrayBuilder()
                        .add(Api.object().add("role", "VICTIM").add("personId", 1))).build().toString().replace(":1}", ":" + ID + "}"), hiddenPerson, ghost, notAdmin),
                probe("POST", "/api/cases/" + ownCase + "/contacts", contact(ID), hiddenPerson, ghost, notAdmin),
                probe("POST", "/api/cases/" + ownCase + "/proceedings", Api.object().add("court", "x").add("suspects",
                        Json.createArrayBuilder().add(Api.object().add("personId", 1))).build().toString().replace(":1}", ":" + ID + "}"), hiddenPerson, ghost, notAdmin),
                // an evidence item of the restricted case
                probe("GET", e, null, Long.toString(item), ghost, notAdmin),
                probe("GET", e + "/content", null, Long.toString(item), ghost, notAdmin),
                probe("PUT", e + "/provenance", "{\"description\":\"x\",\"version\":0}", Long.toString(item), ghost, notAdmin),
                probe("PUT", e + "/shareable", "{\"shareable\":true}", Long.toString(item), ghost, notAdmin),
                probe("GET", e + "/custody", null, Long.toString(item), ghost, notAdmin),
                probe("POST", e + "/custody", "{\"action\":\"TRANSFER\",\"details\":\"x\"}", Long.toString(item), ghost, notAdmin),
                probe("GET", e + "/verification", null, Long.toString(item), ghost, notAdmin),
                probe("POST", e + "/verification", "{\"status\":\"UNDER_REVIEW\"}", Long.toString(item), ghost, notAdmin),
                probe("POST", "/api/cases/" + ownCase + "/evidence?name=copy.txt&derivedFrom=" + ID, "derived",
                        Long.toString(item), ghost, notAdmin),
                probe("POST", "/api/proceedings/" + ownProceeding + "/events", event(ID), Long.toString(item), ghost, notAdmin),
                // its proceeding, hearing and event
                probe("GET", pr, null, Long.toString(proceeding), ghost, notAdmin),
                // pulling its proceeding into one's own case, or unlinking it from there
                probe("PUT", "/api/cases/" + ownCase + "/proceedings/" + ID, null, Long.toString(proceeding), ghost, notAdmin),
                probe("DELETE", "/api/cases/" + ownCase + "/proceedings/" + ID, null, Long.toString(proceeding), ghost, notAdmin),
                probe("PUT", pr, "{\"court\":\"x\",\"version\":0}", Long.toString(proceeding), ghost, notAdmin),
                probe("GET", pr + "/history", null, Long.toString(proceeding), ghost, notAdmin),
                probe("POST", pr + "/events", event(null), Long.toString(proceeding), ghost, notAdmin),
                probe("GET", pr + "/hearings", null, Long.toString(proceeding), ghost, notAdmin),
                probe("POST", pr + "/hearings", Api.object().add("startsAt", Instant.now().plusSeconds(90_000).toString()).build().toString(),
                        Long.toString(proceeding), ghost, notAdmin),
                probe("PUT", "/api/proceedings/" + proceeding + "/events/" + ID, event(null), Long.toString(event), ghost, notAdmin),
                probe("PUT", "/api/hearings/" + ID, Api.object().add("startsAt", Instant.now().plusSeconds(90_000).toString())
                        .add("version", 0).build().toString(), Long.toString(hearing), ghost, notAdmin),
                // its measure outside the courts, through its case and named through the outsider's own case
                probe("PUT", "/api/cases/" + hiddenCase + "/measures/" + ID, measureBody, Long.toString(measure), ghost, notAdmin),
                probe("GET", "/api/cases/" + hiddenCase + "/measures/" + ID + "/history", null, Long.toString(measure), ghost, notAdmin),
                probe("PUT", "/api/cases/" + ownCase + "/measures/" + ID, measureBody, Long.toString(measure), ghost, notAdmin),
                probe("GET", "/api/cases/" + ownCase + "/measures/" + ID + "/history", null, Long.toString(measure), ghost, notAdmin),
                // import uploads and jobs, report jobs: their owner's alone
                probe("GET", "/api/imports/uploads/" + ID, null, upload, GHOST_JOB, all),
                probe("POST", "/api/imports/uploads/" + ID + "/dry-run", mapping, upload, GHOST_JOB, all),
                probe("POST", "/api/imports/uploads/" + ID + "/import", mapping, upload, GHOST_JOB, all),
                probe("GET", "/api/imports/jobs/" + ID, null, importJob, GHOST_JOB, all),
                probe("GET", "/api/reports/jobs/" + ID, null, reportJob, GHOST_JOB, all),
                probe("GET", "/api/reports/jobs/" + ID + "/pdf", null, reportJob, GHOST_JOB, all)));
        // contacts, of the restricted and of the standard case: nobody off the team, administrators included
        for (long contact : List.of(hiddenContact, standardContact)) {
            String path = "/api/contacts/" + ID;
            String id = Long.toString(contact);
            probes.addAll(List.of(
                    probe("GET", path, null, id, ghost, all),
                    probe("PUT", path, contact(victim).replace("}", ",\"version\":0}"), id, ghost, all),
                    probe("POST", path + "/reveal", "{\"reason\":\"curious\"}", id, ghost, all),
                    probe("GET", path + "/consents", null, id, ghost, all),
                    probe("POST", path + "/consents", Api.object().add("consent", "UN_SUBMISSION").add("decision", "GIVEN")
                            .add("decidedOn", "2026-01-10").add("method", "WRITTEN").add("givenBy", "x").build().toString(), id, ghost, all),
                    probe("GET", path + "/communications", null, id, ghost, all),
                    probe("POST", path + "/communications", Api.object().add("occurredOn", "2026-01-11").add("channel", "PHONE")
                            .add("summary", "x").build().toString(), id, ghost, all)));
        }

        List<String> wrong = new ArrayList<>();
        for (Probe probe : probes) {
            for (String role : probe.roles()) {
                String token = outsiders.get(role);
                Api.Reply hidden = call(probe, probe.hidden(), token);
                Api.Reply absent = call(probe, probe.ghost(), token);
                String where = probe.method() + " " + probe.path() + " as " + role + ": ";
                if (hidden.status() < 400) {
                    wrong.add(where + "succeeded with " + hidden.status());
                }
                if (hidden.status() >= 500) {
                    wrong.add(where + hidden.status());
                }
                if (hidden.status() != absent.status()
                        || !normalised(hidden.body(), probe.hidden()).equals(normalised(absent.body(), probe.ghost()))) {
                    wrong.add(where + hidden.status() + " " + hidden.body() + " but for no such object " + absent.status() + " " + absent.body());
                }
                secrets.stream().filter(hidden.body()::contains).forEach(s -> wrong.add(where + "the reply carries '" + s + "'"));
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " leaks:\n" + String.join("\n", wrong));

        // The team still reaches all of it: proof that the probes name real objects.
        assertEquals(200, api.get("/api/cases/" + hiddenCase, ownerToken).status());
        assertEquals(200, api.get("/api/persons/" + victim, ownerToken).status());
        assertEquals(200, api.get("/api/contacts/" + hiddenContact, ownerToken).status());
        assertEquals(200, api.get("/api/proceedings/" + proceeding, lawyerToken).status());
        assertEquals(200, api.get("/api/cases/" + hiddenCase + "/measures/" + measure + "/history", lawyerToken).status());
        assertEquals(200, api.get("/api/evidence/" + item + "/custody", ownerToken).status());
        assertEquals(200, api.get("/api/imports/uploads/" + upload, ownerToken).status());
        assertEquals(200, api.get("/api/reports/jobs/" + reportJob, ownerToken).status());
        assertTrue(api.get("/api/cases/" + standardCase + "/join-requests", ownerToken).body().contains("\"id\":" + joinRequest));
        assertEquals(1, api.get("/api/me/notices", addedToken).array().size(), "the notice is still there");
    }

    private static Probe probe(String method, String path, String body, String hidden, String ghost, String roles) {
        return new Probe(method, path, body, hidden, ghost, Set.of(roles.split(" ")));
    }

    private String contact(long person) {
        return contact(Long.toString(person));
    }

    /** A contact for a person id, or for {@code ID} to fill in. */
    private String contact(String person) {
        return Api.object().add("personId", 1).add("reaches", "FAMILY").add("relationship", "MOTHER").add("riskLevel", "HIGH")
                .add("name", contactName).add("phones", Api.array("+9647701234567")).build().toString().replace("\"personId\":1,", "\"personId\":" + person + ",");
    }

    /** A legal event, resting on one evidence item (an id, or {@code ID} to fill in) or on none. */
    private static String event(String evidence) {
        return "{\"type\":\"COMPLAINT_FILED\",\"date\":{\"year\":2020},\"version\":0"
                + (evidence == null ? "" : ",\"evidence\":[" + evidence + "]") + "}";
    }

    private Api.Reply call(Probe probe, String id, String token) {
        HttpRequest.Builder request = api.builder(probe.pathFor(id), token);
        String body = probe.bodyFor(id);
        if (body != null) {
            request.header("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
        }
        request.method(probe.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return api.send(request.build());
    }

    /** The body with the id it was asked about, and anything that differs per request, replaced. */
    private static String normalised(String body, String id) {
        // Whole tokens only: a request id 4 must not turn "status":403 into something else.
        return body.replaceAll("(?<![0-9A-Za-z-])" + java.util.regex.Pattern.quote(id) + "(?![0-9A-Za-z])", "{id}").replaceAll("\"(timestamp|traceId|requestId)\"\\s*:\\s*\"[^\"]*\"", "\"$1\":\"…\"");
    }

    private static jakarta.json.JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static long id(Api.Reply reply) {
        assertTrue(reply.status() == 201 || reply.status() == 200, reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }
}
