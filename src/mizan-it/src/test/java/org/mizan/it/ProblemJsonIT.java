package org.mizan.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad requests get a clear application/problem+json answer, never a stack trace, never a 500. */
@ExtendWith(MizanServerExtension.class)
class ProblemJsonIT {

    private final Api api;

    ProblemJsonIT(Api api) {
        this.api = api;
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(api.post("/api/users", api.adminToken(), "{\"username\": \"x\", "), 400);
        assertProblem(api.post("/api/auth/token", null, "not json at all"), 400);
        assertProblem(api.put("/api/users/admin", api.adminToken(), "{\"version\": \"not a number\"}"), 400);
    }

    @Test
    void oversizedBodyIs413WhetherAnnouncedOrStreamed() {
        byte[] big = new byte[2 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        String json = "{\"username\":\"" + new String(big) + "\"}";
        assertProblem(api.post("/api/users", api.adminToken(), json), 413);

        HttpRequest chunked = api.builder("/api/users", api.adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json.getBytes()))).build();
        assertProblem(api.send(chunked), 413);
    }

    /** A report to verify is a whole PDF: it has its own, larger limit (mizan.reports.verify-max-bytes), announced or streamed. */
    @Test
    void aReportToVerifyMayBeLargerThanOtherBodies() {
        byte[] pdf = new byte[2 * 1024 * 1024];
        Arrays.fill(pdf, (byte) ' ');
        System.arraycopy("%PDF-1.4\n%".getBytes(), 0, pdf, 0, 10);
        Api.Reply announced = api.send(api.builder("/api/reports/verify", api.adminToken()).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build());
        assertEquals(200, announced.status(), announced.body());
        assertEquals("UNKNOWN", announced.json().getString("result"));

        Api.Reply streamed = api.send(api.builder("/api/reports/verify", api.adminToken()).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(pdf))).build());
        assertEquals(200, streamed.status(), streamed.body());
    }

    @Test
    void wrongMediaTypeIs415AndUnknownPathIs404() {
        HttpRequest xml = api.builder("/api/users", api.adminToken()).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<user/>")).build();
        assertProblem(api.send(xml), 415);
        assertProblem(api.get("/api/no-such-thing", api.adminToken()), 404);
        assertProblem(api.get("/api/users/no-such-user", api.adminToken()), 404);
    }

    /** A body with several codes the API does not know is refused once, naming each of them, not one per attempt. */
    @Test
    void everyUnknownCodeOfABodyIsNamedInOneAnswer() {
        String investigator = api.newUserToken("codes", "INVESTIGATOR");
        JsonObject person = assertProblem(api.post("/api/persons", investigator, Api.object().add("kind", "ALIEN")
                .add("gender", "X").add("occupation", "WIZARD").add("nameLatin", "Someone").build().toString()), 400);
        assertEquals(Set.of("kind", "gender", "occupation"), person.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet()), person.toString());
    }

    @Test
    void invalidFieldsAreNamed() {
        Api.Reply reply = api.post("/api/users", api.adminToken(),
                "{\"username\":\"Bad Name!\",\"displayName\":\"\",\"password\":\"short\",\"roles\":[]}");
        JsonObject problem = assertProblem(reply, 400);
        Set<String> fields = problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("username", "displayName", "password", "roles"), fields);

        JsonObject unknownRole = assertProblem(api.post("/api/users", api.adminToken(),
                "{\"username\":\"valid.name\",\"displayName\":\"V\",\"password\":\"long enough password\",\"roles\":[\"KING\"]}"), 400);
        assertEquals("roles", unknownRole.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(api.post("/api/users", api.adminToken(), ""), 400);
    }

    @Test
    void aTakenUsernameIs409() {
        String user = api.createUser("twice", "LAWYER");
        assertProblem(api.post("/api/users", api.adminToken(), Api.object().add("username", user)
                .add("displayName", "Again").add("password", Api.USER_PASSWORD).add("roles", Api.array("LAWYER"))
                .build().toString()), 409);
    }

    @Test
    void problemsSpeakTheClientsLanguage() {
        HttpRequest arabic = api.builder("/api/me", null).header("Accept-Language", "ar").GET().build();
        JsonObject problem = assertProblem(api.send(arabic), 401);
        assertTrue(problem.getString("title").chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC),
                problem.toString());
    }

    private static JsonObject assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType() != null && reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), "no stack trace: " + reply.body());
        return problem;
    }
}
