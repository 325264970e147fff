package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every REST endpoint against every role (and no token): a role that may not call it gets 403, a
 * caller without a token 401, and a role that may call it gets past the door (whatever the request
 * then deserves). New endpoints belong in this table: it must hold exactly the operations of the OpenAPI document.
 */
@ExtendWith(MizanServerExtension.class)
class EndpointRolesIT {

    private static final String ALL = "ADMIN INVESTIGATOR LAWYER ADVOCATE";

    private record Endpoint(String method, String path, String body, Set<String> roles) {
    }

    @Test
    void everyEndpointAdmitsExactlyItsRoles(Api api) {
        String investigatorName = api.createUser("matrix", "INVESTIGATOR");
        String investigator = api.token(investigatorName, Api.USER_PASSWORD);
        Map<String, String> users = new LinkedHashMap<>();
        for (String role : ALL.split(" ")) {
            users.put(role, api.createUser("role-" + role.toLowerCase(), role));
        }
        long person = CaseIT.person(api, investigator, "عباس فاضل", null);
        // The investigator of the table leads the case and the lawyer is on its team, so that contacts and the team
        // show only the door.
        String reference = api.post("/api/cases", api.token(users.get("INVESTIGATOR"), Api.USER_PASSWORD), CaseIT.caseBody("matrix")
                .add("assignees", Api.array(investigatorName, users.get("LAWYER")))
                .add("parties", jakarta.json.Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", person)))
                .build().toString()).json().getString("reference");
        long contact = api.post("/api/cases/" + reference + "/contacts", api.token(users.get("INVESTIGATOR"), Api.USER_PASSWORD),
                Api.object().add("personId", person).add("reaches", "FAMILY").add("relationship", "FATHER").add("riskLevel", "LOW")
                        .add("name", "أبو عباس").build().toString()).json().getJsonNumber("id").longValue();
        String contactPath = "/api/contacts/" + contact;
        long proceeding = api.post("/api/cases/" + reference + "/proceedings", api.token(users.get("LAWYER"), Api.USER_PASSWORD),
                Api.object().add("court", "محكمة جنايات الكرخ").build().toString()).json().getJsonNumber("id").longValue();
        long hearing = api.post("/api/proceedings/" + proceeding + "/hearings", api.token(users.get("LAWYER"), Api.USER_PASSWORD),
                Api.object().add("startsAt", java.time.Instant.now().plusSeconds(86_400).toString()).build().toString())
                .json().getJsonNumber("id").longValue();
        long event = api.post("/api/proceedings/" + proceeding + "/events", api.token(users.get("LAWYER"), Api.USER_PASSWORD),
                Api.object().add("type", "COMPLAINT_FILED").add("date", Api.object().add("year", 2020)).build().toString())
                .json().getJsonArray("events").getJsonObject(0).getJsonNumber("id").longValue();
        long measure = api.post("/api/cases/" + reference + "/measures", api.token(users.get("LAWYER"), Api.USER_PASSWORD),
                Api.object().add("kind", "DISMISSAL").add("date", Api.object().add("year", 2020)).add("authority", "وزارة الداخلية")
                        .build().toString()).json().getJsonNumber("id").longValue();
        long other = CaseIT.person(api, investigator, "عباس فاضل علي", null);
        String someone = api.createUser("target", "LAWYER");
        long item = api.send(api.builder("/api/cases/" + reference + "/evidence?name=matrix.txt", investigator)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("matrix evidence")).build())
                .json().getJsonNumber("id").longValue();
        // Shareable, so that advocates get past the item's own rule too and the table shows only the door.
        api.put("/api/evidence/" + item + "/shareable", investigator, "{\"shareable\":true}");
        String evidence = "/api/evidence/" + item;

        List<Endpoint> endpoints = List.of(
                new Endpoint("GET", "/api/me", null, roles(ALL)),
                new Endpoint("PUT", "/api/me/password", "{}", roles(ALL)),
                new Endpoint("GET", "/api/me/second-factor", null, roles(ALL)),
                new Endpoint("POST", "/api/me/second-factor", null, roles(ALL)),
                new Endpoint("PUT", "/api/me/second-factor", "{}", roles(ALL)),
                new Endpoint("GET", "/api/me/sessions", null, roles(ALL)),
                new Endpoint("GET", "/api/users", null, roles("ADMIN")),
                new Endpoint("POST", "/api/users", "{}", roles("ADMIN")),
                new Endpoint("GET", "/api/users/" + someone, null, roles("ADMIN")),
                new Endpoint("PUT", "/api/users/" + someone, "{}", roles("ADMIN")),
                new Endpoint("PUT", "/api/users/" + someone + "/password", "{}", roles("ADMIN")),
                new Endpoint("DELETE", "/api/users/" + someone + "/tokens", null, roles("ADMIN")),
                new Endpoint("DELETE", "/api/users/" + someone + "/second-factor", null, roles("ADMIN")),
                new Endpoint("GET", "/api/audit", null, roles("ADMIN")),
                new Endpoint("GET", "/api/audit/verify", null, roles("ADMIN")),
                new Endpoint("GET", "/api/cases", null, roles(ALL)),
                new Endpoint("GET", "/api/cases/localities?q=Tahrir", null, roles(ALL)),
                new Endpoint("POST", "/api/cases", "{}", roles("INVESTIGATOR")),
                new Endpoint("GET", "/api/cases/" + reference, null, roles(ALL)),
                new Endpoint("PUT", "/api/cases/" + reference, "{}", roles("INVESTIGATOR")),
                new Endpoint("GET", "/api/cases/" + reference + "/history", null, roles(ALL)),
                new Endpoint("GET", "/api/cases/" + reference + "/team", null, roles("INVESTIGATOR LAWYER ADMIN")),
                // Without a reason: 400 for the lead and administrators, past the door.
                new Endpoint("PUT", "/api/cases/" + reference + "/team", "{}", roles("INVESTIGATOR ADMIN")),
                new Endpoint("PUT", "/api/cases/" + reference + "/lead", "{}", roles("ADMIN")),
                // Without a reason: 400 for the lead and administrators, past the door (as the team).
                new Endpoint("POST", "/api/cases/" + reference + "/withdrawal", "{}", roles("INVESTIGATOR ADMIN")),
                new Endpoint("GET", "/api/cases/withdrawn", null, roles("ADMIN")),
                new Endpoint("POST", "/api/cases/" + reference + "/join-requests", "{}", roles("INVESTIGATOR LAWYER")),
                new Endpoint("GET", "/api/cases/" + reference + "/join-requests", null, roles("INVESTIGATOR LAWYER ADMIN")),
                // Nobody's request: 404 (or 400 for the missing decision) for every role allowed in.
                new Endpoint("PUT", "/api/cases/" + reference + "/join-requests/0", "{}", roles("INVESTIGATOR ADMIN")),
                new Endpoint("GET", "/api/me/join-requests", null, roles("INVESTIGATOR ADMIN")),
                new Endpoint("GET", "/api/me/notices", null, roles(ALL)),
                new Endpoint("DELETE", "/api/me/notices/0", null, roles(ALL)),
                new Endpoint("GET", "/api/persons?q=abbas", null, roles(ALL)),
                new Endpoint("POST", "/api/persons", "{}", roles("INVESTIGATOR")),
                new Endpoint("POST", "/api/persons/duplicates", "{}", roles("INVESTIGATOR")),
                new Endpoint("GET", "/api/persons/" + person, null, roles(ALL)),
                new Endpoint("PUT", "/api/persons/" + person, "{}", roles("INVESTIGATOR")),
                new Endpoint("GET", "/api/persons/" + person + "/duplicates", null, roles(ALL)),
                new Endpoint("POST", "/api/persons/" + other + "/merge", "{}", roles("INVESTIGATOR")),
                new Endpoint("GET", "/api/persons/" + person + "/history", null, roles(ALL)),
                new Endpoint("POST", "/api/persons/" + person + "/withdrawal", "{}", roles("INVESTIGATOR ADMIN")),
                new Endpoint("GET", "/api/persons/" + person + "/relatives", null, roles(ALL)),
                // Without a kinship: 400 for investigators, past the door.
                new Endpoint("PUT", "/api/persons/" + person + "/relatives/" + other, "{}", roles("INVESTIGATOR")),
                new Endpoint("DELETE", "/api/persons/" + person + "/relatives/" + other, null, roles("INVESTIGATOR")),
                new Endpoint("GET", "/api/reference/governorates", null, roles(ALL)),
                new Endpoint("GET", "/api/reference/violation-types", null, roles(ALL)),
                new Endpoint("GET", "/api/cases/" + reference + "/evidence", null, roles(ALL)),
                new Endpoint("POST", "/api/cases/" + reference + "/evidence", "{}", roles("INVESTIGATOR")),
                new Endpoint("GET", evidence, null, roles(ALL)),
                new Endpoint("GET", evidence + "/content", null, roles(ALL)),
                new Endpoint("PUT", evidence + "/provenance", "{}", roles("INVESTIGATOR")),
                new Endpoint("PUT", evidence + "/shareable", "{}", roles("INVESTIGATOR")),
                new Endpoint("GET", evidence + "/custody", null, roles(ALL)),
                new Endpoint("POST", evidence + "/custody", "{}", roles("INVESTIGATOR LAWYER")),
                new Endpoint("GET", evidence + "/verification", null, roles(ALL)),
                new Endpoint("POST", evidence + "/verification", "{}", roles("INVESTIGATOR")),
                new Endpoint("POST", evidence + "/rehash", null, roles("ADMIN")),
                new Endpoint("POST", "/api/evidence/rehash", null, roles("ADMIN")),
                new Endpoint("POST", "/api/evidence/sweep", null, roles("ADMIN")),
                new Endpoint("GET", "/api/cases/" + reference + "/contacts", null, roles("INVESTIGATOR LAWYER")),
                new Endpoint("POST", "/api/cases/" + reference + "/contacts", "{}", roles("INVESTIGATOR")),
                new Endpoint("GET", contactPath, null, roles("INVESTIGATOR LAWYER")),
                new Endpoint("PUT", contactPath, "{}", roles("INVESTIGATOR")),
                new Endpoint("POST", contactPath + "/reveal", "{}", roles("INVESTIGATOR LAWYER")),
                new Endpoint("GET", contactPath + "/consents", null, roles("INVESTIGATOR LAWYER")),
                new Endpoint("POST", contactPath + "/consents", "{}", roles("INVESTIGATOR LAWYER")),
                new Endpoint("GET", contactPath + "/communications", null, roles("INVESTIGATOR LAWYER")),
                new Endpoint("POST", contactPath + "/communications", "{}", roles("INVESTIGATOR LAWYER")),
                new Endpoint("GET", "/api/cases/" + reference + "/proceedings", null, roles(ALL)),
                new Endpoint("POST", "/api/cases/" + reference + "/proceedings", "{}", roles("INVESTIGATOR LAWYER")),
                // Linked to its own case already: nothing changes; unlinking its only case is the 409 that keeps it.
                new Endpoint("PUT", "/api/cases/" + reference + "/proceedings/" + proceeding, null, roles("INVESTIGATOR LAWYER ADMIN")),
                new Endpoint("DELETE", "/api/cases/" + reference + "/proceedings/" + proceeding, null, roles("INVESTIGATOR LAWYER ADMIN")),
                new Endpoint("GET", "/api/proceedings/" + proceeding, null, roles(ALL)),
                new Endpoint("POST", "/api/proceedings/" + proceeding + "/events", "{}", roles("INVESTIGATOR LAWYER")),
                new Endpoint("GET", "/api/proceedings/" + proceeding + "/hearings", null, roles(ALL)),
                new Endpoint("POST", "/api/proceedings/" + proceeding + "/hearings", "{}", roles("INVESTIGATOR LAWYER")),
                new Endpoint("PUT", "/api/proceedings/" + proceeding, "{}", roles("INVESTIGATOR LAWYER")),
                new Endpoint("GET", "/api/proceedings/" + proceeding + "/history", null, roles(ALL)),
                new Endpoint("PUT", "/api/proceedings/" + proceeding + "/events/" + event, "{}", roles("INVESTIGATOR LAWYER")),
                new Endpoint("GET", "/api/cases/" + reference + "/measures", null, roles(ALL)),
                new Endpoint("POST", "/api/cases/" + reference + "/measures", "{}", roles("INVESTIGATOR LAWYER")),
                new Endpoint("PUT", "/api/cases/" + reference + "/measures/" + measure, "{}", roles("INVESTIGATOR LAWYER")),
                new Endpoint("GET", "/api/cases/" + reference + "/measures/" + measure + "/history", null, roles(ALL)),
                new Endpoint("GET", "/api/cases/" + reference + "/impunity", null, roles(ALL)),
                // The memorial's approvals: the team reads them, the lead (an investigator) or an administrator writes them.
                new Endpoint("GET", "/api/cases/" + reference + "/public-texts", null, roles("INVESTIGATOR LAWYER ADMIN")),
                new Endpoint("PUT", "/api/cases/" + reference + "/public-texts/" + person + "/en", "{}", roles("INVESTIGATOR ADMIN")),
                new Endpoint("POST", "/api/cases/" + reference + "/public-texts/" + person + "/en/approval", null,
                        roles("INVESTIGATOR ADMIN")),
                new Endpoint("GET", "/api/cases/" + reference + "/public-photos", null, roles("INVESTIGATOR LAWYER ADMIN")),
                new Endpoint("PUT", "/api/cases/" + reference + "/public-photos/" + item, "{}", roles("INVESTIGATOR ADMIN")),
                new Endpoint("DELETE", "/api/cases/" + reference + "/public-photos/" + item, null, roles("INVESTIGATOR ADMIN")),
                new Endpoint("GET", "/api/publications", null, roles("ADMIN ADVOCATE")),
                new Endpoint("GET", "/api/publications/preview", null, roles("ADMIN ADVOCATE")),
                new Endpoint("POST", "/api/publications", null, roles("ADMIN ADVOCATE")),
                new Endpoint("GET", "/api/publications/MZP-0000-0000-0000/site.zip", null, roles("ADMIN ADVOCATE")),
                new Endpoint("GET", "/api/indicators/impunity", null, roles(ALL)),
                new Endpoint("GET", "/api/cases/" + reference + "/dossier?audience=PUBLIC&lang=en", null, roles(ALL)),
                // The team's investigator and lawyer get past the door to the 400 that names the missing items.
                new Endpoint("POST", "/api/cases/" + reference + "/evidence-packages", "{}", roles("INVESTIGATOR LAWYER")),
                new Endpoint("POST", "/api/reports/verify", "{}", roles(ALL)),
                // Not a zip: a 400 for every role allowed in.
                new Endpoint("POST", "/api/evidence-packages/verify", "{}", roles(ALL)),
                // Without an audience: a 400 naming it for every role allowed in, so no report is generated here.
                new Endpoint("POST", "/api/reports/periodic", "{}", roles(ALL)),
                // Nobody's job: 404 for every role allowed in.
                new Endpoint("GET", "/api/reports/jobs/0123456789abcdef", null, roles(ALL)),
                new Endpoint("GET", "/api/reports/jobs/0123456789abcdef/pdf", null, roles(ALL)),
                // Not a disappearance: every allowed role gets past the door to the 422 that names what is missing.
                new Endpoint("POST", "/api/cases/" + reference + "/wgeid", "{\"lang\":\"en\",\"organisation\":\"Org\","
                        + "\"submitterName\":\"Name\",\"submitterContact\":\"x@example.org\",\"confidential\":false}", roles(ALL)),
                new Endpoint("GET", "/api/exports/cases.csv?audience=PUBLIC", null, roles(ALL)),
                new Endpoint("GET", "/api/exports/cases.json?audience=PUBLIC", null, roles(ALL)),
                new Endpoint("GET", "/api/me/calendar-feed", null, roles("LAWYER")),
                new Endpoint("POST", "/api/me/calendar-feed", null, roles("LAWYER")),
                new Endpoint("DELETE", "/api/me/calendar-feed", null, roles("LAWYER")),
                new Endpoint("GET", "/api/hearings", null, roles("INVESTIGATOR LAWYER")),
                new Endpoint("PUT", "/api/hearings/" + hearing, "{}", roles("INVESTIGATOR LAWYER")),
                // A one-column CSV whose header is "{}": stored and previewed (201) for an investigator.
                new Endpoint("POST", "/api/imports/uploads?name=x.csv", "{}", roles("INVESTIGATOR")),
                // Nobody's upload, job or batch: 404 for every role allowed in; a body without a mapping: 400.
                new Endpoint("GET", "/api/imports/uploads/0123456789abcdef", null, roles("INVESTIGATOR")),
                new Endpoint("POST", "/api/imports/uploads/0123456789abcdef/dry-run", "{}", roles("INVESTIGATOR")),
                new Endpoint("POST", "/api/imports/uploads/0123456789abcdef/import", "{}", roles("INVESTIGATOR")),
                new Endpoint("GET", "/api/imports/jobs/0123456789abcdef", null, roles("INVESTIGATOR")),
                new Endpoint("GET", "/api/imports/batches", null, roles("INVESTIGATOR ADMIN")),
                new Endpoint("POST", "/api/imports/batches/0/rollback", null, roles("ADMIN")),
                new Endpoint("GET", "/api/imports/mappings", null, roles("INVESTIGATOR")),
                new Endpoint("PUT", "/api/imports/mappings/roles-check", "{}", roles("INVESTIGATOR")),
                // Ends the caller's other sessions and tokens; the one it is called with goes on.
                new Endpoint("DELETE", "/api/me/sessions", null, roles(ALL)),
                // Last: it revokes the token it is called with.
                new Endpoint("DELETE", "/api/auth/token", null, roles(ALL)));

        Map<String, String> tokens = new LinkedHashMap<>();
        users.forEach((role, username) -> tokens.put(role, api.token(username, Api.USER_PASSWORD)));
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            int anonymous = call(api, endpoint, null);
            if (anonymous != 401) {
                wrong.add(endpoint.method() + " " + endpoint.path() + " without token: " + anonymous);
            }
            for (Map.Entry<String, String> role : tokens.entrySet()) {
                int status = call(api, endpoint, role.getValue());
                boolean allowed = endpoint.roles().contains(role.getKey());
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + role.getKey() + ": " + status);
                }
            }
        }
        // The calendar feed needs no sign-in: its token is the credential. A wrong one is 404 for everyone, signed in or not.
        Endpoint feed = new Endpoint("GET", "/api/calendar/not-a-feed-token-at-all.ics", null, roles(ALL));
        // Signing in needs no token either: credentials that name nobody are a 400 for everyone.
        Endpoint signIn = new Endpoint("POST", "/api/auth/token", "{}", roles(ALL));
        tokens.put("no token", null);
        for (Map.Entry<Endpoint, Integer> open : Map.of(feed, 404, signIn, 400).entrySet()) {
            tokens.forEach((role, token) -> {
                int status = call(api, open.getKey(), token);
                if (status != open.getValue()) {
                    wrong.add(open.getKey().method() + " " + open.getKey().path() + " as " + role + ": " + status);
                }
            });
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        java.util.Set<String> tested = java.util.stream.Stream.concat(endpoints.stream(), java.util.stream.Stream.of(feed, signIn))
                .map(e -> e.method() + " " + template(e.path().replaceAll("\\?.*", ""))).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        java.util.Set<String> documented = openApiOperations(api);
        java.util.Set<String> untested = new java.util.TreeSet<>(documented);
        untested.removeAll(tested);
        java.util.Set<String> undocumented = new java.util.TreeSet<>(tested);
        undocumented.removeAll(documented);
        assertEquals("", (untested.isEmpty() ? "" : "documented, not in the table: " + untested)
                + (undocumented.isEmpty() ? "" : " in the table, not documented: " + undocumented));
    }

    /** Every (method, path) pair of the served document, as "GET /api/cases/{reference}". */
    private static java.util.Set<String> openApiOperations(Api api) {
        var paths = api.send(api.builder("/openapi", null).header("Accept", "application/json").GET().build()).json().getJsonObject("paths");
        java.util.Set<String> operations = new java.util.TreeSet<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(method -> Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method))
                .forEach(method -> operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path)));
        return operations;
    }

    /** The OpenAPI path template of a concrete path. */
    private static String template(String path) {
        return path.replaceAll("/api/users/[^/]+", "/api/users/{username}").replaceAll("/api/cases/MZN-[^/]+", "/api/cases/{reference}")
                .replaceAll("(/api/cases/\\{reference}/proceedings)/\\d+", "$1/{id}")
                .replaceAll("/api/persons/\\d+", "/api/persons/{id}").replaceAll("/api/evidence/\\d+", "/api/evidence/{id}")
                .replaceAll("/api/contacts/\\d+", "/api/contacts/{id}").replaceAll("/api/proceedings/\\d+", "/api/proceedings/{id}")
                .replaceAll("/api/hearings/\\d+", "/api/hearings/{id}").replaceAll("/events/\\d+", "/events/{eventId}")
                .replaceAll("/join-requests/\\d+", "/join-requests/{id}").replaceAll("/relatives/\\d+", "/relatives/{relativeId}")
                .replaceAll("/measures/\\d+", "/measures/{id}").replaceAll("/public-texts/\\d+/en", "/public-texts/{personId}/{language}")
                .replaceAll("/public-photos/\\d+", "/public-photos/{evidenceId}").replaceAll("/api/publications/MZP-[^/]+/", "/api/publications/{id}/").replaceAll("/api/me/notices/\\d+", "/api/me/notices/{id}")
                .replaceAll("/api/calendar/[^/]+\\.ics", "/api/calendar/{token}.ics")
                .replaceAll("/api/reports/jobs/[^/]+", "/api/reports/jobs/{id}")
                .replaceAll("/api/imports/(uploads|jobs)/[0-9a-f]{16,}", "/api/imports/$1/{id}")
                .replaceAll("/api/imports/batches/\\d+", "/api/imports/batches/{id}")
                .replaceAll("/api/imports/mappings/[^/]+", "/api/imports/mappings/{name}");
    }

    private static Set<String> roles(String names) {
        return Set.of(names.split(" "));
    }

    private static int call(Api api, Endpoint endpoint, String token) {
        HttpRequest.Builder request = api.builder(endpoint.path(), token);
        if (endpoint.body() != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(endpoint.method(), endpoint.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(endpoint.body()));
        return api.send(request.build()).status();
    }
}
