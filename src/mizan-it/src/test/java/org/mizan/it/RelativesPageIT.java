package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
}
