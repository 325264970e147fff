package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case entered by mistake is withdrawn by its lead, with a reason: kept and audited, and from then on invisible on
 * every surface that showed it, to every role — the administrator included, who alone finds it in the list of
 * withdrawn cases. Each surface is first seen to show the case, so that its silence afterwards proves something.
 */
@ExtendWith(MizanServerExtension.class)
class WithdrawalIT {

    private final Api api;
    private final String marker = Long.toString(System.nanoTime(), 36);
    /** A year no other test records cases in, so that the indicators of that year are this test's case alone. */
    private final int year = 1901 + ThreadLocalRandom.current().nextInt(90);
    private final String locality = "Qaryat Tajriba " + marker;
    private final String court = "Mahkamat Sahb " + marker;

    WithdrawalIT(Api api) {
        this.api = api;
    }

    @Test
    void aWithdrawnCaseIsKeptAndAuditedButShownNowhere() throws Exception {
        String leadName = api.createUser("wd-lead", "INVESTIGATOR");
        String lead = api.token(leadName, Api.USER_PASSWORD);
        String colleagueName = api.createUser("wd-colleague", "INVESTIGATOR");
        String colleague = api.token(colleagueName, Api.USER_PASSWORD);
        String lawyerName = api.createUser("wd-lawyer", "LAWYER");
        String lawyer = api.token(lawyerName, Api.USER_PASSWORD);
        String advocate = api.newUserToken("wd-advocate", "ADVOCATE");
        String admin = api.adminToken();

        Map<String, String> everyone = new LinkedHashMap<>();
        everyone.put("lead investigator", lead);
        everyone.put("investigator on the team", colleague);
        everyone.put("lawyer on the team", lawyer);
        everyone.put("advocate", advocate);
        everyone.put("administrator", admin);
        String indicators = "/api/indicators/impunity?from=" + year + "-01-01&to=" + year + "-12-31";
        Map<String, String> countedWithout = new LinkedHashMap<>();
        everyone.forEach((who, token) -> countedWithout.put(who, api.get(indicators, token).body()));

        long victim = CaseIT.person(api, lead, "غضنفر المسحوب", "Ghadanfar al-Mashoub");
        Api.Reply created = api.post("/api/cases", lead, CaseIT.caseBody("Entered by mistake " + marker)
                .add("incidentDate", Api.object().add("year", year).add("month", 3))
                .add("locality", locality)
                .add("assignees", Api.array(leadName, colleagueName, lawyerName))
                .add("parties", Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", victim)))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        long contact = id(api.post("/api/cases/" + reference + "/contacts", lead, Api.object().add("personId", victim)
                .add("reaches", "FAMILY").add("relationship", "MOTHER").add("riskLevel", "HIGH").add("name", "أم غضنفر")
                .add("phones", Api.array("+9647701234567")).build().toString()));
        long item = id(api.send(api.builder("/api/cases/" + reference + "/evidence?name=note.txt", lead)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("testimony " + marker)).build()));
        long proceeding = id(api.post("/api/cases/" + reference + "/proceedings", lawyer,
                Api.object().add("court", court).build().toString()));
        id(api.post("/api/proceedings/" + proceeding + "/hearings", lawyer, Api.object()
                .add("startsAt", Instant.now().plusSeconds(86_400).toString()).add("court", court).build().toString()));
        Api.Reply feed = api.post("/api/me/calendar-feed", lawyer, "");
        assertEquals(201, feed.status(), feed.body());
        String feedUrl = feed.json().getString("url");


