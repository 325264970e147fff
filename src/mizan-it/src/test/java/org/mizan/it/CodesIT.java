package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Codes as people write them: governorates and violation types by code or by name in English,
 * Arabic or Kurdish, in bodies and filters; unknown values refused with a 400 naming the parameter and the allowed
 * codes; contacts' languages as the same language codes as everything else; status transitions that say the way.
 */
@ExtendWith(MizanServerExtension.class)
class CodesIT {

    private static final Messages ARABIC = Messages.in(Locale.forLanguageTag("ar"));

    private final Api api;
    private final MizanServer server;
    private final String investigator;

    CodesIT(Api api, MizanServer server) {
        this.api = api;
        this.server = server;
        this.investigator = api.newUserToken("codes", "INVESTIGATOR");
    }

    @Test
    void aCaseTakesGovernoratesAndTypesByTheirNamesInThreeLanguages() {
        JsonObject english = created(CaseIT.caseBody("named in English").add("governorate", "Baghdad")
                .add("violationTypes", Api.array("assassination", "Torture")));
        assertEquals("BG", english.getString("governorate"));
        assertEquals(List.of("ASSASSINATION", "TORTURE"), strings(english, "violationTypes"));

        JsonObject arabic = created(CaseIT.caseBody("named in Arabic").add("governorate", "البصرة")
                .add("violationTypes", Api.array("اغتيال")));
        assertEquals("BA", arabic.getString("governorate"));
        assertEquals(List.of("ASSASSINATION"), strings(arabic, "violationTypes"));

        JsonObject kurdish = created(CaseIT.caseBody("named in Kurdish").add("governorate", "هەولێر")
                .add("violationTypes", Api.array("ڕفاندن")));
        assertEquals("AR", kurdish.getString("governorate"));
        assertEquals(List.of("ABDUCTION"), strings(kurdish, "violationTypes"));

        JsonObject coded = created(CaseIT.caseBody("by code").add("governorate", "na").add("violationTypes", Api.array("threat")));
        assertEquals("NA", coded.getString("governorate"), "a code in a REST body is a code: Najaf");
        assertEquals(List.of("THREAT"), strings(coded, "violationTypes"));
    }

    @Test
    void anUnknownGovernorateOrTypeIsRefusedWithTheAllowedCodes() {
        Api.Reply reply = api.post("/api/cases", investigator, CaseIT.caseBody("unknown codes").add("governorate", "Atlantis")
                .add("violationTypes", Api.array("ASSASSINATION", "bombing")).build().toString());
        JsonObject problem = problem(reply);
        assertTrue(message(problem, "governorate").contains("Atlantis"), problem.toString());
        assertTrue(message(problem, "governorate").contains("BG") && message(problem, "governorate").contains("MU"),
                "the allowed codes: " + problem);
        assertTrue(message(problem, "violationTypes[1]").contains("KILLING_AT_PROTEST"), "the allowed codes: " + problem);
    }

    @Test
    void theListFiltersByNamesAndRefusesUnknownValues() {
        String basra = created(CaseIT.caseBody("a torture in Basra " + Api.unique("t")).add("governorate", "BA")
                .add("violationTypes", Api.array("TORTURE"))).getString("reference");
        for (String query : List.of("governorate=Basra&type=torture", "governorate=" + encode("البصرة") + "&type=" + encode("تعذيب"),
                "governorate=ba&type=TORTURE")) {
            Api.Reply list = api.get("/api/cases?size=200&" + query, investigator);
            assertEquals(200, list.status(), list.body());
            assertTrue(list.body().contains(basra), query + " finds " + basra + ": " + list.body());
        }
        created(CaseIT.caseBody("an assassination " + Api.unique("a")));
        Api.Reply assassinations = api.get("/api/cases?type=assassination", investigator);
        assertEquals(200, assassinations.status(), assassinations.body());
        assertTrue(assassinations.json().getJsonNumber("total").longValue() > 0, assassinations.body());

        for (String path : List.of("/api/cases?type=bombing", "/api/exports/cases.csv?audience=INTERNAL&type=bombing",
                "/api/exports/cases.json?audience=INTERNAL&type=bombing")) {
            assertTrue(message(problem(api.get(path, investigator)), "type").contains("ASSASSINATION"), path);
        }
        for (String path : List.of("/api/cases?governorate=Atlantis", "/api/exports/cases.csv?audience=INTERNAL&governorate=Atlantis")) {
            assertTrue(message(problem(api.get(path, investigator)), "governorate").contains("BG"), path);
        }
        assertTrue(message(problem(api.get("/api/cases?status=LOST", investigator)), "status").contains("INTAKE"));
    }

