package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.mizan.reports.control.PdfText;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CSV and JSON exports of the filtered cases over REST: audience redaction driven by consent (checked in
 * the raw bytes, not only in parsed fields), who may ask for which audience, restricted cases, formula
 * neutralisation, the UTF-8 byte-order mark, and 400s that name the parameter.
 */
@ExtendWith(MizanServerExtension.class)
class ExportIT {

    private static final String VICTIM_AR = "مرتضى جبار الساعدي";
    private static final String VICTIM_LATIN = "Murtadha Jabbar al-Saadi";
    private static final String WITNESS_AR = "حيدر ناصر العبودي";
    private static final String WITNESS_LATIN = "Haidar Nasser al-Aboudi";
    /** Every part of every name that must not leak into a PUBLIC file. */
    private static final List<String> SECRETS = List.of(VICTIM_AR, VICTIM_LATIN, "مرتضى", "الساعدي", "Murtadha", "Saadi",
            WITNESS_AR, WITNESS_LATIN, "حيدر", "Haidar");
    private static final String LOCALITY = "=HYPERLINK(\"http://evil.example/?x\",\"click\")";
    private static final String FORMULA_NAME = "+1 Formula";
    private static final HttpClient BYTES = HttpClient.newHttpClient();

    private final Api api;
    private final String investigatorName;
    private final String investigator;
    private final String advocate;
    private final String marker = "exportmarker" + System.nanoTime();
    /**
     * The incident day of this test's cases, shared with no other case: an advocate selects them by it, since an
     * advocate finds cases only by words they may read, and the marker sits in narratives withheld from them.
     */
    private final java.time.LocalDate day = java.time.LocalDate.of(2004, 1, 1).plusDays(DAYS.getAndIncrement());
    private static final java.util.concurrent.atomic.AtomicInteger DAYS = new java.util.concurrent.atomic.AtomicInteger(
            new java.util.Random().nextInt(1500));

    ExportIT(Api api) {
        this.api = api;
        this.investigatorName = api.createUser("expinv", "INVESTIGATOR");
        this.investigator = api.token(investigatorName, Api.USER_PASSWORD);
        this.advocate = api.newUserToken("expadv", "ADVOCATE");
    }

