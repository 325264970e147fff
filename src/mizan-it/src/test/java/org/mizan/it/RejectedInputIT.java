package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs an attacker sends to break the server (NUL, nulls in arrays, numbers and text
 * beyond the columns, malformed headers, forged view states) are refused as client errors, in problem+json
 * for the API and with an error page for pages, and none of them writes a stack trace into the log.
 */
@ExtendWith(MizanServerExtension.class)
class RejectedInputIT {

    private final Api api;
    private final String investigator;
    private final Path log;

    RejectedInputIT(Api api) {
        this.api = api;
        this.investigator = api.newUserToken("rejinv", "INVESTIGATOR");
        this.log = api.server().work().resolve("payara.log");
    }

    @Test
    void aMalformedAcceptLanguageIsNotAServerError() {
        assertNoStackTraceWhile(() -> {
            Api.Reply api401 = api.send(api.builder("/api/me", null).header("Accept-Language", "ar;q=abc").GET().build());
            assertProblem(api401, 400);
            Api.Reply page = api.send(api.builder("/login.xhtml", null).header("Accept-Language", "ar;q=abc").GET().build());
            assertEquals(400, page.status(), page.body());
            String refused = org.mizan.platform.control.Messages.in(java.util.Locale.ENGLISH).get("error.400.title");
            assertTrue(page.body().contains(refused) && !page.body().contains("\tat "), page.body());
            return null;
        });
    }

    @Test
    void nulInQueryParametersIs400() {
        assertNoStackTraceWhile(() -> {
            assertProblem(api.get("/api/cases?q=%00", investigator), 400);
            assertProblem(api.get("/api/cases?q=a%01b", investigator), 400);
            Api.Reply page = api.get("/login.xhtml?ref=%00", null);
            assertEquals(400, page.status(), page.body());
            String refused = org.mizan.platform.control.Messages.in(java.util.Locale.ENGLISH).get("error.400.title");
            Api.Reply form = postLogin("jakarta.faces.ViewState=stale&login%3Asubmit=&login%3Ausername=a%00b");
            assertEquals(400, form.status(), form.body());
            assertTrue(form.body().contains(refused), form.body());
            return null;
        });
    }

    @Test
    void nulInAnyTextFieldOfABodyIs400NamingTheField() {
        assertNoStackTraceWhile(() -> {
            JsonObject problem = assertProblem(api.post("/api/cases", investigator,
                    CaseIT.caseBody("killed\u0000near the square").build().toString()), 400);
            assertEquals("narrative", problem.getJsonArray("errors").getJsonObject(0).getString("field"), problem.toString());
            assertProblem(api.post("/api/persons", investigator, Api.object().add("nameLatin", "Ali\u0000")
                    .add("occupation", "ACTIVIST").build().toString()), 400);
            return null;
        });
    }

    @Test
    void nullsInsideArraysAre400() {
        assertNoStackTraceWhile(() -> {
            assertProblem(api.post("/api/cases", investigator, CaseIT.caseBody("nulls")
                    .add("violationTypes", Json.createArrayBuilder().addNull()).build().toString()), 400);
            assertProblem(api.post("/api/cases", investigator, CaseIT.caseBody("nulls")
                    .add("sources", Json.createArrayBuilder().addNull()).build().toString()), 400);
            return null;
        });
    }

