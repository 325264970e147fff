package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void aCaseIsFoundByItsLocalityInEitherScriptFilteredByItAndTheLocalityIsSuggested() {
        String nasiriyah = recorded(CaseIT.caseBody("Shot at the bridge").add("locality", "الناصرية"));
        String amarah = recorded(CaseIT.caseBody("Taken from his shop").add("locality", "Amarah"));
        for (String spelling : List.of("Nasiriyah", "Nasiriya", "الناصرية", "al-Nasiriyah")) {
            assertTrue(caseFound(spelling, nasiriyah), spelling);
            assertFalse(caseFound(spelling, amarah), spelling);
        }
        for (String spelling : List.of("Amarah", "Amara", "العمارة")) {
            assertTrue(caseFound(spelling, amarah), spelling);
        }
        assertTrue(caseFound("Tahrir", CaseIT.recordedCase(api, investigator, "At the square")), "ساحة التحرير by Tahrir");

        List<String> filtered = references(api.get("/api/cases?size=200&locality=Nasiriya", investigator));
        assertTrue(filtered.contains(nasiriyah), filtered::toString);
        assertFalse(filtered.contains(amarah), filtered::toString);

        Api.Reply suggested = api.get("/api/cases/localities?q=" + URLEncoder.encode("الناص", StandardCharsets.UTF_8), investigator);
        assertEquals(200, suggested.status(), suggested.body());
        assertTrue(suggested.array().toString().contains("الناصرية"), suggested.body());
        assertTrue(api.get("/api/cases/localities?q=Amar", investigator).array().toString().contains("Amarah"));
    }

    @Test
    void partyNotesAndSourceDescriptionsFindTheCaseAndANameRanksAboveANote() {
        String word = uniqueWord();
        long named = CaseIT.person(api, investigator, null, "Dhurgham " + word);
        String byName = recorded(CaseIT.caseBody("Killed at night").add("parties", Json.createArrayBuilder()
                .add(Api.object().add("role", "VICTIM").add("personId", named).add("fate", "KILLED"))));
        long other = CaseIT.person(api, investigator, "حيدر كامل", null);
        String byNote = recorded(CaseIT.caseBody("Abducted").add("parties", Json.createArrayBuilder()
                .add(Api.object().add("role", "WITNESS").add("personId", other).add("notes", "Saw " + word + " near the car"))));
        String source = uniqueWord();
        String bySource = recorded(CaseIT.caseBody("Threatened").add("sources", Json.createArrayBuilder()
                .add(Api.object().add("description", "Interview with the " + source + " family").add("reliability", "B"))));

        assertTrue(caseFound(source, bySource), "a source's description");
        List<String> ranked = references(api.get("/api/cases?q=" + word, investigator));
        assertEquals(List.of(byName, byNote), ranked, "a name match ranks above a note");
    }

    @Test
    void aReferenceFindsOnlyItsCaseAndItsPersonsNotANameThatSoundsLikeIt() {
        long mazin = CaseIT.person(api, investigator, "مازن الزيدي", "Mazin al-Zaidi");
        String mazinsCase = recorded(CaseIT.caseBody("Mazin was shot").add("parties", Json.createArrayBuilder()
                .add(Api.object().add("role", "VICTIM").add("personId", mazin).add("fate", "KILLED"))));
        long victim = CaseIT.person(api, investigator, "علي كريم", null);
        String reference = recorded(CaseIT.caseBody("Detained").add("parties", Json.createArrayBuilder()
                .add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "DETAINED"))));
        for (String query : List.of(reference, reference.toLowerCase(java.util.Locale.ROOT), reference.substring("MZN-".length()))) {
            assertEquals(List.of(reference), references(api.get("/api/cases?q=" + query, investigator)), query);
            assertEquals(List.of(victim), personIds(query), query);
        }
        assertTrue(personIds(mazinsCase).contains(mazin), "the persons of Mazin's own case");
        assertEquals(List.of(), personIds("MZN-1900-9999"), "no such case: nobody");
    }

    @Test
    void anOutsiderFindsARestrictedCaseByNoneOfItsTextsNorIsToldItsLocality() {
        String note = uniqueWord();
        String source = uniqueWord();
        String place = "Qalat " + uniqueWord();
        long witness = CaseIT.person(api, investigator, "سيف عادل", null);
        String restricted = recorded(CaseIT.caseBody("Restricted").add("confidentiality", "RESTRICTED").add("locality", place)
                .add("sources", Json.createArrayBuilder().add(Api.object().add("description", "Call from " + source).add("reliability", "C")))
                .add("parties", Json.createArrayBuilder()
                        .add(Api.object().add("role", "WITNESS").add("personId", witness).add("notes", "Hid " + note))));
        for (String query : List.of(note, source, place)) {
            assertTrue(caseFound(query, restricted), "the team finds it by " + query);
        }
        for (String role : List.of("INVESTIGATOR", "LAWYER", "ADVOCATE")) {
            String outsider = api.newUserToken("searchout-" + role.toLowerCase(java.util.Locale.ROOT), role);
            for (String query : List.of(note, source, place)) {
                Api.Reply reply = api.get("/api/cases?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), outsider);
                assertEquals(200, reply.status(), reply.body());
                assertFalse(reply.body().contains(restricted), role + " found it by " + query);
            }
            assertFalse(api.get("/api/cases?locality=" + URLEncoder.encode(place, StandardCharsets.UTF_8), outsider).body()
                    .contains(restricted), role + " filtered it by its locality");
            Api.Reply suggested = api.get("/api/cases/localities?q=Qalat", outsider);
            assertEquals(200, suggested.status(), suggested.body());
            assertFalse(suggested.body().contains(place), role + " was told the locality: " + suggested.body());
        }
    }

    /** Letters only, so that no stemmer or parser splits it, and unlike any word another test records. */
    private static String uniqueWord() {
        java.util.Random random = new java.util.Random();
        return "zq" + random.ints(10, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    private String recorded(jakarta.json.JsonObjectBuilder body) {
        Api.Reply created = api.post("/api/cases", investigator, body.build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("reference");
    }

    private static List<String> references(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getString("reference")).toList();
    }

    private List<Long> personIds(String query) {
        return persons(query).stream().map(m -> m.asJsonObject().getJsonObject("person").getJsonNumber("id").longValue()).toList();
    }

    private boolean caseFound(String query, String reference) {
        Api.Reply reply = api.get("/api/cases?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&size=200", investigator);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").stream().anyMatch(i -> i.asJsonObject().getString("reference").equals(reference));
    }
}