        // Every surface shows the case (or its person, evidence, contact, hearing) before.
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> reader : everyone.entrySet()) {
            for (String path : caseSurfaces(reference)) {
                Api.Reply reply = api.get(path, reader.getValue());
                // An advocate finds a case by a victim's name, or by a narrative naming people, only where the family
                // consented to naming them.
                boolean namedToAdvocate = !(reader.getValue().equals(advocate) && (path.contains("Ghadanfar") || path.contains(marker)));
                if (!reply.body().contains(reference) && !isAnExportRefused(path, reply) && namedToAdvocate) {
                    missing.add(reader.getKey() + " " + path + " " + reply.status());
                }
            }
        }
        for (String token : List.of(lead, lawyer)) {
            assertTrue(api.get("/api/persons?q=" + encode("Ghadanfar al-Mashoub"), token).body().contains("\"id\":" + victim + ","));
        }
        assertTrue(duplicates(lead).contains("\"id\":" + victim + ","));
        assertEquals(200, api.get("/api/evidence/" + item, lead).status());
        assertEquals(200, api.get("/api/contacts/" + contact, lead).status());
        assertTrue(calendar(feedUrl).contains(court), "the hearing is in the lawyer's calendar");
        assertNotEquals(countedWithout.get("lead investigator"), api.get(indicators, lead).body(), "the case is counted");
        PageSession pages = new PageSession(api);
        pages.signIn(lawyerName, Api.USER_PASSWORD);
        assertTrue(pages.get("/legal/dashboard.xhtml").body().contains(reference), "the case is on the lawyer's dashboard");
        assertTrue(missing.isEmpty(), "surfaces that did not show the case before its withdrawal: " + missing);

        // Who may not withdraw: 404 where the case is not theirs to see, 403 where it is; a reason is required.
        String outsider = api.newUserToken("wd-outsider", "INVESTIGATOR");
        assertProblem(api.post("/api/cases/" + reference + "/withdrawal", colleague, reason("not mine")), 403);
        assertProblem(api.post("/api/cases/" + reference + "/withdrawal", lawyer, reason("not mine")), 403);
        assertProblem(api.post("/api/cases/" + reference + "/withdrawal", advocate, reason("not mine")), 403);
        assertProblem(api.post("/api/cases/" + reference + "/withdrawal", lead, reason("  ")), 400);
        assertProblem(api.post("/api/cases/" + reference + "/withdrawal", lead, reason("x".repeat(501))), 400);
        assertProblem(api.post("/api/cases/" + reference + "/withdrawal", lead, "{}"), 400);
        assertProblem(api.post("/api/cases/MZN-1899-0001/withdrawal", outsider, reason("ghost")), 404);
        assertProblem(api.delete("/api/cases/" + reference, lead), 405);
        assertEquals(200, api.get("/api/cases/" + reference, lead).status(), "refusals change nothing");

        String why = "Entered twice by mistake: the same killing is " + marker;
        Api.Reply withdrawn = api.post("/api/cases/" + reference + "/withdrawal", lead, reason(why));
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals(why, withdrawn.json().getString("reason"));
        assertEquals(leadName, withdrawn.json().getString("withdrawnBy"));

        // Afterwards: nowhere, for nobody.
        List<String> shown = new ArrayList<>();
        for (Map.Entry<String, String> reader : everyone.entrySet()) {
            String who = reader.getKey();
            String token = reader.getValue();
            for (String path : caseSurfaces(reference)) {
                Api.Reply reply = api.get(path, token);
                if (reply.body().contains(reference) || reply.status() >= 500) {
                    shown.add(who + " " + path + " " + reply.status());
                }
            }
            // Each answers as for an object that never existed: 404, or the 403 of a door the role never passes.
            for (String path : List.of("/api/cases/" + reference, "/api/cases/" + reference + "/history",
                    "/api/cases/" + reference + "/evidence", "/api/cases/" + reference + "/contacts",
                    "/api/cases/" + reference + "/proceedings", "/api/cases/" + reference + "/impunity",
                    "/api/cases/" + reference + "/team", "/api/cases/" + reference + "/dossier?audience=UN&lang=en",
                    "/api/persons/" + victim, "/api/evidence/" + item, "/api/evidence/" + item + "/content",
                    "/api/contacts/" + contact, "/api/proceedings/" + proceeding)) {
                String ghost = path.replace(reference, "MZN-1899-0001").replaceAll("/(" + victim + "|" + item + "|" + contact + "|"
                        + proceeding + ")(?=/|$)", "/987654321");
                int status = api.get(path, token).status();
                int absent = api.get(ghost, token).status();
                if (status != absent || status != 404 && status != 403) {
                    shown.add(who + " " + path + " answered " + status + ", " + ghost + " " + absent);
                }
            }
            if (api.get("/api/persons?q=" + encode("Ghadanfar al-Mashoub"), token).body().contains("\"id\":" + victim + ",")) {
                shown.add(who + " person search");
            }
            if (!api.get(indicators, token).body().equals(countedWithout.get(who))) {
                shown.add(who + " impunity indicators");
            }
        }
        if (duplicates(lead).contains("\"id\":" + victim + ",")) {
            shown.add("duplicate check");
        }
        if (pages.get("/legal/dashboard.xhtml").body().contains(reference)) {
            shown.add("the lawyer's dashboard");
        }
        if (calendar(feedUrl).contains(court)) {
            shown.add("calendar feed");
        }
        assertTrue(shown.isEmpty(), "the withdrawn case still shows: " + shown);

        // Kept: the administrator's list names it, with who, when and why; nobody else has that list.
        Api.Reply list = api.get("/api/cases/withdrawn", admin);
        assertEquals(200, list.status(), list.body());
        JsonObject entry = list.array().stream().map(v -> v.asJsonObject()).filter(o -> o.getString("subject").equals(reference))
                .findFirst().orElseThrow(() -> new AssertionError(list.body()));
        assertEquals(why, entry.getString("reason"));
        assertEquals(leadName, entry.getString("withdrawnBy"));
        assertFalse(entry.isNull("withdrawnAt"));
        assertEquals(403, api.get("/api/cases/withdrawn", lead).status());

        // Audited with its reason, in the action's transaction.
        Api.Reply audited = api.get("/api/audit?user=" + leadName + "&action=CASE_WITHDRAW&outcome=SUCCESS", admin);
        assertEquals(1, audited.json().getInt("total"), audited.body());
        assertTrue(audited.body().contains(why) && audited.body().contains(reference), audited.body());

        // Its reference is never given again.
        Api.Reply next = api.post("/api/cases", lead, CaseIT.caseBody("The right one " + marker)
                .add("incidentDate", Api.object().add("year", year).add("month", 3)).build().toString());
        assertEquals(201, next.status(), next.body());
        assertNotEquals(reference, next.json().getString("reference"));
        assertEquals(404, api.post("/api/cases/" + reference + "/withdrawal", lead, reason("again")).status(),
                "a withdrawn case cannot be withdrawn again: it is not there");
    }

    @Test
    void aWithdrawnPersonLeavesTheirCasesAndEverySearchButIsKeptAndAudited() {
        String leadName = api.createUser("wdp-lead", "INVESTIGATOR");
        String lead = api.token(leadName, Api.USER_PASSWORD);
        String colleagueName = api.createUser("wdp-colleague", "INVESTIGATOR");
        String colleague = api.token(colleagueName, Api.USER_PASSWORD);
        String admin = api.adminToken();
        String latin = "Fadhil Mukarrar";
        long person = CaseIT.person(api, lead, "فاضل المكرر", latin);
        long kept = CaseIT.person(api, lead, "كريم الباقي", "Karim al-Baqi");
        Api.Reply created = api.post("/api/cases", lead, CaseIT.caseBody("Two victims " + marker)
                .add("incidentDate", Api.object().add("year", year).add("month", 5))
                .add("assignees", Api.array(leadName, colleagueName))
                .add("parties", Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", person))
                        .add(Api.object().add("role", "VICTIM").add("personId", kept)))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        String export = "/api/exports/cases.csv?audience=INTERNAL&from=" + year + "-05-01&to=" + year + "-05-31";
        assertTrue(api.get(export, lead).body().contains(latin), api.get(export, lead).body());
        assertTrue(api.get("/api/persons?q=" + encode(latin), lead).body().contains("\"id\":" + person + ","));

        String path = "/api/persons/" + person + "/withdrawal";
        assertProblem(api.post(path, colleague, reason("not my case to lead")), 403);
        assertProblem(api.post(path, lead, reason("")), 400);
        assertProblem(api.post("/api/persons/987654321/withdrawal", lead, reason("ghost")), 404);
        String why = "The same man as Karim, entered twice " + marker;
        Api.Reply withdrawn = api.post(path, lead, reason(why));
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals(why, withdrawn.json().getString("reason"));

        for (String token : List.of(lead, colleague, admin)) {
            assertEquals(404, api.get("/api/persons/" + person, token).status());
            assertFalse(api.get("/api/persons?q=" + encode(latin), token).body().contains("\"id\":" + person + ","));
        }
        assertFalse(duplicatesOf(lead, latin).contains("\"id\":" + person + ","), "no duplicate proposal");
        String read = api.get("/api/cases/" + reference, lead).body();
        assertFalse(read.contains("\"personId\":" + person + ",") || read.contains(latin), read);
        assertTrue(read.contains("\"personId\":" + kept), "the other victim stays: " + read);
        assertFalse(api.get(export, lead).body().contains(latin), "exports no longer name the person");
        assertTrue(api.get("/api/cases/" + reference + "/history", lead).body().contains(why), "the case's history says why");
        Api.Reply audited = api.get("/api/audit?user=" + leadName + "&action=PERSON_WITHDRAW&outcome=SUCCESS", admin);
        assertEquals(1, audited.json().getInt("total"), audited.body());
        assertTrue(audited.body().contains(why) && audited.body().contains(reference), audited.body());

        // A person a contact is recorded for is not withdrawn behind the contact's back.
        Api.Reply contact = api.post("/api/cases/" + reference + "/contacts", lead, Api.object().add("personId", kept)
                .add("reaches", "FAMILY").add("relationship", "BROTHER").add("riskLevel", "LOW").add("name", "أخو كريم")
                .add("phones", Api.array("+9647701234568")).build().toString());
        assertEquals(201, contact.status(), contact.body());
        assertProblem(api.post("/api/persons/" + kept + "/withdrawal", lead, reason("by mistake")), 409);
    }

    /** Lists, searches (by year, name, narrative, reference, locality) and exports that name the case while it is live. */
    private List<String> caseSurfaces(String reference) {
        String name = encode("Ghadanfar al-Mashoub");
        String year = "from=" + this.year + "-01-01&to=" + this.year + "-12-31";
        return List.of("/api/cases?" + year, "/api/cases?q=" + name, "/api/cases?q=" + encode("mistake " + marker),
                "/api/cases?q=" + encode(reference),
                "/api/cases?q=" + encode(locality), "/api/cases?locality=" + encode(locality),
                "/api/exports/cases.csv?audience=UN&" + year, "/api/exports/cases.json?audience=UN&" + year);
    }

    /** A role may not be allowed an export at all: that is no silence about the case. */
    private static boolean isAnExportRefused(String path, Api.Reply reply) {
        return path.startsWith("/api/exports") && reply.status() == 403;
    }

    private String duplicates(String token) {
        return duplicatesOf(token, "Ghadanfar al-Mashoub");
    }

    private String duplicatesOf(String token, String latin) {
        Api.Reply reply = api.post("/api/persons/duplicates", token, Api.object().add("nameLatin", latin).build().toString());
        assertEquals(200, reply.status(), reply.body());
        return reply.body();
    }

    private String calendar(String url) {
        Api.Reply reply = api.send(HttpRequest.newBuilder(URI.create(url)).GET().build());
        assertEquals(200, reply.status(), reply.body());
        return reply.body();
    }

    private static String reason(String text) {
        return Api.object().add("reason", text).build().toString();
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType() + " " + reply.body());
    }

    private static long id(Api.Reply reply) {
        assertTrue(reply.status() == 201 || reply.status() == 200, reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
