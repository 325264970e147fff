package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The insider's attacks on what changed with withdrawal, the richer case fields in exports, kinship and imports. Each
 * test is named for the hole it probes; a failing test is a hole, a passing one guards a property that was checked.
 */
@ExtendWith(MizanServerExtension.class)
class InsiderAttackIT {

    private static final HttpClient BYTES = HttpClient.newHttpClient();
    private static final Pattern REFERENCE = Pattern.compile("MZN-\\d{4}-\\d{4,}");

    private final Api api;
    private final String marker = Long.toString(System.nanoTime(), 36);

    InsiderAttackIT(Api api) {
        this.api = api;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Exports: the date of death and the community

    /**
     * HOLE: RedactionRules.party passes party.getDiedOn() to every audience, so PartyText (CSV), JsonCases and the
     * dossier print a victim's exact date of death in PUBLIC, where docs/domain.md allows "age group and fate only".
     * An advocate (or anyone handed the public file) gets an exact date that, with the governorate, singles out a family.
     */
    @Test
    void aPublicExportCarriesNoExactDateOfDeath() throws Exception {
        String investigatorName = api.createUser("atk-inv", "INVESTIGATOR");
        String investigator = api.token(investigatorName, Api.USER_PASSWORD);
        String advocate = api.newUserToken("atk-adv", "ADVOCATE");
        LocalDate day = LocalDate.of(1905 + ThreadLocalRandom.current().nextInt(80), 1 + ThreadLocalRandom.current().nextInt(12),
                1 + ThreadLocalRandom.current().nextInt(28));
        String died = day.plusDays(17).toString();
        long victim = CaseIT.person(api, investigator, "نوري الميت " + marker, "Nouri al-Mayyit " + marker);
        Api.Reply created = api.post("/api/cases", investigator, CaseIT.caseBody("Died later " + marker)
                .add("incidentDate", Api.object().add("year", day.getYear()).add("month", day.getMonthValue()).add("day", day.getDayOfMonth()))
                .add("assignees", Api.array(investigatorName))
                .add("parties", Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", victim)
                        .add("fate", "KILLED").add("diedOn", died).add("community", "YAZIDI")))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        String range = "from=" + day + "&to=" + day;

        String csv = download("/api/exports/cases.csv?" + range + "&audience=PUBLIC", advocate);
        String json = download("/api/exports/cases.json?" + range + "&audience=PUBLIC", advocate);
        assertTrue(csv.contains(reference) && json.contains(reference), "the case is in both public files: " + csv);
        // Guarded property (holds): the community never leaves INTERNAL/LEGAL.
        String un = download("/api/exports/cases.json?" + range + "&audience=UN", advocate);
        assertFalse(csv.contains("YAZIDI") || json.contains("YAZIDI") || un.contains("YAZIDI"), "community outside INTERNAL/LEGAL");
        assertFalse(api.get("/api/cases/" + reference, advocate).body().contains("YAZIDI"), "community in the advocate's case view");
        // The hole: the exact date of death in PUBLIC.
        assertFalse(csv.contains(died), "PUBLIC CSV prints the exact date of death: " + csv);
        assertFalse(json.contains(died), "PUBLIC JSON prints the exact date of death: " + json);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Imports: the known-row lookup

    private static final String IMPORT_MAPPING = """
            {"Name": "VICTIM_NAME", "Date": "INCIDENT_DATE", "Governorate": "GOVERNORATE", "Type": "VIOLATION_TYPE",
             "Details": "NARRATIVE"}""";

    /**
     * HOLE: ImportLookups.known (src/mizan-app/.../imports/control/ImportLookups.java:45-46) joins import_row to
     * violation_case with only CaseVisibility.live, not CaseVisibility.sql: a dry run of a file holding a row that was
     * imported into a case that is now RESTRICTED answers that row as "known" with the restricted case's reference.
     * An insider with the partner's spreadsheet (or who can guess a row) learns that the restricted case exists and its
     * reference, which everywhere else is a 404.
     */
    @Test
    void anImportDryRunNamesNoCaseItsImporterCannotSee() throws Exception {
        String ownerName = api.createUser("atk-owner", "INVESTIGATOR");
        String owner = api.token(ownerName, Api.USER_PASSWORD);
        String insider = api.newUserToken("atk-insider", "INVESTIGATOR");
        byte[] file = ("Name,Date,Governorate,Type,Details\r\nسلام المحمي,2021-05-06,بغداد,اغتيال,protected row " + marker + "\r\n")
                .getBytes(StandardCharsets.UTF_8);

        String ownUpload = ImportIT.upload(api, owner, file, "partner.csv").getString("uploadId");
        Api.Reply started = api.post("/api/imports/uploads/" + ownUpload + "/import", owner, "{\"mapping\": " + IMPORT_MAPPING + "}");
        assertEquals(202, started.status(), started.body());
        assertEquals(1, ImportIT.finished(api, owner, started.json()).getInt("casesCreated"));
        Matcher found = REFERENCE.matcher(api.get("/api/cases?q=" + marker, owner).body());
        assertTrue(found.find(), "the imported case is found by its narrative");
        String reference = found.group();
        Api.Reply restricted = api.put("/api/cases/" + reference + "/team", owner, Api.object().add("members", Api.array(ownerName))
                .add("confidentiality", "RESTRICTED").add("reason", "the family is threatened").build().toString());
        assertEquals(200, restricted.status(), restricted.body());
        assertEquals(404, api.get("/api/cases/" + reference, insider).status(), "the insider may not see the case");

        String upload = ImportIT.upload(api, insider, file, "same.csv").getString("uploadId");
        JsonObject report = ImportIT.finished(api, insider, ImportIT.dryRun(api, insider, upload, "en", IMPORT_MAPPING));
        assertFalse(report.toString().contains(reference), "the dry run names the restricted case: " + report);
        assertEquals(0, report.getInt("rowsKnown"), "the dry run says the row is already in a case: " + report);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Person withdrawal as an oracle

    /**
     * HOLE: PersonWithdrawals.withdraw (cases/control/PersonWithdrawals.java:58-63, naming() at :97) checks the lead
     * against every live case naming the person, restricted ones the caller cannot see included, and answers 403. A
     * lead who sees only their own case naming a person gets 200 for a person named nowhere else and 403 for one also
     * named in a restricted case: the refusal reveals that a hidden case names the person (a witness in another file).
     * The property asserted: the answer must not depend on a case the caller cannot see.
     */
    @Test
    void aPersonsWithdrawalDoesNotTellOfAHiddenCaseNamingThem() {
        String leadName = api.createUser("atk-lead", "INVESTIGATOR");
        String lead = api.token(leadName, Api.USER_PASSWORD);
        String otherName = api.createUser("atk-other", "INVESTIGATOR");
        String other = api.token(otherName, Api.USER_PASSWORD);
        long alone = CaseIT.person(api, lead, "شاهد وحيد " + marker, "Shahid Wahid " + marker);
        long named = CaseIT.person(api, lead, "شاهد مخفي " + marker, "Shahid Makhfi " + marker);
        String mine = ownCase(lead, leadName, "STANDARD", alone, named);
        String hidden = ownCase(other, otherName, "RESTRICTED", named);
        assertEquals(404, api.get("/api/cases/" + hidden, lead).status(), "the lead may not see the restricted case");
        // Everything the lead may read about the person names only the lead's own case.
        Api.Reply person = api.get("/api/persons/" + named, lead);
        assertEquals(200, person.status());
        assertFalse(person.body().contains(hidden));

        Api.Reply control = api.post("/api/persons/" + alone + "/withdrawal", lead, reason("entered by mistake"));
        assertEquals(200, control.status(), control.body());
        Api.Reply probe = api.post("/api/persons/" + named + "/withdrawal", lead, reason("entered by mistake"));
        assertNotEquals(403, probe.status(), "403 here tells the lead a case they cannot see (" + mine + " is theirs) names the person: "
                + probe.body());
    }

    /**
     * HOLE: CaseWithdrawalResource (cases/boundary/CaseWithdrawalResource.java:24) admits ADVOCATE and LAWYER, and
     * CaseWithdrawals.mayWithdraw is only CaseTeamService.mayManage (lead or admin), which no role change clears. An
     * investigator moved to ADVOCATE (a suspected sympathiser taken off casework) still leads their STANDARD cases and can
     * withdraw one, hiding it and its evidence from everyone, while the team endpoint (INVESTIGATOR, LAWYER, ADMIN)
     * already refuses them. A reader of the UN edition must not take a case away from its readers.
     */
    @Test
    void aLeadDemotedToAdvocateCannotWithdrawTheCase() {
        String leadName = api.createUser("atk-demoted", "INVESTIGATOR");
        String lead = api.token(leadName, Api.USER_PASSWORD);
        long victim = CaseIT.person(api, lead, "ضحية باقية " + marker, "Dahiya Baqiya " + marker);
        String reference = ownCase(lead, leadName, "STANDARD", victim);
        assertEquals(200, api.put("/api/users/" + leadName, api.adminToken(), "{\"roles\":[\"ADVOCATE\"]}").status());
        String advocate = api.token(leadName, Api.USER_PASSWORD);
        assertEquals(200, api.get("/api/cases/" + reference, advocate).status(), "an advocate still reads the standard case");
        Api.Reply team = api.put("/api/cases/" + reference + "/team", advocate, Api.object().add("members", Api.array(leadName))
                .add("reason", "mine").build().toString());
        assertEquals(403, team.status(), "the team endpoint already refuses an advocate: " + team.body());
        Api.Reply withdrawn = api.post("/api/cases/" + reference + "/withdrawal", advocate, reason("hide it"));
        assertEquals(403, withdrawn.status(), "an advocate withdrew the case they once led: " + withdrawn.body());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Kinship

    /**
     * GUARD: linking a visible person to a person known only from a restricted case, or to an id nobody has, answers the
     * same 404 (body equal once the id is masked), and the relatives list never shows the hidden person or a withdrawn one.
     */
    @Test
    void kinshipToAHiddenPersonIsTheSame404AsToAMadeUpId() {
        String insiderName = api.createUser("atk-kin", "INVESTIGATOR");
        String insider = api.token(insiderName, Api.USER_PASSWORD);
        String otherName = api.createUser("atk-kin-other", "INVESTIGATOR");
        String other = api.token(otherName, Api.USER_PASSWORD);
        long mine = CaseIT.person(api, insider, "أب ظاهر " + marker, "Ab Dhahir " + marker);
        ownCase(insider, insiderName, "STANDARD", mine);
        long hiddenPerson = CaseIT.person(api, other, "ابن مخفي " + marker, "Ibn Makhfi " + marker);
        ownCase(other, otherName, "RESTRICTED", hiddenPerson);
        long madeUp = hiddenPerson + 1_000_000;

        String body = "{\"kinship\": \"CHILD\"}";
        Api.Reply toHidden = api.put("/api/persons/" + mine + "/relatives/" + hiddenPerson, insider, body);
        Api.Reply toNobody = api.put("/api/persons/" + mine + "/relatives/" + madeUp, insider, body);
        assertEquals(404, toHidden.status(), toHidden.body());
        assertEquals(toNobody.status(), toHidden.status());
        assertEquals(mask(toNobody.body(), madeUp), mask(toHidden.body(), hiddenPerson), "the two 404s differ");
        Api.Reply reverseHidden = api.get("/api/persons/" + hiddenPerson + "/relatives", insider);
        Api.Reply reverseNobody = api.get("/api/persons/" + madeUp + "/relatives", insider);
        assertEquals(404, reverseHidden.status());
        assertEquals(mask(reverseNobody.body(), madeUp), mask(reverseHidden.body(), hiddenPerson));

        // The other investigator links the hidden son to the father (both visible to them): the insider must not see him.
        Api.Reply linked = api.put("/api/persons/" + hiddenPerson + "/relatives/" + mine, other, "{\"kinship\": \"PARENT\"}");
        if (linked.status() == 200) {
            Api.Reply relatives = api.get("/api/persons/" + mine + "/relatives", insider);
            assertEquals(200, relatives.status());
            assertFalse(relatives.body().contains(Long.toString(hiddenPerson)) || relatives.body().contains("Makhfi"),
                    "a relative known only from a restricted case is shown: " + relatives.body());
        }
    }

    /**
     * GUARD: an advocate (UN edition) finds no case by a word of its date note (the note is not in the full-text index),
     * and the case's history gives them only which fields changed, never the community or the note's words.
     */
    @Test
    void advocateNeitherFindsByDateNoteNorReadsCommunityInHistory() {
        String investigatorName = api.createUser("atk-note", "INVESTIGATOR");
        String investigator = api.token(investigatorName, Api.USER_PASSWORD);
        String advocate = api.newUserToken("atk-note-adv", "ADVOCATE");
        String word = "zqx" + marker;
        long victim = CaseIT.person(api, investigator, "يزيدي مستهدف " + marker, "Yazidi Mustahdaf " + marker);
        Api.Reply created = api.post("/api/cases", investigator, CaseIT.caseBody("Standard case " + marker)
                .add("dateNote", "the family said " + word)
                .add("assignees", Api.array(investigatorName))
                .add("parties", Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", victim)
                        .add("fate", "KILLED").add("community", "SABEAN_MANDAEAN")))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        assertEquals(200, api.get("/api/cases/" + reference, advocate).status());
        assertFalse(api.get("/api/cases?q=" + word, advocate).body().contains(reference), "found by a word of the date note");
        Api.Reply history = api.get("/api/cases/" + reference + "/history", advocate);
        assertEquals(200, history.status());
        assertFalse(history.body().contains("SABEAN") || history.body().contains(word), history.body());
        Api.Reply view = api.get("/api/cases/" + reference, advocate);
        assertFalse(view.body().contains("SABEAN"), view.body());
    }

    /**
     * GUARD: a withdrawn person drops out of their relatives' lists, and linking to them is the same 404 as to an id
     * nobody has.
     */
    @Test
    void aWithdrawnRelativeIsGoneFromRelativesAndLinks() {
        String leadName = api.createUser("atk-wrel", "INVESTIGATOR");
        String lead = api.token(leadName, Api.USER_PASSWORD);
        long father = CaseIT.person(api, lead, "أب باق " + marker, "Ab Baqi " + marker);
        long son = CaseIT.person(api, lead, "ابن مسحوب " + marker, "Ibn Mashoub " + marker);
        ownCase(lead, leadName, "STANDARD", father, son);
        assertEquals(200, api.put("/api/persons/" + father + "/relatives/" + son, lead, "{\"kinship\": \"CHILD\"}").status());
        assertTrue(api.get("/api/persons/" + father + "/relatives", lead).body().contains("Mashoub"));
        Api.Reply withdrawn = api.post("/api/persons/" + son + "/withdrawal", lead, reason("entered twice"));
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertFalse(api.get("/api/persons/" + father + "/relatives", lead).body().contains("Mashoub"));
        long madeUp = son + 1_000_000;
        Api.Reply toWithdrawn = api.put("/api/persons/" + father + "/relatives/" + son, lead, "{\"kinship\": \"CHILD\"}");
        Api.Reply toNobody = api.put("/api/persons/" + father + "/relatives/" + madeUp, lead, "{\"kinship\": \"CHILD\"}");
        assertEquals(404, toWithdrawn.status());
        assertEquals(mask(toNobody.body(), madeUp), mask(toWithdrawn.body(), son));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private String ownCase(String token, String username, String confidentiality, long... victims) {
        var parties = Json.createArrayBuilder();
        for (long v : victims) {
            parties.add(Api.object().add("role", "VICTIM").add("personId", v));
        }
        Api.Reply created = api.post("/api/cases", token, CaseIT.caseBody("Attack case " + marker)
                .add("confidentiality", confidentiality).add("assignees", Api.array(username))
                .add("parties", parties).build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("reference");
    }

    private static String reason(String why) {
        return Api.object().add("reason", why).build().toString();
    }

    private static String mask(String body, long id) {
        return body.replace(Long.toString(id), "#");
    }

    private String download(String path, String token) throws Exception {
        HttpResponse<byte[]> response = BYTES.send(api.builder(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(200, response.statusCode(), text);
        return text;
    }

    @SuppressWarnings("unused")
    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
