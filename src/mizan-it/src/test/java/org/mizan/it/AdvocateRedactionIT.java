package org.mizan.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An advocate reads cases only as the UN audience of the redaction policy. A victim whose family
 * withdrew consent to UN submission and to public naming — name, narrative (old or new), notes, evidence file name and the
 * team's usernames — is in none of the bytes an advocate gets: REST replies and
 * the raw HTML of the pages — until the family gives consent to submission again; investigators see everything.
 */
@ExtendWith(MizanServerExtension.class)
class AdvocateRedactionIT {

    /** A victim for each test, so that one test's consent never names the other's victim in a list or a search. */
    private static final List<List<String>> VICTIMS = List.of(
            List.of("نرجس فاضل الدراجي", "Narjis Fadhil al-Daraji", "ن. د.", "N. D.", "Narjis", "الدراجي"),
            List.of("زهراء كريم الساعدي", "Zahraa Karim al-Saadi", "ز. س.", "Z. S.", "Zahraa", "الساعدي"));
    private static final java.util.concurrent.atomic.AtomicInteger TESTS = new java.util.concurrent.atomic.AtomicInteger();

    private final List<String> victim = VICTIMS.get(TESTS.getAndIncrement() % VICTIMS.size());
    private final String suffix = Long.toString(System.nanoTime() % 1_000_000);
    private final String nameArabic = victim.get(0);
    private final String nameLatin = victim.get(1);
    private final String initialsArabic = victim.get(2);
    private final String initialsLatin = victim.get(3);
    private final String narrative = victim.get(4) + " was followed from the sit-in, narrative " + suffix;
    private final String firstNarrative = "First draft naming the street, draft " + suffix;
    private final String notes = "Her brother saw the car, note " + suffix;
    /** Words only the team's texts hold: a source's description and the text read out of the evidence file. */
    private final String sourceWord = "qxsource" + letters(suffix);
    private final String evidenceWord = "qxtestimony" + letters(suffix);
    private final String locality = "حي الشهداء " + suffix;
    /** What the lawyers type about the prosecution: free text, withheld as the narrative is. */
    private final String court = "محكمة جنايات الرصافة " + suffix;
    private final String fileNumber = "1234/ج/" + suffix;
    private final String charges = "Article 406, killing of " + victim.get(4) + " " + suffix;
    private final String fileName = victim.get(4) + "-" + victim.get(5) + "-testimony-" + suffix + ".txt";
    private static final Pattern VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState[^>]*value=\"([^\"]+)\"");
    /** The page's CSP nonce, which PrimeFaces' scripts send with every post (a post without it runs nothing). */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final Api api;
    private final MizanServer server;
    private final String investigatorName;
    private final String investigator;
    private final String advocateName;
    private final String advocate;
    private final String lawyerName;

    AdvocateRedactionIT(Api api, MizanServer server) {
        this.api = api;
        this.server = server;
        this.investigatorName = api.createUser("advinv", "INVESTIGATOR");
        this.investigator = api.token(investigatorName, Api.USER_PASSWORD);
        this.advocateName = api.createUser("advadv", "ADVOCATE");
        this.advocate = api.token(advocateName, Api.USER_PASSWORD);
        this.lawyerName = api.createUser("advlaw", "LAWYER");
    }

    private record Scene(String reference, long victim, long contact, long evidence) {
    }

    /** A case whose victim's family withdrew both consents; it was saved twice, so its history holds an older narrative. */
    private Scene scene() {
        long victimId = CaseIT.person(api, investigator, nameArabic, nameLatin);
        Api.Reply created = api.post("/api/cases", investigator, body(firstNarrative, victimId).build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        Api.Reply updated = api.put("/api/cases/" + reference, investigator, body(narrative, victimId)
                .add("version", created.json().getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, updated.status(), updated.body());
        Api.Reply uploaded = api.send(api.builder("/api/cases/" + reference + "/evidence?name=" + fileName, investigator)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Testimony of the family of " + nameLatin + ", " + evidenceWord)).build());
        assertEquals(201, uploaded.status(), uploaded.body());
        long evidence = uploaded.json().getJsonNumber("id").longValue();
        // A proceeding with its lawyer and an event citing the file: the lawyer's username and the file name stay out.
        Api.Reply opened = api.post("/api/cases/" + reference + "/proceedings", investigator, Api.object()
                .add("court", court).add("fileNumber", fileNumber).add("lawyers", Api.array(lawyerName)).build().toString());
        assertEquals(201, opened.status(), opened.body());
        Api.Reply recorded = api.post("/api/proceedings/" + opened.json().getJsonNumber("id") + "/events", investigator,
                Api.object().add("type", "COMPLAINT_FILED").add("date", Api.object().add("year", 2019).add("month", 11))
                        .add("charges", charges).add("evidence", Json.createArrayBuilder().add(evidence)).build().toString());
        assertEquals(201, recorded.status(), recorded.body());
        long contactId = familyWithdrewBothConsents(api, investigator, reference, victimId, suffix);
        return new Scene(reference, victimId, contactId, evidence);
    }

    /**
     * The victim's mother as the case's family contact, who gave consent to UN submission and to public naming, then
     * withdrew both: from then on the case's free text is withheld from advocates. Her id.
     */
    static long familyWithdrewBothConsents(Api api, String investigator, String reference, long victimId, String phoneSuffix) {
        Api.Reply contact = api.post("/api/cases/" + reference + "/contacts", investigator, Api.object().add("personId", victimId)
                .add("reaches", "FAMILY").add("relationship", "MOTHER").add("riskLevel", "HIGH").add("name", "أم الضحية")
                .add("phones", Api.array("+964770" + phoneSuffix)).build().toString());
        assertEquals(201, contact.status(), contact.body());
        long contactId = contact.json().getJsonNumber("id").longValue();
        decide(api, investigator, contactId, "UN_SUBMISSION", "GIVEN", "2024-01-10");
        decide(api, investigator, contactId, "PUBLIC_NAMING", "GIVEN", "2024-01-10");
        decide(api, investigator, contactId, "UN_SUBMISSION", "WITHDRAWN", "2024-06-01");
        decide(api, investigator, contactId, "PUBLIC_NAMING", "WITHDRAWN", "2024-06-01");
        return contactId;
    }

    private jakarta.json.JsonObjectBuilder body(String text, long victimId) {
        return CaseIT.caseBody(text).add("locality", locality).add("assignees", Api.array(investigatorName, lawyerName))
                .add("sources", Json.createArrayBuilder().add(Api.object().add("description", "Call from " + sourceWord)
                        .add("reliability", "B")))
                .add("parties", Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", victimId)
                        .add("fate", "KILLED").add("ageAtIncident", 24).add("notes", notes)));
    }

    @Test
    void anAdvocatesRestRepliesHoldNothingTheFamilyWithdrew() {
        Scene scene = scene();
        String ref = scene.reference();

        Api.Reply one = read("/api/cases/" + ref, advocate);
        assertTrue(one.json().toString().contains(initialsArabic), "the initials stand for the name: " + one.body());
        assertEquals("20–29", one.json().getJsonArray("parties").getJsonObject(0).getString("ageGroup"), one.body());
        assertTrue(read("/api/cases?q=" + ref, advocate).body().contains(ref), "the case is listed by its reference");
        // The whole list may hold other tests' cases (named with consent); this case's row must hold nothing withheld.
        Api.Reply list = api.get("/api/cases?size=200", advocate);
        assertEquals(200, list.status(), list.body());
        String row = list.json().getJsonArray("items").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(item -> ref.equals(item.getString("reference"))).findFirst().orElseThrow().toString();
        assertWithheld("the list's row", row);
        assertTrue(row.contains(initialsArabic), row);
        read("/api/cases/" + ref + "/history", advocate);
        read("/api/cases/" + ref + "/impunity", advocate);
        read("/api/indicators/impunity", advocate);
        read("/api/cases/" + ref + "/evidence", advocate);
        read("/api/evidence/" + scene.evidence(), advocate);
        read("/api/evidence/" + scene.evidence() + "/custody", advocate);
        read("/api/evidence/" + scene.evidence() + "/verification", advocate);
        read("/api/cases/" + ref + "/proceedings", advocate);
        read("/api/persons?q=" + encode(nameLatin), advocate);
        read("/api/persons?q=" + encode(nameArabic), advocate);

        // A search by the withheld name, or by words of the withheld narrative, must not confirm the name-case link.
        // Nor may a note, a source's description or the evidence's text, which the team finds it by.
        for (String query : List.of(notes, sourceWord, evidenceWord)) {
            assertTrue(teamFinds(query, ref), "the team finds it by '" + query + "'");
        }
        for (String query : List.of(nameLatin, nameArabic, victim.get(4), narrative, notes, sourceWord, evidenceWord)) {
            assertFalse(read("/api/cases?q=" + encode(query), advocate).body().contains(ref), "found by '" + query + "'");
        }
        assertTrue(read("/api/cases?q=" + encode(locality), advocate).body().contains(ref), "found by its locality, which it shows");
        assertEquals(404, api.get("/api/persons/" + scene.victim(), advocate).status(), "the withheld person on their own");
        assertEquals(404, api.get("/api/persons/" + scene.victim() + "/history", advocate).status());

        // The team still reads everything.
        Api.Reply internal = api.get("/api/cases/" + ref, investigator);
        for (String secret : List.of(nameArabic, narrative, notes, locality, investigatorName)) {
            assertTrue(internal.json().toString().contains(secret), "the investigator misses " + secret);
        }
        assertTrue(api.get("/api/cases?q=" + encode(nameLatin), investigator).body().contains(ref));
        assertTrue(api.get("/api/cases/" + ref + "/history", investigator).array().toString().contains(firstNarrative));

        // Consent to submit to the UN given again: the name, and (every person now being named) the narrative, come back.
        decide(scene.contact(), "UN_SUBMISSION", "GIVEN", "2024-09-01");
        String named = api.get("/api/cases/" + ref, advocate).json().toString();
        assertTrue(named.contains(nameArabic), named);
        assertTrue(named.contains(narrative), named);
        assertFalse(named.contains(investigatorName), "the team's usernames stay out: " + named);
        assertTrue(api.get("/api/cases?q=" + encode(nameLatin), advocate).body().contains(ref), "found by the name now given");
        assertEquals(200, api.get("/api/persons/" + scene.victim(), advocate).status());
    }

    @Test
    void anAdvocatesPagesHoldNothingTheFamilyWithdrew() {
        Scene scene = scene();
        String ref = scene.reference();
        HttpClient browser = signedIn(advocateName);
        assertTrue(page(browser, "/cases/list.xhtml").contains(ref), "the list shows the case");
        String casePage = page(browser, "/cases/case.xhtml?ref=" + ref);
        assertTrue(casePage.contains(ref) && casePage.contains(initialsLatin), "the case page, the victim by initials");
        page(browser, "/evidence/items.xhtml?ref=" + ref);
        page(browser, "/evidence/item.xhtml?id=" + scene.evidence());
        page(browser, "/legal/proceedings.xhtml?case=" + ref);
        page(browser, "/legal/impunity.xhtml");

        decide(scene.contact(), "UN_SUBMISSION", "GIVEN", "2024-09-01");
        String named = get(browser, "/cases/case.xhtml?ref=" + ref).body();
        assertTrue(named.contains(nameLatin) && named.contains(nameArabic), "named again once consent is given");

        String internal = get(signedIn(investigatorName), "/cases/case.xhtml?ref=" + ref).body();
        for (String secret : List.of(nameLatin, narrative, notes, locality)) {
            assertTrue(internal.contains(secret), "the investigator's page misses " + secret);
        }
    }

    /** The reply, checked to hold no withheld name, narrative (old or new), note, file name or team username. */
    private Api.Reply read(String path, String token) {
        Api.Reply reply = api.get(path, token);
        assertEquals(200, reply.status(), () -> path + ": " + reply.body());
        assertWithheld(path, reply.body());
        if (reply.body().startsWith("{") || reply.body().startsWith("[")) {
            try (var reader = Json.createReader(new StringReader(reply.body()))) {
                assertWithheld(path + " (decoded)", reader.read().toString());
            }
        }
        return reply;
    }

    private void assertWithheld(String where, String text) {
        // The locality is not here: the UN edition shows the place (only PUBLIC drops it), and a WGEID
        // submission cannot do without it.
        for (String secret : List.of(nameArabic, nameLatin, victim.get(4), victim.get(5), narrative, firstNarrative, notes,
                fileName, suffix + ".txt", investigatorName, lawyerName, court, fileNumber, charges)) {
            assertFalse(text.contains(secret), () -> where + " shows '" + secret + "':\n" + text);
        }
    }

    /** Whether the investigator's search finds the case, once inspection has read the evidence file (a minute at most). */
    private boolean teamFinds(String query, String reference) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        do {
            if (api.get("/api/cases?q=" + encode(query), investigator).body().contains(reference)) {
                return true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        } while (System.nanoTime() < deadline);
        return false;
    }

    private static String letters(String digits) {
        return digits.chars().mapToObj(c -> String.valueOf((char) ('a' + c - '0'))).collect(Collectors.joining());
    }

    private void decide(long contact, String consent, String decision, String on) {
        decide(api, investigator, contact, consent, decision, on);
    }

    private static void decide(Api api, String investigator, long contact, String consent, String decision, String on) {
        Api.Reply reply = api.post("/api/contacts/" + contact + "/consents", investigator, Api.object()
                .add("consent", consent).add("decision", decision).add("decidedOn", on).add("method", "WRITTEN")
                .add("givenBy", "أم الضحية").build().toString());
        assertEquals(201, reply.status(), reply.body());
    }

    // ------------------------------------------------------------------ pages, as raw HTML over HTTP

    /** Signs in through the login form, as a browser would, and keeps the session cookie. */
    private HttpClient signedIn(String username) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String form = get(client, "/login.xhtml").body();
        Matcher state = VIEW_STATE.matcher(form);
        assertTrue(state.find(), form);
        Matcher nonce = NONCE.matcher(form);
        assertTrue(nonce.find(), form);
        Map<String, String> fields = Map.of("login", "login", "login:username", username, "login:password", Api.USER_PASSWORD,
                "login:submit", "", "jakarta.faces.ViewState", state.group(1), "primefaces.nonce", nonce.group(1));
        String encoded = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> after = send(client, HttpRequest.newBuilder(server.uri("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build());
        assertFalse(after.uri().getPath().endsWith("login.xhtml") || after.uri().getPath().contains("/error/"),
                "not signed in: " + after.uri() + " " + after.body());
        return client;
    }

    private String page(HttpClient client, String path) {
        HttpResponse<String> reply = get(client, path);
        assertEquals(200, reply.statusCode(), () -> path + ": " + reply.body());
        assertFalse(reply.uri().getPath().endsWith("login.xhtml"), path + " sent to the login page");
        assertWithheld(path, reply.body());
        return reply.body();
    }

    private HttpResponse<String> get(HttpClient client, String path) {
        return send(client, HttpRequest.newBuilder(server.uri(path)).GET().build());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
