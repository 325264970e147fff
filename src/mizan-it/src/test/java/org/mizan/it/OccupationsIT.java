package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.mizan.reports.control.PdfText;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, item 6: "several occupations or roles of a victim (a journalist who is also a protest organiser)". The list
 * travels through REST (beside the single occupation older clients send), the case filter, the person's history, the
 * exports and the case page, where it is chosen and shown.
 */
@ExtendWith(MizanServerExtension.class)
class OccupationsIT {

    @Test
    void aPersonsOccupationsGoThroughRestTheFilterTheHistoryAndTheExports(Api api) {
        String investigator = api.newUserToken("occinv", "INVESTIGATOR");
        String marker = "occupations" + System.nanoTime();
        Api.Reply created = api.post("/api/persons", investigator, Api.object().add("nameArabic", "سجاد كريم " + marker)
                .add("occupations", Api.array("journalist", "PROTESTER", "JOURNALIST")).build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(List.of("JOURNALIST", "PROTESTER"), codes(created.json()), "in order, each once, by code in any case");
        assertEquals("JOURNALIST", created.json().getString("occupation"), "the first, for clients that know one");

        long version = created.json().getJsonNumber("version").longValue();
        for (JsonObject wrong : List.of(
                body(marker, version).add("occupation", "ACTIVIST").add("occupations", Api.array("JOURNALIST", "ACTIVIST")).build(),
                body(marker, version).add("occupations", Api.array("JOURNALIST", "ASTRONAUT")).build(),
                body(marker, version).add("occupations", Api.array("ACTIVIST", "JOURNALIST", "LAWYER", "PROTESTER", "MEDIC", "STUDENT")).build())) {
            Api.Reply refused = api.put("/api/persons/" + id, investigator, wrong.toString());
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused.header("Content-Type"));
        }
        Api.Reply unknown = api.put("/api/persons/" + id, investigator,
                body(marker, version).add("occupations", Api.array("ASTRONAUT")).build().toString());
        JsonObject error = unknown.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("occupations", error.getString("field"));
        assertTrue(error.getString("message").contains("TRADE_UNIONIST"), "the allowed codes are listed: " + error);

        Api.Reply older = api.put("/api/persons/" + id, investigator, body(marker, version).add("occupation", "LAWYER").build().toString());
        assertEquals(200, older.status(), older.body());
        assertEquals(List.of("LAWYER"), codes(older.json()), "a client that sends one occupation sets a list of one");
        Api.Reply again = api.put("/api/persons/" + id, investigator, body(marker, older.json().getJsonNumber("version").longValue())
                .add("occupation", "JOURNALIST").add("occupations", Api.array("JOURNALIST", "PROTESTER")).build().toString());
        assertEquals(200, again.status(), again.body());
        String history = api.get("/api/persons/" + id + "/history", investigator).array().getJsonObject(0).toString();
        assertTrue(history.contains("\"occupation\"") && history.contains("LAWYER") && history.contains("JOURNALIST, PROTESTER"), history);

        Api.Reply recorded = api.post("/api/cases", investigator, CaseIT.caseBody("Shot after a sit-in " + marker)
                .add("parties", Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", id).add("fate", "KILLED")))
                .build().toString());
        assertEquals(201, recorded.status(), recorded.body());
        String reference = recorded.json().getString("reference");
        assertEquals(1, total(api, investigator, "q=" + marker + "&victimOccupation=PROTESTER"), "found by the second occupation");
        assertEquals(1, total(api, investigator, "q=" + marker + "&victimOccupation=journalist"));
        assertEquals(0, total(api, investigator, "q=" + marker + "&victimOccupation=LAWYER"), "no longer one of them");

        JsonObject internal = api.get("/api/exports/cases.json?q=" + reference + "&audience=INTERNAL", investigator).json()
                .getJsonArray("cases").getJsonObject(0).getJsonArray("victims").getJsonObject(0);
        assertEquals(List.of("JOURNALIST", "PROTESTER"), codes(internal));
        Api.Reply csv = api.get("/api/exports/cases.csv?q=" + reference + "&audience=INTERNAL", investigator);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().contains("(KILLED, ") && csv.body().contains("JOURNALIST/PROTESTER"), csv.body());
        assertTrue(csv.body().lines().findFirst().orElseThrow().endsWith(",proceedings,measures"), "no column added or moved");
        java.net.http.HttpResponse<byte[]> dossier = DossierIT.dossier(api, reference, "INTERNAL", "en", investigator);
        assertEquals(200, dossier.statusCode());
        String pdf = PdfText.of(dossier.body());
        assertTrue(pdf.contains("Journalist, Protester"), pdf);
        String advocate = api.newUserToken("occadv", "ADVOCATE");
        String forThePublic = api.get("/api/exports/cases.json?q=" + reference + "&audience=PUBLIC", advocate).body();
        assertTrue(forThePublic.contains(reference) && !forThePublic.contains("JOURNALIST"), "as the one occupation was: " + forThePublic);
    }