    @Test
    void numbersAndTextBeyondTheColumnsAre400() {
        assertNoStackTraceWhile(() -> {
            JsonObject year = assertProblem(api.post("/api/cases", investigator, CaseIT.caseBody("far future")
                    .add("incidentDate", Api.object().add("year", 99999)).build().toString()), 400);
            assertTrue(year.toString().contains("incidentDate"), year.toString());

            String reference = api.post("/api/cases", investigator, CaseIT.caseBody("evidence").build().toString())
                    .json().getString("reference");
            Api.Reply upload = api.send(api.builder("/api/cases/" + reference + "/evidence?name=note.txt", investigator)
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("a note")).build());
            assertEquals(201, upload.status(), upload.body());
            long id = upload.json().getJsonNumber("id").longValue();
            JsonObject reason = assertProblem(api.post("/api/evidence/" + id + "/custody", investigator,
                    Api.object().add("action", "TRANSFER").add("reason", "r".repeat(70_000)).build().toString()), 400);
            assertTrue(reason.toString().contains("reason"), reason.toString());
            return null;
        });
    }

    @Test
    void aMappingThatIsNotAnObjectIs400() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String deepObject = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        assertNoStackTraceWhile(() -> {
            for (String body : new String[]{"[]", "null", "\"s\"", "123", deep, deepObject}) {
                assertProblem(api.put("/api/imports/mappings/x", investigator, body), 400);
            }
            return null;
        });
    }

    @Test
    void clientErrorsRaisedByTheFrameworkAreProblems() {
        assertNoStackTraceWhile(() -> {
            assertProblem(api.get("/api/audit?page=abc", api.adminToken()), 400);
            HttpRequest text = api.builder("/api/cases", investigator).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build();
            assertProblem(api.send(text), 415);
            String reference = api.post("/api/cases", investigator, CaseIT.caseBody("ranges").build().toString())
                    .json().getString("reference");
            long id = api.send(api.builder("/api/cases/" + reference + "/evidence?name=n.txt", investigator)
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("0123456789")).build())
                    .json().getJsonNumber("id").longValue();
            assertProblem(api.send(api.builder("/api/evidence/" + id + "/content", investigator)
                    .header("Range", "bytes=500-").GET().build()), 416);
            assertProblem(api.send(api.builder("/api/evidence/" + id + "/content", investigator)
                    .header("Range", "bytes=-0").GET().build()), 416);
            return null;
        });
    }

    @Test
    void aHugeUsernameIsAFailedSignInThatIsAuditedAndCounted() {
        String huge = "x".repeat(300);
        assertNoStackTraceWhile(() -> {
            assertProblem(api.signIn(huge, "whatever password", "198.51.100.71"), 401);
            return null;
        });
        JsonObject failures = api.get("/api/audit?action=LOGIN&outcome=FAILURE&user="
                + URLEncoder.encode(huge.substring(0, 200), StandardCharsets.UTF_8), api.adminToken()).json();
        assertEquals(1, failures.getInt("total"), failures.toString());
    }

    @Test
    void aForgedOrForeignViewStateShowsTheExpiredPage() {
        assertNoStackTraceWhile(() -> {
            for (String viewState : new String[]{"garbage", "-1234567890:9876543210", "AAAA" + "B".repeat(200)}) {
                Api.Reply reply = postLogin("jakarta.faces.ViewState=" + enc(viewState));
                assertExpiredPage(reply);
            }
            return null;
        });
    }

    @Test
    void aPostWithoutTheNonceDoesNotRunItsAction() {
        String admin = MizanServer.ADMIN;
        int before = successfulSignIns(admin);
        Api.Reply form = api.get("/login.xhtml", null);
        String cookie = form.header("Set-Cookie").split(";")[0];
        String viewState = between(form.body(), "name=\"jakarta.faces.ViewState\"", "/>");
        String value = between(viewState, "value=\"", "\"");
        assertNoStackTraceWhile(() -> {
            Api.Reply reply = api.send(api.builder("/login.xhtml", null).header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Ausername=" + admin
                            + "&login%3Apassword=" + enc(api.server().adminPassword()) + "&login%3Asubmit="
                            + "&jakarta.faces.ViewState=" + enc(value))).build());
            assertExpiredPage(reply);
            return null;
        });
        assertEquals(before, successfulSignIns(admin), "the action of a post without the nonce must not run");
    }

    private int successfulSignIns(String user) {
        return api.get("/api/audit?user=" + user + "&action=LOGIN&outcome=SUCCESS&size=1", api.adminToken()).json().getInt("total");
    }

    private Api.Reply postLogin(String extra) {
        Api.Reply form = api.get("/login.xhtml", null);
        String cookie = form.header("Set-Cookie").split(";")[0];
        return api.send(api.builder("/login.xhtml", null).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Ausername=someone&login%3Apassword=x&" + extra))
                .build());
    }

    private static void assertExpiredPage(Api.Reply reply) {
        assertTrue(reply.status() < 500, reply.status() + " " + reply.body());
        String where = reply.status() / 100 == 3 ? reply.header("Location") : reply.body();
        String title = org.mizan.platform.control.Messages.in(java.util.Locale.ENGLISH).get("error.expired.title");
        assertTrue(where != null && (where.contains("expired") || where.contains(title)), reply.status() + " " + where);
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before);
        assertTrue(start >= 0, text);
        start += before.length();
        return text.substring(start, text.indexOf(after, start));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Runs the requests and checks that the log grew by no stack trace (a 4xx is worth one line at most). */
    private <T> T assertNoStackTraceWhile(Supplier<T> requests) {
        long before = size();
        T result = requests.get();
        String added = readFrom(before);
        assertFalse(added.contains("\tat ") || added.contains("\n\tat") || added.matches("(?s).*\\n\\s+at [a-z].*"),
                "no stack trace in the log for client errors:\n" + added.substring(0, Math.min(added.length(), 4000)));
        return result;
    }

    private long size() {
        try {
            return Files.size(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String readFrom(long offset) {
        try {
            byte[] all = Files.readAllBytes(log);
            return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType() != null && reply.contentType().startsWith("application/problem+json"),
                reply.contentType() + " " + reply.body());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), "no stack trace: " + reply.body());
        return problem;
    }
}
