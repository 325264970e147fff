package org.mizan.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search that understands names: either script, common variants, ranked, and Arabic-aware full text. */
@ExtendWith(MizanServerExtension.class)
class NameSearchIT {

    private final Api api;
    private final String investigator;

    NameSearchIT(Api api) {
        this.api = api;
        this.investigator = api.token(api.createUser("searcher", "INVESTIGATOR"), Api.USER_PASSWORD);
    }

    private JsonArray persons(String query) {
        Api.Reply reply = api.get("/api/persons?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), investigator);
        assertEquals(200, reply.status(), reply.body());
        return reply.array();
    }

    private boolean finds(String query, long id) {
        return persons(query).stream().anyMatch(m -> m.asJsonObject().getJsonObject("person").getJsonNumber("id").longValue() == id);
    }

    @Test
    void aLatinSpellingFindsARecordEnteredOnlyInArabicAndTheReverse() {
        long arabicOnly = CaseIT.person(api, investigator, "علي حسن كاظم الزبيدي", null);
        long latinOnly = CaseIT.person(api, investigator, null, "Muhammad Jasim Hussein");
        assertTrue(finds("Ali Hasan Kadhim al-Zubaidi", arabicOnly));
        assertTrue(finds("Kazem", arabicOnly));
        assertTrue(finds("محمد جاسم حسين", latinOnly));
        assertTrue(finds("Mohammed", latinOnly));
    }

    @Test
    void fusedArticlesAndVowelVariantsFindTheArabicRecord() {
        long sajjad = CaseIT.person(api, investigator, "سجاد الموسوي", null);
        for (String spelling : new String[]{"Sajjad al-Mousawi", "Musawi", "Sajjad al-Musawi", "Sajjad Musawi", "Sajjad Al Musawi",
                "Sajjad Almusawi"}) {
            assertTrue(finds(spelling, sajjad), spelling);
        }
        long omar = CaseIT.person(api, investigator, "عمر فاضل الجبوري", null);
        for (String spelling : new String[]{"Omar Fadhil al-Jubouri", "Umar Fadil al-Juburi", "Omar Fadel Jubori"}) {
            assertTrue(finds(spelling, omar), spelling);
        }
        long kaabi = CaseIT.person(api, investigator, "مرتضى الكعبي", null);
        long janabi = CaseIT.person(api, investigator, "وسام الجنابي", null);
        long saadi = CaseIT.person(api, investigator, "ثائر الساعدي", null);
        assertTrue(finds("Murtadha Alkaabi", kaabi));
        assertTrue(finds("Wisam Aljanabi", janabi));
        assertTrue(finds("Thaer Alsaadi", saadi));
    }

    @Test
    void aHitShowsThePersonExactlyAsTheirOwnPageDoes() {
        Api.Reply created = api.post("/api/persons", investigator, Api.object().add("nameArabic", "زينب قاسم العبيدي")
                .add("nameLatin", "Zainab Qasim al-Obaidi").add("aliases", Api.array("Um Hussein", "Zaynab al-Ubaidi"))
                .add("gender", "FEMALE").add("birthYear", 1994).add("occupation", "JOURNALIST").add("affiliation", "Dijlah TV")
                .add("governorate", "BG").build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply page = api.get("/api/persons/" + id, investigator);
        assertEquals(200, page.status(), page.body());
        JsonObject hit = persons("Zaynab Ubaidi").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonObject("person").getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(page.json(), hit.getJsonObject("person"));
    }

    @Test
    void arabicSpellingVariantsMatch() {
        long ahmed = CaseIT.person(api, investigator, "أحمد عبد الصمد", null);
        long fatima = CaseIT.person(api, investigator, "فاطمة الموسوي", null);
        assertTrue(finds("احمد", ahmed), "hamza on alef");
        assertTrue(finds("فاطمه", fatima), "taa marbuta");
        assertTrue(finds("Fatima", fatima));
        JsonObject best = persons("احمد عبد الصمد").getJsonObject(0);
        assertEquals(ahmed, best.getJsonObject("person").getJsonNumber("id").longValue(), "the closest match ranks first");
    }

    @Test
    void caseSearchFindsVictimsByNameInTheOtherScriptAndNarrativesByStem() {
        long victim = CaseIT.person(api, investigator, "إيهاب جواد الوزني", null);
        String reference = api.post("/api/cases", investigator, CaseIT.caseBody("اغتيل الناشط أمام منزله في كربلاء بعد تلقيه تهديدات")
                        .add("parties", jakarta.json.Json.createArrayBuilder()
                                .add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "KILLED")))
                        .build().toString()).json().getString("reference");

        assertTrue(caseFound("Ihab Wazni", reference), "victim's name, Latin spelling");
        assertTrue(caseFound("Ouazni", reference), "a French-style spelling");
        assertTrue(caseFound("منزل", reference), "Arabic stemming: منزله → منزل");
        JsonObject hit = api.get("/api/cases?q=" + URLEncoder.encode("تهديدات", StandardCharsets.UTF_8), investigator).json()
                .getJsonArray("items").stream().map(i -> i.asJsonObject())
                .filter(i -> i.getString("reference").equals(reference)).findFirst().orElseThrow();
        assertTrue(hit.getString("highlight").contains("\uE000تهديدات\uE001"), "the matching part is marked: " + hit);
    }

    @Test
    void englishNarrativesAreStemmedToo() {
        String reference = api.post("/api/cases", investigator, CaseIT.caseBody("Security forces fired on the protesters near the bridge")
                .build().toString()).json().getString("reference");
        assertTrue(caseFound("protester", reference));
    }

    private boolean caseFound(String query, String reference) {
        Api.Reply reply = api.get("/api/cases?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&size=200", investigator);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").stream().anyMatch(i -> i.asJsonObject().getString("reference").equals(reference));
    }
}