    @Test
    void theCasePageChoosesSeveralOccupationsForANewVictimAndShowsThemJoined(MizanServer server, Api api) {
        String investigator = api.createUser("occpage", "INVESTIGATOR");
        String token = api.token(investigator, Api.USER_PASSWORD);
        Api.Reply created = api.post("/api/cases", token, CaseIT.caseBody("Organised the sit-in and reported on it").build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        String victim = "مصطفى أحمد " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        Messages english = Messages.in(Locale.ENGLISH);
        try (Browser browser = new Browser(server)) {
            browser.signIn(investigator, Api.USER_PASSWORD);
            browser.open("/language?to=en&back=/cases/case.xhtml?ref=" + reference);
            browser.clickAndAwaitAjax(By.cssSelector("a[href='#case:tabs:victims']"));
            browser.clickAndAwaitAjax("case:tabs:newVictim");
            browser.type("case:person:nameArabic", victim);
            browser.find("case:person:occupation").click();
            for (String occupation : List.of("JOURNALIST", "PROTESTER")) {
                By box = By.xpath("//div[@id='case:person:occupation_panel']//li[.//label[normalize-space(.)='"
                        + english.get("cases.occupation." + occupation) + "']]//div[contains(@class,'ui-chkbox-box')]");
                browser.await().until(ExpectedConditions.elementToBeClickable(box)).click();
            }
            browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            browser.clickAndAwaitAjax("case:person:create");
            if (browser.present("case:person:createAnyway")) {
                browser.clickAndAwaitAjax("case:person:createAnyway");
            }
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:tabs:victimsTable"), victim));
            browser.clickAndAwaitAjax("case:save");
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    english.get("cases.saved", reference)));

            JsonObject party = api.get("/api/cases/" + reference, token).json().getJsonArray("parties").getJsonObject(0);
            JsonObject person = api.get("/api/persons/" + party.getJsonNumber("personId").longValue(), token).json();
            assertEquals(List.of("JOURNALIST", "PROTESTER"), codes(person), person.toString());
            for (String language : List.of("en", "ar", "ckb")) {
                browser.open("/language?to=" + language + "&back=/cases/case.xhtml?ref=" + reference);
                Messages messages = Messages.in(Locale.forLanguageTag(language));
                browser.clickAndAwaitAjax(By.cssSelector("a[href='#case:tabs:victims']"));
                String row = browser.find("case:tabs:victimsTable").getText();
                String both = messages.get("cases.occupation.JOURNALIST") + messages.get("list.separator")
                        + messages.get("cases.occupation.PROTESTER");
                assertTrue(row.contains(both), language + ":\n" + row);
            }
        }
    }

    private static jakarta.json.JsonObjectBuilder body(String marker, long version) {
        return Api.object().add("nameArabic", "سجاد كريم " + marker).add("version", version);
    }

    private static List<String> codes(JsonObject holder) {
        return holder.getJsonArray("occupations").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static int total(Api api, String token, String query) {
        Api.Reply reply = api.get("/api/cases?" + query, token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getInt("total");
    }
}