    @Test
    void evidenceBytesComeInlineOrAsAttachmentAndNothingElse() {
        String reference = created(CaseIT.caseBody("evidence disposition")).getString("reference");
        Api.Reply uploaded = api.send(api.builder("/api/cases/" + reference + "/evidence?name=note.txt", investigator)
                .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString("a witness note")).build());
        assertEquals(201, uploaded.status(), uploaded.body());
        String content = "/api/evidence/" + uploaded.json().getJsonNumber("id").longValue() + "/content";
        assertEquals(200, api.get(content + "?disposition=attachment", investigator).status());
        assertEquals(200, api.get(content, investigator).status());
        assertTrue(message(problem(api.get(content + "?disposition=preview", investigator)), "disposition").contains("inline"));
    }

    @Test
    void theImpunityIndicatorsTakeNamesToo() {
        Api.Reply basra = api.get("/api/indicators/impunity?governorate=Basra&violationType=" + encode("اغتيال"), investigator);
        assertEquals(200, basra.status(), basra.body());
        assertEquals("BA", basra.json().getJsonObject("filter").getString("governorate"));
        assertEquals("ASSASSINATION", basra.json().getJsonObject("filter").getString("violationType"));
        assertTrue(message(problem(api.get("/api/indicators/impunity?governorate=Atlantis", investigator)), "governorate")
                .contains("BG"));
    }

    @Test
    void contactsSpeakLanguagesByCodeAndStillUnderstandTheOldNames() throws SQLException {
        long victim = CaseIT.person(api, investigator, "زينب علي", "Zainab Ali");
        Api.Reply recorded = api.post("/api/cases", investigator, CaseIT.caseBody("contact languages")
                .add("parties", Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", victim)))
                .build().toString());
        assertEquals(201, recorded.status(), recorded.body());
        String contacts = "/api/cases/" + recorded.json().getString("reference") + "/contacts";

        JsonObject sorani = createdContact(contacts, victim, "ckb");
        assertEquals("ckb", sorani.getString("language"));
        assertEquals("ar", createdContact(contacts, victim, "ARABIC").getString("language"), "an old client's name");
        assertEquals("kmr", createdContact(contacts, victim, "KURDISH_BADINI").getString("language"));
        assertEquals("syr", createdContact(contacts, victim, "syr").getString("language"));
        Api.Reply list = api.get(contacts, investigator);
        assertEquals(200, list.status(), list.body());
        assertTrue(list.array().stream().allMatch(c -> List.of("ckb", "ar", "kmr", "syr").contains(c.asJsonObject().getString("language"))),
                list.body());
        assertEquals("ckb", storedLanguage(sorani.getJsonNumber("id").longValue()), "stored as the code");

        Api.Reply unknown = api.post(contacts, investigator, contact(victim, "klingon").build().toString());
        String allowed = message(problem(unknown), "language");
        assertTrue(allowed.contains("ar") && allowed.contains("ckb") && allowed.contains("kmr"), allowed);
    }

    /** V24 on a database written before it: every contact's language becomes its code, and no row is refused. */
    @Test
    void contactLanguagesStoredAsNamesBecomeCodes() throws SQLException {
        String url = server.createScratchDatabase("mizan_v24");
        try {
            migrate(url, "22");
            List<String> names = List.of("ARABIC", "KURDISH_SORANI", "KURDISH_BADINI", "TURKMEN", "SYRIAC", "ENGLISH");
            try (Connection db = DriverManager.getConnection(url, server.dbUser(), server.dbPassword());
                 Statement sql = db.createStatement()) {
                // Contacts without their case and person: only the language column is under test here.
                sql.execute("SET session_replication_role = replica");
                for (String name : names) {
                    sql.execute("INSERT INTO family_contact (case_id, person_id, reaches, relationship, risk_level, language, "
                            + "name_enc, created_at, created_by, updated_at, updated_by) VALUES (1, 1, 'FAMILY', 'MOTHER', 'LOW', '"
                            + name + "', 'sealed', now(), 'before', now(), 'before')");
                }
                sql.execute("INSERT INTO family_contact (case_id, person_id, reaches, relationship, risk_level, name_enc, "
                        + "created_at, created_by, updated_at, updated_by) VALUES (1, 1, 'FAMILY', 'MOTHER', 'LOW', 'sealed', now(), "
                        + "'before', now(), 'before')");
            }
            migrate(url, "latest");
            try (Connection db = DriverManager.getConnection(url, server.dbUser(), server.dbPassword());
                 Statement sql = db.createStatement();
                 ResultSet rows = sql.executeQuery("SELECT language FROM family_contact ORDER BY id")) {
                List<String> languages = new java.util.ArrayList<>();
                while (rows.next()) {
                    languages.add(rows.getString(1));
                }
                assertEquals(java.util.Arrays.asList("ar", "ckb", "kmr", "tr-IQ", "syr", "en", null), languages);
                assertThrows(SQLException.class, () -> sql.execute("UPDATE family_contact SET language = 'ARABIC'"),
                        "the old names are no longer codes");
            }
        } finally {
            server.dropScratchDatabase(url);
        }
    }

    private void migrate(String url, String target) {
        Flyway.configure(CodesIT.class.getClassLoader()).dataSource(url, server.dbUser(), server.dbPassword())
                .locations("classpath:db/migration").failOnMissingLocations(true).target(target).load().migrate();
    }

    @Test
    void aStatusChangeThatIsNoStepSaysTheWay() {
        Api.Reply documented = api.post("/api/cases", investigator, CaseIT.caseBody("documented at once").add("status", "DOCUMENTED")
                .build().toString());
        String start = message(problem(documented), "status");
        assertTrue(start.contains("Intake") && start.contains("Verified"), start);

        JsonObject intake = created(CaseIT.caseBody("step by step"));
        String path = "/api/cases/" + intake.getString("reference");
        Api.Reply jump = api.send(api.builder(path, investigator).header("Content-Type", "application/json")
                .header("Accept-Language", "ar").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(CaseIT.caseBody("step by step")
                        .add("status", "DOCUMENTED").add("version", intake.getJsonNumber("version").longValue()).build().toString()))
                .build());
        String refusal = message(problem(jump), "status");
        assertTrue(refusal.contains(ARABIC.get("cases.status.VERIFIED")) && refusal.contains(ARABIC.get("cases.status.CLOSED")),
                "the steps possible from intake, in the user's language: " + refusal);
    }

    private JsonObject created(jakarta.json.JsonObjectBuilder body) {
        Api.Reply reply = api.post("/api/cases", investigator, body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private JsonObject createdContact(String contacts, long person, String language) {
        Api.Reply reply = api.post(contacts, investigator, contact(person, language).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static jakarta.json.JsonObjectBuilder contact(long person, String language) {
        return Api.object().add("personId", person).add("reaches", "FAMILY").add("relationship", "MOTHER").add("riskLevel", "LOW")
                .add("language", language).add("name", "أم زينب");
    }

    private String storedLanguage(long contact) throws SQLException {
        try (Connection db = server.sql();
             PreparedStatement query = db.prepareStatement("SELECT language FROM family_contact WHERE id = ?")) {
            query.setLong(1, contact);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static JsonObject problem(Api.Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        return reply.json();
    }

    /** The message of the error naming {@code field}. */
    private static String message(JsonObject problem, String field) {
        return problem.getJsonArray("errors").stream().map(e -> e.asJsonObject()).filter(e -> field.equals(e.getString("field")))
                .map(e -> e.getString("message")).findFirst().orElseThrow(() -> new AssertionError("no error for " + field + ": " + problem));
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