    private record Download(int status, Map<String, List<String>> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    private Download download(String path, String token) {
        try {
            HttpResponse<byte[]> response = BYTES.send(api.builder(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Download export(String format, String audience, String token) {
        String select = (token != null && token.equals(advocate) ? "" : "q=" + marker + "&") + "from=" + day + "&to=" + day;
        return download("/api/exports/cases." + format + "?" + select + "&audience=" + audience, token);
    }

    /** Three cases carrying the marker: one with the consent-driven victim, one with a formula name, one restricted. */
    private record Scene(String withdrawn, String formula, String restricted, long contact) {
    }

    private Scene scene() {
        long victim = CaseIT.person(api, investigator, VICTIM_AR, VICTIM_LATIN);
        long witness = CaseIT.person(api, investigator, WITNESS_AR, WITNESS_LATIN);
        String first = create(CaseIT.caseBody("Shot near the square " + marker).add("locality", LOCALITY)
                .add("assignees", Api.array(investigatorName))
                .add("parties", Json.createArrayBuilder()
                        .add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "KILLED").add("ageAtIncident", 24))
                        .add(Api.object().add("role", "PERPETRATOR").add("perpetratorKind", "UNIDENTIFIED").add("involvement", "CARRIED_OUT"))
                        .add(Api.object().add("role", "WITNESS").add("personId", witness))));
        long formula = CaseIT.person(api, investigator, null, FORMULA_NAME);
        String second = create(CaseIT.caseBody("Beaten at a checkpoint " + marker)
                .add("parties", Json.createArrayBuilder()
                        .add(Api.object().add("role", "VICTIM").add("personId", formula).add("fate", "INJURED"))));
        String third = create(CaseIT.caseBody("A protected case " + marker).add("confidentiality", "RESTRICTED")
                .add("assignees", Api.array(investigatorName)));
        Api.Reply contact = api.post("/api/cases/" + first + "/contacts", investigator, Api.object().add("personId", victim)
                .add("reaches", "FAMILY").add("relationship", "MOTHER").add("riskLevel", "HIGH").add("name", "أم مرتضى")
                .add("phones", Api.array("+964 770 123 4567")).build().toString());
        assertEquals(201, contact.status(), contact.body());
        return new Scene(first, second, third, contact.json().getJsonNumber("id").longValue());
    }

    private String create(jakarta.json.JsonObjectBuilder body) {
        body.add("incidentDate", Api.object().add("year", day.getYear()).add("month", day.getMonthValue()).add("day", day.getDayOfMonth()));
        Api.Reply reply = api.post("/api/cases", investigator, body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("reference");
    }

    private void decide(long contact, String decision, String on) {
        Api.Reply reply = api.post("/api/contacts/" + contact + "/consents", investigator, Api.object()
                .add("consent", "PUBLIC_NAMING").add("decision", decision).add("decidedOn", on).add("method", "WRITTEN")
                .add("givenBy", "أم مرتضى").build().toString());
        assertEquals(201, reply.status(), reply.body());
    }

    private static void assertNoNames(Download file) {
        String text = file.text();
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), "text contains " + secret);
            assertFalse(PdfText.contains(file.body(), secret.getBytes(StandardCharsets.UTF_8)), "bytes contain " + secret);
            String escaped = secret.chars().mapToObj(c -> String.format("\\u%04x", c)).collect(Collectors.joining());
            assertFalse(text.toLowerCase().contains(escaped), "JSON-escaped " + secret);
        }
        assertFalse(PdfText.contains(file.body(), "أم مرتضى".getBytes(StandardCharsets.UTF_8)), "no contact names");
        assertFalse(text.contains("123 4567"), "no contact details");
    }


    private static List<CSVRecord> csv(Download file) throws IOException {
        byte[] body = file.body();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3), "UTF-8 byte-order mark");
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(
                new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8))) {
            return parser.getRecords();
        }
    }

    private static CSVRecord row(List<CSVRecord> rows, String reference) {
        return rows.stream().filter(r -> r.get("reference").equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError(reference + " not in " + rows));
    }

    private static JsonObject json(Download file) {
        try (JsonReader reader = Json.createReader(new StringReader(file.text()))) {
            return reader.readObject();
        }
    }

    private static JsonObject jsonCase(JsonObject document, String reference) {
        return document.getJsonArray("cases").stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("reference").equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError(reference + " not in " + document));
    }

    @Test
    void aPublicExportAfterTheFamilyWithdrewConsentHoldsInitialsAndAgeGroupButNoName() throws IOException {
        Scene scene = scene();
        // The same victim in a later case without contacts of its own: public naming is about the person.
        long victimId = api.get("/api/cases/" + scene.withdrawn(), investigator).json().getJsonArray("parties").getJsonObject(0)
                .getJsonNumber("personId").longValue();
        String again = create(CaseIT.caseBody("Detained again " + marker).add("parties", Json.createArrayBuilder()
                .add(Api.object().add("role", "VICTIM").add("personId", victimId).add("fate", "DETAINED"))));
        decide(scene.contact(), "GIVEN", "2026-01-10");
        // While consent holds, the victim is named publicly: proof that the withdrawal below is what hides the name.
        List<CSVRecord> named = csv(export("csv", "PUBLIC", advocate));
        assertEquals(VICTIM_AR + " / " + VICTIM_LATIN + " (KILLED, 20\u201329)", row(named, scene.withdrawn()).get("victims"));
        assertTrue(row(named, again).get("victims").startsWith(VICTIM_AR + " / " + VICTIM_LATIN));
        decide(scene.contact(), "WITHDRAWN", "2026-02-01");

        Download csv = export("csv", "PUBLIC", advocate);
        assertEquals(200, csv.status(), csv.text());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.header("Content-Disposition").matches("attachment; filename=\"mizan-cases-public-[0-9-]+\\.csv\""),
                csv.header("Content-Disposition"));
        assertEquals("no-store", csv.header("Cache-Control"));
        assertNoNames(csv);
        assertFalse(csv.text().contains("HYPERLINK"), "no locality in PUBLIC");
        List<CSVRecord> rows = csv(csv);
        assertEquals(List.of("reference", "violationTypes", "incidentDate", "governorate", "status", "victims", "perpetrators",
                "evidenceItems", "endDate", "dateNote", "narrative", "tags", "sources", "proceedings", "measures"), rows.get(0).getParser().getHeaderNames(),
                "no exact place and no witnesses in PUBLIC");
        // Cases of other tests may share the day (a year-only date covers it): this test's own three are there, the restricted one not.
        List<String> references = rows.stream().map(r -> r.get("reference")).toList();
        assertTrue(references.containsAll(List.of(scene.withdrawn(), scene.formula(), again)), references.toString());
        assertFalse(references.contains(scene.restricted()), "the restricted case is not for an advocate");
        assertEquals("م. س. / M. S. (DETAINED, age unknown)", row(rows, again).get("victims"));
        CSVRecord first = row(rows, scene.withdrawn());
        assertEquals("م. س. / M. S. (KILLED, 20\u201329)", first.get("victims"));
        assertEquals("UNIDENTIFIED (CARRIED_OUT, ALLEGED)", first.get("perpetrators"));
        assertEquals("BG", first.get("governorate"));
        assertEquals(day.toString(), first.get("incidentDate"));
        assertEquals("0", first.get("evidenceItems"));

        Download json = export("json", "PUBLIC", advocate);
        assertEquals(200, json.status(), json.text());
        assertEquals("no-store", json.header("Cache-Control"));
        assertTrue(json.header("Content-Disposition").startsWith("attachment; filename=\"mizan-cases-public-"));
        assertNoNames(json);
        JsonObject document = json(json);
        assertEquals("PUBLIC", document.getString("audience"));
        assertEquals(rows.size(), document.getInt("count"));
        JsonObject victim = jsonCase(document, scene.withdrawn()).getJsonArray("victims").getJsonObject(0);
        assertEquals("INITIALS", victim.getString("appearance"));
        assertEquals("م. س.", victim.getString("initialsArabic"));
        assertEquals("M. S.", victim.getString("initialsLatin"));
        assertEquals("20\u201329", victim.getString("ageGroup"));
        assertFalse(victim.containsKey("nameArabic") || victim.containsKey("age"), victim.toString());
        assertFalse(jsonCase(document, scene.withdrawn()).containsKey("locality"));

        // Not named for the UN either: no consent to submit was given.
        assertNoNames(export("json", "UN", advocate));

        // Nor found by a word of the narrative withheld from the advocate: an export is no way round what the list hides.
        Download byWord = download("/api/exports/cases.csv?q=" + marker + "&audience=PUBLIC", advocate);
        assertEquals(200, byWord.status(), byWord.text());
        assertFalse(byWord.text().contains(scene.withdrawn()), "found by a withheld word:\n" + byWord.text());
    }

    @Test
    void internalShowsTheNamesToTheTeamAndAdvocatesMayNotAskForIt() throws IOException {
        Scene scene = scene();
        decide(scene.contact(), "WITHDRAWN", "2026-02-01");
        Download csv = export("csv", "INTERNAL", investigator);
        assertEquals(200, csv.status(), csv.text());
        assertTrue(PdfText.contains(csv.body(), VICTIM_AR.getBytes(StandardCharsets.UTF_8)));
        List<CSVRecord> rows = csv(csv);
        assertEquals(3, rows.size(), "the assigned investigator sees the restricted case");
        // The occupations, as the audience table has always said the team's exports show them.
        assertEquals(VICTIM_AR + " / " + VICTIM_LATIN + " (KILLED, 24, ACTIVIST)", row(rows, scene.withdrawn()).get("victims"));
        assertFalse(csv.text().contains("123 4567"), "contact details never are");
        Download json = export("json", "INTERNAL", investigator);
        assertEquals(VICTIM_LATIN, jsonCase(json(json), scene.withdrawn()).getJsonArray("victims").getJsonObject(0)
                .getString("nameLatin"));

        for (String audience : List.of("INTERNAL", "LEGAL")) {
            for (String format : List.of("csv", "json")) {
                Download refused = export(format, audience, advocate);
                assertEquals(403, refused.status(), audience + " " + format);
                assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
                assertFalse(refused.text().contains(marker));
            }
        }
        assertEquals(200, export("json", "UN", advocate).status());
        for (String role : List.of("LAWYER", "ADMIN")) {
            String token = api.newUserToken("exp" + role.toLowerCase(), role);
            assertEquals(200, export("csv", "LEGAL", token).status(), role);
        }
        assertEquals(401, export("csv", "PUBLIC", null).status());

        JsonObject audit = api.get("/api/audit?action=CASE_EXPORT&size=500", api.adminToken()).json();
        List<JsonObject> entries = audit.getJsonArray("entries").stream().map(e -> e.asJsonObject()).toList();
        assertTrue(entries.stream().anyMatch(e -> e.getString("username").equals(investigatorName)
                && e.getString("details").startsWith("csv INTERNAL") && e.getString("details").endsWith("; 3 rows")
                && e.getString("outcome").equals("SUCCESS")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.getString("details").startsWith("json LEGAL")
                && e.getString("outcome").equals("DENIED")));
        assertTrue(entries.stream().noneMatch(e -> e.getString("details").contains(marker)
                || e.getString("details").contains(VICTIM_LATIN)), "no search words or names in the audit");
    }

    @Test
    void aRestrictedCaseIsAbsentForOutsiders() throws IOException {
        Scene scene = scene();
        String outsider = api.newUserToken("expout", "INVESTIGATOR");
        for (String format : List.of("csv", "json")) {
            Download file = export(format, "INTERNAL", outsider);
            assertEquals(200, file.status());
            assertTrue(file.text().contains(scene.withdrawn()));
            assertFalse(file.text().contains(scene.restricted()), format);
        }
        assertEquals(2, csv(export("csv", "INTERNAL", outsider)).size());
        assertTrue(export("csv", "INTERNAL", investigator).text().contains(scene.restricted()));
    }

    @Test
    void formulasAreNeutralisedInCsvButIntactInJson() throws IOException {
        Scene scene = scene();
        List<CSVRecord> rows = csv(export("csv", "INTERNAL", investigator));
        assertEquals("'" + LOCALITY, row(rows, scene.withdrawn()).get("locality"));
        assertEquals("'" + FORMULA_NAME + " (INJURED, age unknown, ACTIVIST)", row(rows, scene.formula()).get("victims"));
        assertEquals("ساحة التحرير", row(rows, scene.formula()).get("locality"), "ordinary text unchanged");

        JsonObject json = json(export("json", "INTERNAL", investigator));
        assertEquals(LOCALITY, jsonCase(json, scene.withdrawn()).getString("locality"));
        assertEquals(FORMULA_NAME, jsonCase(json, scene.formula()).getJsonArray("victims").getJsonObject(0).getString("nameLatin"));
    }

    @Test
    void badParametersAreNamedBeforeAnythingIsWritten() {
        for (String format : List.of("csv", "json")) {
            assertProblem(download("/api/exports/cases." + format + "?q=x", investigator), "audience");
            assertProblem(download("/api/exports/cases." + format + "?audience=PRESS", investigator), "audience");
            assertProblem(download("/api/exports/cases." + format + "?audience=PUBLIC&from=yesterday", advocate), "from");
            assertProblem(download("/api/exports/cases." + format + "?audience=PUBLIC&status="
                    + URLEncoder.encode("=1+1", StandardCharsets.UTF_8), advocate), "status");
        }
    }

    /**
     * "The INTERNAL export carries every field the INTERNAL dossier has": before, it left out the narrative, the
     * sources, the end date and the proceedings, and the witnesses. The same file for the UN leaves out
     * what the dossier leaves out of a UN edition: source descriptions, the lawyers, their notes.
     */
    @Test
    void internalCarriesWhatTheInternalDossierHasAndTheUnEditionWithholdsTheTeamsTraces() throws IOException {
        String lawyerName = api.createUser("explaw", "LAWYER");
        String lawyer = api.token(lawyerName, Api.USER_PASSWORD);
        long witness = CaseIT.person(api, investigator, WITNESS_AR, WITNESS_LATIN);
        String reference = create(CaseIT.caseBody("Taken from his car " + marker).add("assignees", Api.array(investigatorName, lawyerName))
                .add("endDate", Api.object().add("year", day.getYear() + 1).add("month", 3))
                .add("latitude", new java.math.BigDecimal("31.0439")).add("longitude", new java.math.BigDecimal("46.2576"))
                .add("sources", Json.createArrayBuilder().add(Api.object().add("description", "The brother's account " + marker)
                        .add("reliability", "B").add("url", "https://example.org/statement")))
                .add("parties", Json.createArrayBuilder()
                        .add(Api.object().add("role", "WITNESS").add("personId", witness).add("notes", "saw the pick-up " + marker))));
        Api.Reply opened = api.post("/api/cases/" + reference + "/proceedings", lawyer, Api.object()
                .add("court", "محكمة جنايات ذي قار").add("fileNumber", "77/ج/2021").add("investigativeJudge", "قاضي التحقيق")
                .add("lawyers", Api.array(lawyerName)).add("notes", "strategy " + marker).build().toString());
        assertEquals(201, opened.status(), opened.body());
        long proceeding = opened.json().getJsonNumber("id").longValue();
        Api.Reply warrant = api.post("/api/proceedings/" + proceeding + "/events", lawyer, Api.object().add("type", "ARREST_WARRANT")
                .add("date", Api.object().add("year", 2021).add("month", 2).add("day", 3)).add("notes", "served late " + marker)
                .build().toString());
        assertEquals(201, warrant.status(), warrant.body());

        JsonObject internal = jsonCase(json(export("json", "INTERNAL", investigator)), reference);
        assertEquals("Taken from his car " + marker, internal.getString("narrative"));
        assertEquals((day.getYear() + 1) + "-03", internal.getString("endDate"));
        assertEquals(0, new java.math.BigDecimal("31.0439").compareTo(internal.getJsonNumber("latitude").bigDecimalValue()));
        assertEquals("Tishreen 2019", internal.getJsonArray("tags").getString(0));
        JsonObject source = internal.getJsonArray("sources").getJsonObject(0);
        assertEquals(List.of("B", "The brother's account " + marker, "https://example.org/statement"),
                List.of(source.getString("reliability"), source.getString("description"), source.getString("url")));
        JsonObject shownWitness = internal.getJsonArray("witnesses").getJsonObject(0);
        assertEquals(WITNESS_LATIN, shownWitness.getString("nameLatin"));
        assertEquals("saw the pick-up " + marker, shownWitness.getString("notes"));
        JsonObject court = internal.getJsonArray("proceedings").getJsonObject(0);
        assertEquals("محكمة جنايات ذي قار", court.getString("court"));
        assertEquals("77/ج/2021", court.getString("fileNumber"));
        assertEquals(List.of(lawyerName), court.getJsonArray("lawyers").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("strategy " + marker, court.getString("notes"));
        assertEquals("WARRANT", court.getJsonObject("stage").getString("phase"));
        JsonObject event = court.getJsonArray("events").getJsonObject(0);
        assertEquals(List.of("2021-02-03", "ARREST_WARRANT", "served late " + marker),
                List.of(event.getString("date"), event.getString("type"), event.getString("notes")));

        CSVRecord row = row(csv(export("csv", "INTERNAL", investigator)), reference);
        assertEquals("Taken from his car " + marker, row.get("narrative"));
        assertEquals((day.getYear() + 1) + "-03", row.get("endDate"));
        assertTrue(row.get("sources").contains("The brother's account " + marker), row.get("sources"));
        assertTrue(row.get("witnesses").startsWith(WITNESS_AR + " / " + WITNESS_LATIN), row.get("witnesses"));
        assertTrue(row.get("proceedings").contains("77/ج/2021") && row.get("proceedings").contains("ARREST_WARRANT"),
                row.get("proceedings"));

        Download un = download("/api/exports/cases.json?from=" + day + "&to=" + day + "&audience=UN", advocate);
        assertEquals(200, un.status(), un.text());
        JsonObject forTheUn = jsonCase(json(un), reference);
        assertEquals("B", forTheUn.getJsonArray("sources").getJsonObject(0).getString("reliability"));
        assertFalse(un.text().contains("brother"), "source descriptions stay with the team");
        assertFalse(un.text().contains("example.org"), "source addresses stay with the team");
        assertFalse(un.text().contains("strategy") || un.text().contains("served late"), "the lawyers' notes stay with them");
        assertFalse(un.text().contains(lawyerName), "the lawyers are not named to the UN");
        assertEquals("WARRANT", forTheUn.getJsonArray("proceedings").getJsonObject(0).getJsonObject("stage").getString("phase"));
        Download publicFile = download("/api/exports/cases.csv?from=" + day + "&to=" + day + "&audience=PUBLIC", advocate);
        assertFalse(publicFile.text().contains(marker), "nothing typed by the team goes public");
        assertFalse(publicFile.text().contains("77/ج/2021"), "no court file number in public");
        assertFalse(csv(publicFile).get(0).isMapped("witnesses"), "no witnesses column in public");
    }

    private static void assertProblem(Download reply, String field) {
        assertEquals(400, reply.status(), reply.text());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.header("Content-Type"));
        try (JsonReader reader = Json.createReader(new StringReader(reply.text()))) {
            assertEquals(field, reader.readObject().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }
}
