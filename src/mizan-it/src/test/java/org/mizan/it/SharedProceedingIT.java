package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.reports.control.PdfText;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.it.ProceedingIT.on;

/**
 * One trial of two victims: a proceeding opened in case A and linked to case B, both restricted. Only a member of both
 * teams links it; everyone else learns nothing, not even whether the proceeding exists. Linked, it stands on each case
 * (its events, hearings, dossier, clocks) while the figures count each case once and the trial's suspects once, and
 * A's evidence that its events rest on stays with A's team.
 */
@ExtendWith(MizanServerExtension.class)
class SharedProceedingIT {

    private static final long GHOST = 987_654_321L;

    private final Api api;
    private final String both;
    private final String bothToken;
    private final String onlyA;
    private final String onlyAToken;
    private final String onlyB;
    private final String onlyBToken;

    SharedProceedingIT(Api api) {
        this.api = api;
        this.both = api.createUser("shlaw", "LAWYER");
        this.bothToken = api.token(both, Api.USER_PASSWORD);
        this.onlyA = api.createUser("shinva", "INVESTIGATOR");
        this.onlyAToken = api.token(onlyA, Api.USER_PASSWORD);
        this.onlyB = api.createUser("shinvb", "INVESTIGATOR");
        this.onlyBToken = api.token(onlyB, Api.USER_PASSWORD);
    }

    /** Cases A and B of one year (so the indicators can be asked about these two alone) and A's trial. */
    private record Scene(String a, String b, long proceeding, long suspect, long item, String itemName, long arrest, long hearing,
                         String court) {
    }

