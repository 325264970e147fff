package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each lawyer's private calendar feed: a secret URL a phone calendar subscribes to without
 * signing in, showing the hearings of the owner's cases and nothing a phone should not hold.
 */
@ExtendWith(MizanServerExtension.class)
class CalendarFeedIT {

    private static final String FEED = "/api/me/calendar-feed";
    private static final String COURT = "محكمة جنايات الرصافة – الهيئة الثانية، بغداد";
    private static final DateTimeFormatter ICS_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Api api;
    private final MizanServer server;
    private final String investigatorName;
    private final String investigator;
    private final String lawyerName;
    private final String lawyer;

    CalendarFeedIT(Api api, MizanServer server) {
        this.api = api;
        this.server = server;
        this.investigatorName = api.createUser("feedinv", "INVESTIGATOR");
        this.investigator = api.token(investigatorName, Api.USER_PASSWORD);
        this.lawyerName = api.createUser("feedlaw", "LAWYER");
        this.lawyer = api.token(lawyerName, Api.USER_PASSWORD);
    }

    /** A case with this team, its reference and its version. */
    private JsonObject caseOf(jakarta.json.JsonObjectBuilder body, String... team) {
        Api.Reply created = api.post("/api/cases", investigator, body.add("assignees", Api.array(team)).build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private long proceeding(String reference, String token) {
        Api.Reply opened = api.post("/api/cases/" + reference + "/proceedings", token, Api.object().add("court", COURT).build().toString());
        assertEquals(201, opened.status(), opened.body());
        return opened.json().getJsonNumber("id").longValue();
    }

    private long hearing(long proceeding, String token, Instant at, String purpose, String outcomeNotes) {
        var body = Api.object().add("startsAt", at.toString());
        if (purpose != null) {
            body.add("purpose", purpose);
        }
        if (outcomeNotes != null) {
            body.add("outcomeNotes", outcomeNotes);
        }
        Api.Reply scheduled = api.post("/api/proceedings/" + proceeding + "/hearings", token, body.build().toString());
        assertEquals(201, scheduled.status(), scheduled.body());
        return scheduled.json().getJsonNumber("id").longValue();
    }

    private String newFeed(String token) {
        Api.Reply created = api.post(FEED, token, "");
        assertEquals(201, created.status(), created.body());
        String url = created.json().getString("url");
        assertTrue(url.matches("https?://.+/api/calendar/[A-Za-z0-9_-]{43}\\.ics"), url);
        assertEquals(url.replaceFirst("^https?:", "webcal:"), created.json().getString("webcalUrl"));
        return url;
    }

    /** A phone calendar: no Authorization header, no cookie. */
    private Api.Reply fetch(String url, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return api.send(request.build());
    }

    private static Calendar parse(Api.Reply reply) throws Exception {
        assertEquals(200, reply.status(), reply.body());
        // The default builder is the strict one: RFC unfolding only (ical4j.unfolding.relaxed is off), no parsing leniency.
        return new CalendarBuilder().build(new StringReader(reply.body()));
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .collect(Collectors.toMap(e -> e.getProperty(Property.UID).orElseThrow().getValue(), e -> e));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }

    private static String tokenOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    @Test
    void theFeedHoldsExactlyTheOwnersHearingsAndNothingAPhoneShouldNotHold() throws Exception {
        String victimName = "ضحية " + Api.unique("v");
        long victim = CaseIT.person(api, investigator, victimName, null);
        String reference = caseOf(CaseIT.caseBody("calendar feed").add("parties", Json.createArrayBuilder()
                .add(Api.object().add("role", "VICTIM").add("personId", victim))), investigatorName, lawyerName).getString("reference");
        long mine = proceeding(reference, lawyer);
        Instant soon = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        Instant lastWeek = Instant.now().minus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
        String purpose = "الاستماع إلى شهود الدفاع ومناقشة تقرير الطب العدلي; وطلب الإفراج بكفالة, إن أمكن";
        long upcoming = hearing(mine, lawyer, soon, purpose, null);
        long past = hearing(mine, investigator, lastWeek, null, "القاضي أجّل الجلسة: الشاهد تعرّض للتهديد");
        long longAgo = hearing(mine, lawyer, Instant.now().minus(Duration.ofDays(45)), "too old for the feed", null);

        String otherLawyer = api.createUser("feedother", "LAWYER");
        String otherReference = caseOf(CaseIT.caseBody("someone else's"), investigatorName, otherLawyer).getString("reference");
        long theirs = hearing(proceeding(otherReference, investigator), investigator, soon.plus(Duration.ofHours(3)), "not mine", null);

        String url = newFeed(lawyer);
        JsonObject state = api.get(FEED, lawyer).json();
        assertTrue(state.getBoolean("exists"));
        assertNotNull(state.getString("createdAt"));
        assertFalse(state.toString().contains(tokenOf(url)), "the token is shown once, never again");

        Api.Reply reply = fetch(url, "ar");
        assertTrue(reply.contentType().startsWith("text/calendar"), reply.contentType());
        assertTrue(reply.contentType().toLowerCase().contains("charset=utf-8"), reply.contentType());
        assertEquals(java.util.List.of("private, no-store"), reply.headers().allValues("Cache-Control"), "one Cache-Control, ours");
        for (String line : reply.body().split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded by octets: " + line);
        }

        Calendar calendar = parse(reply);
        Map<String, VEvent> events = byUid(calendar);
        assertEquals(Set.of("hearing-" + upcoming + "@mizan", "hearing-" + past + "@mizan"), events.keySet(),
                "the owner's hearings of the last 30 days and the coming year; not " + longAgo + " (too old) nor " + theirs);
        VEvent next = events.get("hearing-" + upcoming + "@mizan");
        assertEquals(ICS_UTC.format(soon), value(next, Property.DTSTART), "DTSTART in UTC");
        assertEquals(ICS_UTC.format(lastWeek), value(events.get("hearing-" + past + "@mizan"), Property.DTSTART));
        assertEquals(COURT, value(next, Property.LOCATION), "Arabic court name intact through escaping and folding");
        assertEquals(reference + " – " + purpose, value(next, Property.SUMMARY));
        assertTrue(value(next, Property.DESCRIPTION).contains(reference));
        assertNotNull(value(next, Property.DTSTAMP));
        assertEquals("PT2H", value(next, Property.DURATION));
        assertEquals("ميزان: جلساتي", calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue(), "in the calendar's language");

        String body = reply.body();
        assertFalse(body.contains("أجّل") || body.contains("تهديد"), "no outcome notes");
        assertFalse(body.contains(victimName) || body.contains("ضحية"), "no victims' names");
        assertFalse(body.contains(otherReference) || body.contains("not mine"), "no other lawyer's hearings");

        assertNotNull(api.get(FEED, lawyer).json().getString("lastFetchedAt"), "the owner sees that a calendar reads the feed");
        assertTheTokenIsKeptOnlyAsAHash(tokenOf(url));
    }

    /** The database holds the token's SHA-256, and neither the audit trail nor the server log holds the token. */
    private void assertTheTokenIsKeptOnlyAsAHash(String token) throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        api.chainAudit();
        try (Connection c = server.sql();
             PreparedStatement feeds = c.prepareStatement("SELECT f.token_hash FROM calendar_feed f JOIN app_user u ON u.id = f.user_id "
                     + "WHERE u.username = ? AND f.revoked_at IS NULL");
             PreparedStatement audit = c.prepareStatement("SELECT count(*) FROM audit_entry WHERE username = ? AND action = ?")) {
            feeds.setString(1, lawyerName);
            try (ResultSet row = feeds.executeQuery()) {
                assertTrue(row.next());
                assertEquals(expected, row.getString(1));
                assertFalse(row.next(), "one live feed");
            }
            audit.setString(1, lawyerName);
            audit.setString(2, "CALENDAR_FEED_ISSUE");
            try (ResultSet row = audit.executeQuery()) {
                row.next();
                assertTrue(row.getLong(1) >= 1, "issuing a feed is audited");
            }
            try (PreparedStatement leak = c.prepareStatement("SELECT count(*) FROM audit_entry WHERE position(? in coalesce(target, '') "
                    + "|| coalesce(details, '')) > 0")) {
                leak.setString(1, token);
                try (ResultSet row = leak.executeQuery()) {
                    row.next();
                    assertEquals(0, row.getLong(1), "the audit trail never holds the token");
                }
            }
        }
        assertFalse(Files.readString(server.work().resolve("payara.log")).contains(token), "the server log never holds the token");
    }

    @Test
    void aNewFeedRetiresTheOldOneAndDeletingEndsIt() throws Exception {
        String reference = caseOf(CaseIT.caseBody("rotation"), investigatorName, lawyerName).getString("reference");
        long id = hearing(proceeding(reference, lawyer), lawyer, Instant.now().plus(Duration.ofDays(2)), null, null);

        String first = newFeed(lawyer);
        assertEquals(200, fetch(first, null).status());
        String second = newFeed(lawyer);
        assertNotEquals(first, second);
        Api.Reply retired = fetch(first, null);
        assertEquals(404, retired.status(), "the old URL stops working");
        assertTrue(retired.contentType().startsWith("application/problem+json"), retired.contentType());
        assertTrue(byUid(parse(fetch(second, null))).containsKey("hearing-" + id + "@mizan"), "the new one works");

        assertEquals(204, api.delete(FEED, lawyer).status());
        assertEquals(404, fetch(second, null).status(), "a deleted feed is gone");
        JsonObject state = api.get(FEED, lawyer).json();
        assertFalse(state.getBoolean("exists"));
        assertTrue(!state.containsKey("createdAt") || state.isNull("createdAt"), state.toString());
        assertEquals(204, api.delete(FEED, lawyer).status(), "deleting again is harmless");

        api.chainAudit();
        try (Connection c = server.sql(); PreparedStatement audit = c.prepareStatement(
                "SELECT count(*) FROM audit_entry WHERE username = ? AND action = 'CALENDAR_FEED_REVOKE'")) {
            audit.setString(1, lawyerName);
            try (ResultSet row = audit.executeQuery()) {
                row.next();
                assertEquals(1, row.getLong(1), "the deletion is audited, once");
            }
        }
    }

    @Test
    void unknownAndMalformedTokensAre404AndRevealNothing() {
        String base = api.server().uri("/api/calendar/").toString();
        for (String token : new String[]{"A".repeat(43), "short", "not-a-token-%E2%80%8F", "A".repeat(200)}) {
            Api.Reply reply = fetch(base + token + ".ics", null);
            assertEquals(404, reply.status(), token);
            assertTrue(reply.contentType().startsWith("application/problem+json"), token + ": " + reply.contentType());
        }
        Api.Reply calendarOnly = api.send(HttpRequest.newBuilder(URI.create(base + "C".repeat(43) + ".ics"))
                .header("Accept", "text/calendar").GET().build());
        assertEquals(404, calendarOnly.status(), "a calendar app that accepts only text/calendar gets the 404 all the same");
        Api.Reply withSomeoneElsesLogin = api.send(api.builder("/api/calendar/" + "B".repeat(43) + ".ics", lawyer).GET().build());
        assertEquals(404, withSomeoneElsesLogin.status(), "an API token does not open a feed");
    }

    @Test
    void theOpenApiDocumentListsTheEndpoints() {
        JsonObject paths = api.send(api.builder("/openapi", null).header("Accept", "application/json").GET().build()).json()
                .getJsonObject("paths");
        assertEquals(Set.of("get", "post", "delete"), paths.getJsonObject(FEED).keySet().stream()
                .filter(k -> Set.of("get", "post", "put", "delete").contains(k)).collect(Collectors.toSet()));
        // Every protected operation names the bearer scheme; the feed names none, and its description says why.
        JsonObject feed = paths.getJsonObject("/api/calendar/{token}.ics").getJsonObject("get");
        assertFalse(feed.containsKey("security"), feed::toString);
        assertTrue(feed.getString("description").startsWith("No sign-in"));
    }

    @Test
    void onlyLawyersHoldFeedsAndAFeedEndsWithTheOwnersLawyerRole() throws Exception {
        String advocate = api.newUserToken("feedadv", "ADVOCATE");
        assertEquals(403, api.post(FEED, advocate, "").status());
        assertEquals(403, api.get(FEED, advocate).status());
        assertEquals(403, api.delete(FEED, advocate).status());
        assertEquals(403, api.post(FEED, investigator, "").status(), "hearings feeds are for lawyers");
        assertEquals(401, api.post(FEED, null, "").status());
        assertEquals(401, api.get(FEED, null).status());

        String demoted = api.createUser("feeddemoted", "LAWYER", "ADVOCATE");
        String url = newFeed(api.token(demoted, Api.USER_PASSWORD));
        assertEquals(200, fetch(url, null).status());
        assertEquals(200, api.put("/api/users/" + demoted, api.adminToken(), "{\"roles\":[\"ADVOCATE\"]}").status());
        assertEquals(404, fetch(url, null).status(), "no longer a lawyer: no feed");
        assertEquals(200, api.put("/api/users/" + demoted, api.adminToken(), "{\"roles\":[\"LAWYER\"],\"enabled\":false}").status());
        assertEquals(404, fetch(url, null).status(), "a disabled account's feed is dead");
        assertEquals(200, api.put("/api/users/" + demoted, api.adminToken(), "{\"enabled\":true}").status());
        assertEquals(200, fetch(url, null).status(), "the feed was never revoked, only refused while its owner could not hold one");
    }

    @Test
    void aLawyerTakenOffTheTeamNoLongerSeesTheCasesHearings() throws Exception {
        JsonObject created = caseOf(CaseIT.caseBody("team change"), investigatorName, lawyerName);
        String reference = created.getString("reference");
        long id = hearing(proceeding(reference, lawyer), lawyer, Instant.now().plus(Duration.ofDays(9)), null, null);
        String url = newFeed(lawyer);
        assertTrue(byUid(parse(fetch(url, null))).containsKey("hearing-" + id + "@mizan"));

        Api.Reply changed = api.put("/api/cases/" + reference + "/team", investigator, Api.object()
                .add("members", Api.array(investigatorName)).add("reason", "the lawyer moved to another case").build().toString());
        assertEquals(200, changed.status(), changed.body());
        assertFalse(byUid(parse(fetch(url, null))).containsKey("hearing-" + id + "@mizan"), "off the team, off the calendar");
    }
}
