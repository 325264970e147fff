package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.mizan.platform.control.Messages;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A family link shows on the case page beside each of the two persons, in the page's language ("kinship
 * links between persons, shown on both persons"), and never to a reader who reads cases redacted.
 */
@ExtendWith(MizanServerExtension.class)
class RelativesPageIT {

    @Test
    void aRecordedRelativeIsShownBesideThePersonInEveryLanguageButNotToAnAdvocate(MizanServer server, Api api) throws Exception {
        String investigator = api.createUser("relinv", "INVESTIGATOR");
        String token = api.token(investigator, Api.USER_PASSWORD);
        String family = "الساعدي" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        long father = CaseIT.person(api, token, "جبار كاظم " + family, null);
        long son = CaseIT.person(api, token, "مرتضى جبار " + family, null);
        Api.Reply linked = api.put("/api/persons/" + son + "/relatives/" + father, token,
                Api.object().add("kinship", "PARENT").build().toString());
        assertEquals(200, linked.status(), linked.body());
        Api.Reply created = api.post("/api/cases", token, CaseIT.caseBody("Both shot " + family).add("parties",
                jakarta.json.Json.createArrayBuilder()
                        .add(Api.object().add("role", "VICTIM").add("personId", son).add("fate", "KILLED"))
                        .add(Api.object().add("role", "VICTIM").add("personId", father).add("fate", "INJURED"))).build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");

        try (Browser browser = new Browser(server)) {
            browser.signIn(investigator, Api.USER_PASSWORD);
            for (String language : List.of("en", "ar", "ckb")) {
                browser.open("/language?to=" + language + "&back=/cases/case.xhtml?ref=" + reference);
                Messages messages = Messages.in(Locale.forLanguageTag(language));
                browser.clickAndAwaitAjax(org.openqa.selenium.By.cssSelector("a[href='#case:tabs:victims']"));
                String page = browser.find("case:tabs:victimsTable").getText();
                assertTrue(page.contains(messages.get("person.kinship.PARENT") + ": جبار كاظم " + family), language + ":\n" + page);
                assertTrue(page.contains(messages.get("person.kinship.CHILD") + ": مرتضى جبار " + family), language + ":\n" + page);
            }
        }
        String advocate = api.createUser("reladv", "ADVOCATE");
        try (Browser browser = new Browser(server)) {
            browser.signIn(advocate, Api.USER_PASSWORD);
            browser.open("/language?to=en&back=/cases/case.xhtml?ref=" + reference);
            assertTrue(browser.text().contains(reference), browser.text());
            browser.clickAndAwaitAjax(org.openqa.selenium.By.cssSelector("a[href='#case:tabs:victims']"));
            String page = browser.find("case:tabs:victimsTable").getText();
            assertEquals(2, browser.driver().findElements(org.openqa.selenium.By.cssSelector("[id='case:tabs:victimsTable'] tbody tr"))
                    .size(), "the advocate reads both victims' rows:\n" + page);
            assertFalse(page.contains(Messages.in(Locale.ENGLISH).get("person.kinship.PARENT") + ":"), "no family links for an advocate:\n" + page);
        }
    }

    @Test
    void anInvestigatorLinksAndUnlinksRelativesFromTheCasePage(MizanServer server, Api api) throws Exception {
        String investigator = api.createUser("relform", "INVESTIGATOR");
        String token = api.token(investigator, Api.USER_PASSWORD);
        String family = "الكعبي" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        long victim = CaseIT.person(api, token, "حيدر علي " + family, null);
        long brother = CaseIT.person(api, token, "كرار علي " + family, null);
        Api.Reply created = api.post("/api/cases", token, CaseIT.caseBody("Shot, his brother saw it " + family).add("parties",
                jakarta.json.Json.createArrayBuilder()
                        .add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "KILLED"))
                        .add(Api.object().add("role", "WITNESS").add("personId", brother))).build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        Messages arabic = Messages.in(Locale.forLanguageTag("ar"));
        By victimsTab = By.cssSelector("a[href='#case:tabs:victims']");

        try (Browser browser = new Browser(server)) {
            browser.signIn(investigator, Api.USER_PASSWORD);
            browser.open("/language?to=ar&back=/cases/case.xhtml?ref=" + reference);
            browser.clickAndAwaitAjax(victimsTab);
            browser.clickAndAwaitAjax(By.cssSelector("[id='case:tabs:victimsTable'] button[id$=':relatives']"));
            browser.await().until(d -> browser.find("relatives:link").isDisplayed());
            // No relative picked: said in Arabic, nothing saved.
            browser.clickAndAwaitAjax("relatives:link");
            assertTrue(browser.find("relatives").getText().contains(arabic.get("cases.relative.pickPerson")), browser.find("relatives").getText());

            browser.clickAndAwaitAjax(By.id("relatives:kinship"));
            browser.choose(By.xpath("//li[@data-label='" + arabic.get("person.kinship.SIBLING") + "']"));
            browser.find("relatives:relativeId_input").sendKeys("كرار علي " + family);
            // The brother's own suggestion: on a slow machine the panel first shows what a part of the name found.
            By brotherSuggested = By.xpath("//*[contains(@class,'ui-autocomplete-panel')]//*[contains(@class,'ui-autocomplete-item')]"
                    + "[contains(normalize-space(.), 'كرار علي " + family + "')]");
            browser.pickSuggestion(brotherSuggested);
            browser.clickAndAwaitAjax("relatives:link");
            // Listed in the form, and beside the victim on the page behind it.
            browser.await().until(d -> browser.find("relatives").getText().contains(arabic.get("person.kinship.SIBLING") + ": كرار علي " + family));
            String victims = browser.find("case:tabs:victimsTable").getText();
            assertTrue(victims.contains(arabic.get("person.kinship.SIBLING") + ": كرار علي " + family), "shown beside the victim:\n" + victims);
        }
        Api.Reply relatives = api.get("/api/persons/" + brother + "/relatives", token);
        assertEquals(200, relatives.status(), relatives.body());
        assertEquals("SIBLING", relatives.array().getJsonObject(0).getString("kinship"), "saved for both persons: " + relatives.body());

        try (Browser browser = new Browser(server)) {
            browser.signIn(investigator, Api.USER_PASSWORD);
            browser.open("/language?to=ckb&back=/cases/case.xhtml?ref=" + reference);
            browser.clickAndAwaitAjax(By.cssSelector("a[href='#case:tabs:witnesses']"));
            Messages kurdish = Messages.in(Locale.forLanguageTag("ckb"));
            String witnesses = browser.find("case:tabs:witnessesTable").getText();
            assertTrue(witnesses.contains(kurdish.get("person.kinship.SIBLING") + ": حيدر علي " + family), "and beside the witness:\n" + witnesses);
            browser.clickAndAwaitAjax(By.cssSelector("[id='case:tabs:witnessesTable'] button[id$=':relatives']"));
            browser.await().until(d -> browser.find("relatives:link").isDisplayed());
            browser.clickAndAwaitAjax(By.cssSelector("[id='relatives'] button[id$=':unlink']"));
            browser.await().until(d -> browser.find("relatives").getText().contains(kurdish.get("cases.relative.removed", "حيدر علي " + family)));
            assertFalse(browser.find("case:tabs:witnessesTable").getText().contains(kurdish.get("person.kinship.SIBLING") + ":"),
                    "gone from the page at once");
        }
        assertEquals(0, api.get("/api/persons/" + victim + "/relatives", token).array().size(), "and from both persons");

        // Someone not on the case's team reads it without the form.
        String stranger = api.createUser("relstranger", "INVESTIGATOR");
        try (Browser browser = new Browser(server)) {
            browser.signIn(stranger, Api.USER_PASSWORD);
            browser.open("/language?to=en&back=/cases/case.xhtml?ref=" + reference);
            browser.clickAndAwaitAjax(victimsTab);
            assertTrue(browser.driver().findElements(By.cssSelector("button[id$=':relatives'], [id='relatives']")).isEmpty(),
                    "no relatives form for a reader");
        }
    }
}