    private Scene scene(int year) {
        String marker = Api.unique("t");
        String a = restrictedCase(year, onlyAToken, onlyA, "victim one " + marker);
        String b = restrictedCase(year, onlyBToken, onlyB, "victim two " + marker);
        String itemName = "warrant-" + marker + ".txt";
        Api.Reply uploaded = api.send(api.builder("/api/cases/" + a + "/evidence?name=" + itemName, onlyAToken)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("arrest warrant " + marker)).build());
        assertEquals(201, uploaded.status(), uploaded.body());
        long item = uploaded.json().getJsonNumber("id").longValue();
        String court = "محكمة جنايات الناصرية " + marker;
        Api.Reply opened = api.post("/api/cases/" + a + "/proceedings", bothToken, Api.object().add("court", court)
                .add("suspects", Json.createArrayBuilder().add(Api.object().add("label", "مسلح " + marker))).build().toString());
        assertEquals(201, opened.status(), opened.body());
        long proceeding = opened.json().getJsonNumber("id").longValue();
        long suspect = opened.json().getJsonArray("suspects").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject arrested = event(proceeding, bothToken, on("ARREST", year + 1, 2).add("suspects", Json.createArrayBuilder().add(suspect))
                .add("evidence", Json.createArrayBuilder().add(item)));
        long arrest = arrested.getJsonArray("events").getJsonObject(0).getJsonNumber("id").longValue();
        event(proceeding, bothToken, on("TRIAL_HEARING", year + 1, 6));
        event(proceeding, bothToken, on("RELEASE", year + 1, 7).add("suspects", Json.createArrayBuilder().add(suspect)));
        Api.Reply scheduled = api.post("/api/proceedings/" + proceeding + "/hearings", bothToken, Api.object()
                .add("startsAt", Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES).toString()).build().toString());
        assertEquals(201, scheduled.status(), scheduled.body());
        return new Scene(a, b, proceeding, suspect, item, itemName, arrest, scheduled.json().getJsonNumber("id").longValue(), court);
    }

    private String restrictedCase(int year, String leadToken, String lead, String narrative) {
        Api.Reply created = api.post("/api/cases", leadToken, CaseIT.caseBody(narrative)
                .add("incidentDate", Api.object().add("year", year).add("month", 3).add("day", 9))
                .add("confidentiality", "RESTRICTED").add("assignees", Api.array(lead, both)).build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("reference");
    }

    private JsonObject event(long proceeding, String token, JsonObjectBuilder body) {
        Api.Reply reply = api.post("/api/proceedings/" + proceeding + "/events", token, body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private Api.Reply link(String reference, long proceeding, String token) {
        return api.send(api.builder("/api/cases/" + reference + "/proceedings/" + proceeding, token)
                .PUT(HttpRequest.BodyPublishers.noBody()).build());
    }

    private int audited(String action, String user) {
        return api.get("/api/audit?action=" + action + "&user=" + user + "&outcome=SUCCESS&size=500", api.adminToken()).json()
                .getInt("total");
    }

    private JsonObject only(JsonArray proceedings) {
        assertEquals(1, proceedings.size(), proceedings.toString());
        return proceedings.getJsonObject(0);
    }

    @Test
    void aMemberOfBothTeamsLinksTheTrialAndEachCaseShowsIt() {
        Scene scene = scene(1931);
        assertEquals(0, api.get("/api/cases/" + scene.b() + "/proceedings", onlyBToken).array().size());

        Api.Reply linked = link(scene.b(), scene.proceeding(), bothToken);
        assertEquals(200, linked.status(), linked.body());
        assertEquals(scene.b(), linked.json().getString("caseReference"), "read under the case it was linked to");
        assertEquals(List.of(scene.a()), strings(linked.json().getJsonArray("alsoLinkedTo")));
        assertEquals(1, audited("PROCEEDING_LINK", both));
        assertEquals(200, link(scene.b(), scene.proceeding(), bothToken).status(), "linking again changes nothing");
        assertEquals(1, audited("PROCEEDING_LINK", both), "and audits nothing");

        JsonObject underB = only(api.get("/api/cases/" + scene.b() + "/proceedings", onlyBToken).array());
        assertEquals(scene.proceeding(), underB.getJsonNumber("id").longValue());
        assertEquals(3, underB.getJsonArray("events").size(), "the trial's events on B");
        assertEquals(scene.court(), underB.getString("court"));
        assertEquals(List.of(), strings(underB.getJsonArray("alsoLinkedTo")), "A is hidden from B's investigator: not named");
        JsonObject underA = only(api.get("/api/cases/" + scene.a() + "/proceedings", onlyAToken).array());
        assertEquals(List.of(), strings(underA.getJsonArray("alsoLinkedTo")), "nor B from A's");
        assertEquals(List.of(scene.b()), strings(only(api.get("/api/cases/" + scene.a() + "/proceedings", bothToken).array())
                .getJsonArray("alsoLinkedTo")), "the lawyer of both sees the other case named");
        JsonObject read = api.get("/api/proceedings/" + scene.proceeding(), onlyBToken).json();
        assertEquals(scene.b(), read.getString("caseReference"), "under the one case B's investigator may see");

        // The hearings: on each case's page, and once on the calendar of the lawyer of both.
        assertEquals(200, api.get("/api/proceedings/" + scene.proceeding() + "/hearings", onlyBToken).status());
        List<JsonObject> mine = api.get("/api/hearings?days=30", bothToken).array().stream().map(JsonObject.class::cast)
                .filter(h -> h.getJsonNumber("id").longValue() == scene.hearing()).toList();
        assertEquals(1, mine.size(), "one hearing, once: " + mine);
        assertEquals(scene.a(), mine.get(0).getString("caseReference"), "under the case it was opened in");
        List<JsonObject> theirs = api.get("/api/hearings?days=30", onlyBToken).array().stream().map(JsonObject.class::cast)
                .filter(h -> h.getJsonNumber("id").longValue() == scene.hearing()).toList();
        assertEquals(1, theirs.size(), "B's investigator's dashboard has the trial's hearing");
        assertEquals(scene.b(), theirs.get(0).getString("caseReference"));

        // Each case's clocks and dossier.
        JsonObject clock = api.get("/api/cases/" + scene.b() + "/impunity", onlyBToken).json();
        assertEquals(1, clock.getInt("proceedings"));
        assertFalse(clock.getJsonObject("noArrest").getBoolean("running"), "B's clock stopped at the trial's arrest: " + clock);
        for (String[] reader : List.of(new String[]{scene.a(), onlyAToken}, new String[]{scene.b(), onlyBToken})) {
            var dossier = DossierIT.dossier(api, reader[0], "INTERNAL", "en", reader[1]);
            assertEquals(200, dossier.statusCode());
            String text = PdfText.of(dossier.body());
            assertTrue(text.replaceAll("\\s+", " ").contains(scene.court().substring(scene.court().lastIndexOf(' ') + 1)),
                    "the trial in the dossier of " + reader[0] + ":\n" + text);
        }
    }

    @Test
    void onlyAMemberOfBothTeamsLinksAndNobodyElseLearnsTheProceedingExists() {
        Scene scene = scene(1932);
        String stranger = api.createUser("shstranger", "LAWYER");
        String strangerToken = api.token(stranger, Api.USER_PASSWORD);
        // B's investigator cannot see A: its proceeding is as absent as one that never was.
        for (String[] caller : List.of(new String[]{onlyB, onlyBToken, scene.b()}, new String[]{onlyA, onlyAToken, scene.b()},
                new String[]{stranger, strangerToken, scene.b()}, new String[]{stranger, strangerToken, scene.a()})) {
            Api.Reply real = link(caller[2], scene.proceeding(), caller[1]);
            Api.Reply ghost = link(caller[2], GHOST, caller[1]);
            assertEquals(404, real.status(), caller[0] + " linking into " + caller[2] + ": " + real.body());
            assertEquals(ghost.status(), real.status());
            assertEquals(ghost.body().replace(Long.toString(GHOST), "N"), real.body().replace(Long.toString(scene.proceeding()), "N"),
                    "the same answer as for no proceeding at all");
            assertEquals(0, audited("PROCEEDING_LINK", caller[0]), "no success audited for " + caller[0]);
        }
        assertEquals(404, api.delete("/api/cases/" + scene.a() + "/proceedings/" + scene.proceeding(), strangerToken).status());
        assertEquals(403, link(scene.b(), scene.proceeding(), api.newUserToken("shadv", "ADVOCATE")).status());
        assertEquals(0, api.get("/api/cases/" + scene.b() + "/proceedings", onlyBToken).array().size(), "nothing was linked");
        assertEquals(404, api.get("/api/proceedings/" + scene.proceeding(), onlyBToken).status());
        assertEquals(200, link(scene.b(), scene.proceeding(), api.adminToken()).status(), "an administrator may");
    }

    @Test
    void evidenceOfOneCaseStaysWithItsTeamThroughTheSharedEvent() {
        Scene scene = scene(1933);
        assertEquals(200, link(scene.b(), scene.proceeding(), bothToken).status());

        JsonObject arrestForB = only(api.get("/api/cases/" + scene.b() + "/proceedings", onlyBToken).array()).getJsonArray("events")
                .getJsonObject(0);
        assertEquals("ARREST", arrestForB.getString("type"));
        assertEquals(0, arrestForB.getJsonArray("evidence").size(), "A's warrant is not even named to B's team: " + arrestForB);
        assertEquals(404, api.get("/api/evidence/" + scene.item(), onlyBToken).status());
        assertEquals(404, api.get("/api/evidence/" + scene.item() + "/content", onlyBToken).status());
        assertTrue(api.get("/api/proceedings/" + scene.proceeding(), onlyBToken).json().getJsonArray("events").stream()
                .allMatch(e -> e.asJsonObject().getJsonArray("evidence").isEmpty()), "nor on the proceeding read by id");
        JsonObject arrestForBoth = only(api.get("/api/cases/" + scene.b() + "/proceedings", bothToken).array()).getJsonArray("events")
                .getJsonObject(0);
        assertEquals(scene.item(), arrestForBoth.getJsonArray("evidence").getJsonNumber(0).longValue(), "A's team still sees it");

        // B's team records on the shared trial, but may not rest an event on A's files, nor drop them by correcting it.
        Api.Reply onAFiles = api.post("/api/proceedings/" + scene.proceeding() + "/events", onlyBToken,
                on("REFERRAL", 1934, 9).add("evidence", Json.createArrayBuilder().add(scene.item())).build().toString());
        assertEquals(400, onAFiles.status(), onAFiles.body());
        Api.Reply corrected = api.put("/api/proceedings/" + scene.proceeding() + "/events/" + scene.arrest(), onlyBToken,
                on("ARREST", 1934, 3).add("suspects", Json.createArrayBuilder().add(scene.suspect())).build().toString());
        assertEquals(200, corrected.status(), corrected.body());
        JsonObject afterCorrection = api.get("/api/proceedings/" + scene.proceeding(), onlyAToken).json().getJsonArray("events")
                .getJsonObject(0);
        assertEquals(1934, afterCorrection.getJsonObject("date").getInt("year"), "the correction took: " + afterCorrection);
        assertEquals(scene.item(), afterCorrection.getJsonArray("evidence").getJsonNumber(0).longValue(), "A's warrant is still there");
    }

    @Test
    void unlinkingNeverLeavesAProceedingWithoutACase() {
        Scene scene = scene(1935);
        assertEquals(409, api.delete("/api/cases/" + scene.a() + "/proceedings/" + scene.proceeding(), onlyAToken).status(),
                "its only case");
        assertEquals(200, link(scene.b(), scene.proceeding(), bothToken).status());

        assertEquals(204, api.delete("/api/cases/" + scene.b() + "/proceedings/" + scene.proceeding(), onlyBToken).status());
        assertEquals(1, audited("PROCEEDING_UNLINK", onlyB));
        assertEquals(0, api.get("/api/cases/" + scene.b() + "/proceedings", onlyBToken).array().size());
        assertEquals(404, api.delete("/api/cases/" + scene.b() + "/proceedings/" + scene.proceeding(), onlyBToken).status(),
                "no longer linked");
        Api.Reply last = api.delete("/api/cases/" + scene.a() + "/proceedings/" + scene.proceeding(), onlyAToken);
        assertEquals(409, last.status(), last.body());
        assertTrue(last.contentType().startsWith("application/problem+json"), last.contentType());
        assertEquals(1, api.get("/api/cases/" + scene.a() + "/proceedings", onlyAToken).array().size());

        // Off the case it was opened in: the trial moves home to the case left.
        assertEquals(200, link(scene.b(), scene.proceeding(), bothToken).status());
        assertEquals(204, api.delete("/api/cases/" + scene.a() + "/proceedings/" + scene.proceeding(), bothToken).status());
        assertEquals(404, api.get("/api/proceedings/" + scene.proceeding(), onlyAToken).status(), "A's investigator no longer sees it");
        assertEquals(scene.b(), api.get("/api/proceedings/" + scene.proceeding(), bothToken).json().getString("caseReference"));
        assertEquals(409, api.delete("/api/cases/" + scene.b() + "/proceedings/" + scene.proceeding(), onlyBToken).status());
        assertEquals(201, api.post("/api/proceedings/" + scene.proceeding() + "/events", onlyBToken, on("APPEAL_FILED", 1936, 8)
                .build().toString()).status(), "B's team records on it, its home now");
    }

    @Test
    void theIndicatorsCountEachCaseOnceAndTheTrialsSuspectsOnce() {
        Scene scene = scene(1937);
        String window = "/api/indicators/impunity?from=1937-01-01&to=1937-12-31";
        JsonObject before = api.get(window, bothToken).json();
        assertEquals(2, before.getInt("cases"), before.toString());
        assertEquals(1, before.getInt("withProceeding"));
        assertEquals(1, before.getInt("suspectsReleased"));

        assertEquals(200, link(scene.b(), scene.proceeding(), bothToken).status());
        JsonObject after = api.get(window, bothToken).json();
        assertEquals(2, after.getInt("cases"), after.toString());
        assertEquals(2, after.getInt("withProceeding"), "each victim's case has the trial");
        assertEquals(2, after.getJsonObject("reachedCourt").getInt("count"), "each case reached court");
        assertEquals(1, after.getInt("suspectsReleased"), "one suspect of one trial, released once: " + after);
        long inPhases = after.getJsonObject("byPhase").values().stream().mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum();
        assertEquals(2, inPhases, "the phases count cases: " + after.getJsonObject("byPhase"));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void aLawyerOnBothTeamsLinksAndUnlinksTheTrialFromTheProsecutionPage(MizanServer server) {
        String investigator = api.createUser("shpageinv", "INVESTIGATOR");
        String investigatorToken = api.token(investigator, Api.USER_PASSWORD);
        String a = LawyerJourneyIT.caseWithProceeding(api, investigatorToken, bothToken, investigator, both, both);
        Api.Reply created = api.post("/api/cases", investigatorToken, CaseIT.caseBody("Second victim of the same trial")
                .add("assignees", Api.array(investigator, both)).build().toString());
        assertEquals(201, created.status(), created.body());
        String b = created.json().getString("reference");
        long proceeding = api.get("/api/cases/" + a + "/proceedings", bothToken).array().getJsonObject(0).getJsonNumber("id").longValue();
        org.openqa.selenium.By alsoLinked = org.openqa.selenium.By.cssSelector(".mizan-also-linked-case");

        try (Browser browser = new Browser(server)) {
            browser.signIn(both, Api.USER_PASSWORD);
            browser.open("/language?to=ar&back=/legal/proceedings.xhtml?case=" + b);
            browser.clickAndAwaitAjax("proceedings:linkOther");
            browser.type("link:otherCase", a);
            browser.clickAndAwaitAjax("link:find");
            browser.clickAndAwaitAjax(org.openqa.selenium.By.id("link:choice"));
            browser.choose(org.openqa.selenium.By.cssSelector("[id='link:choice_panel'] li[data-label^='#" + proceeding + " ']"));
            browser.clickAndAwaitAjax("link:save");
            browser.await().until(d -> d.findElements(alsoLinked).stream().anyMatch(link -> link.getText().contains(a)));
            assertTrue(browser.text().contains(org.mizan.platform.control.Messages.in(java.util.Locale.forLanguageTag("ar"))
                    .get("legal.proceeding.linked")), "said in Arabic");
        }
        assertEquals(proceeding, api.get("/api/cases/" + b + "/proceedings", bothToken).array().getJsonObject(0).getJsonNumber("id")
                .longValue(), "the trial now stands on B");

        try (Browser browser = new Browser(server)) {
            browser.signIn(both, Api.USER_PASSWORD);
            browser.open("/language?to=ckb&back=/legal/proceedings.xhtml?case=" + b);
            browser.clickAndAwaitAjax(org.openqa.selenium.By.cssSelector("button[id$=':unlink']"));
            browser.await().until(d -> browser.text().contains(org.mizan.platform.control.Messages.in(java.util.Locale.forLanguageTag("ckb"))
                    .get("legal.proceeding.unlinked")));
            assertTrue(browser.driver().findElements(alsoLinked).isEmpty(), "no longer shown on B");
        }
        assertEquals(0, api.get("/api/cases/" + b + "/proceedings", bothToken).array().size());
        assertEquals(1, api.get("/api/cases/" + a + "/proceedings", bothToken).array().size(), "A keeps its trial");
    }
}
