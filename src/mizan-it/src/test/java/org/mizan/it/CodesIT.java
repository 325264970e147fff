package org.mizan.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Codes as people write them (issue 20, item 4): governorates and violation types by code or by name in English,
 * Arabic or Kurdish, in bodies and filters; unknown values refused with a 400 naming the parameter and the allowed
 * codes; contacts' languages as the same language codes as everything else; status transitions that say the way.
 */
@ExtendWith(MizanServerExtension.class)
class CodesIT {

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
    void theImpunityIndicatorsTakeNamesToo() {
        Api.Reply basra = api.get("/api/indicators/impunity?governorate=Basra&violationType=" + encode("اغتيال"), investigator);
        assertEquals(200, basra.status(), basra.body());
        assertEquals("BA", basra.json().getJsonObject("filter").getString("governorate"));
        assertEquals("ASSASSINATION", basra.json().getJsonObject("filter").getString("violationType"));
        assertTrue(message(problem(api.get("/api/indicators/impunity?governorate=Atlantis", investigator)), "governorate")
                .contains("BG"));
    }

    private JsonObject created(jakarta.json.JsonObjectBuilder body) {
        Api.Reply reply = api.post("/api/cases", investigator, body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
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
