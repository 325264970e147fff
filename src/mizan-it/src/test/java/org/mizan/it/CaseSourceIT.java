package org.mizan.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.mizan.platform.control.WebLinks;
import org.openqa.selenium.By;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A source's address is a web address on every way in (REST is {@link LinkFieldsIT}): on the
 * case page a {@code javascript:} address is refused with a message in the user's language next to the sources, and
 * nothing is saved; an import's source column becomes the source's description, never an address a page would link.
 */
@ExtendWith(MizanServerExtension.class)
class CaseSourceIT {

    private static final Messages ARABIC = Messages.in(Locale.forLanguageTag("ar"));
    private static final String SCRIPT = "javascript:alert(document.cookie)";

    @Test
    void theCasePageRefusesAScriptAddressInTheUsersLanguage(MizanServer server, Api api) {
        String investigator = api.createUser("srcinv", "INVESTIGATOR");
        String token = api.token(investigator, Api.USER_PASSWORD);
        Api.Reply created = api.post("/api/cases", token, CaseIT.caseBody("Source addresses").build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");

        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(investigator, Api.USER_PASSWORD);
                browser.switchLanguage("ar");
                browser.open("/cases/case.xhtml?ref=" + reference);
                browser.clickAndAwaitAjax(By.cssSelector("a[href='#case:tabs:sourcesTab']"));
                browser.type("case:tabs:sourcesTable:0:url", SCRIPT);
                browser.clickAndAwaitAjax("case:save");
                String sources = browser.find("case:tabs:sources").getText();
                assertTrue(sources.contains(ARABIC.get("case.sources.url", WebLinks.MAX_LENGTH)), sources);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("case-source-url");
                throw e;
            }
        }
        assertFalse(api.get("/api/cases/" + reference, token).body().contains("javascript"), "nothing was saved");
    }

    @Test
    void anImportedSourceIsADescriptionNeverAnAddress(Api api) throws InterruptedException {
        String investigator = api.newUserToken("srcimp", "INVESTIGATOR");
        String name = "Zuhair Masdari " + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
        byte[] file = ("Latin name,Date,Type,Source\r\n" + name + ",2020-02-02,ASSASSINATION," + SCRIPT + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        String uploadId = ImportIT.upload(api, investigator, file, "sources.csv").getString("uploadId");
        Api.Reply started = api.post("/api/imports/uploads/" + uploadId + "/import", investigator,
                "{\"mapping\": {\"Latin name\": \"VICTIM_NAME_LATIN\", \"Date\": \"INCIDENT_DATE\", \"Type\": \"VIOLATION_TYPE\", "
                        + "\"Source\": \"SOURCE\"}}");
        assertEquals(202, started.status(), started.body());
        ImportIT.finished(api, investigator, started.json());

        JsonObject found = api.get("/api/cases?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), investigator).json();
        assertEquals(1, found.getJsonArray("items").size(), found.toString());
        String reference = found.getJsonArray("items").getJsonObject(0).getString("reference");
        JsonObject source = api.get("/api/cases/" + reference, investigator).json().getJsonArray("sources").getJsonObject(0);
        assertEquals(SCRIPT, source.getString("description"));
        assertTrue(!source.containsKey("url") || source.isNull("url"), source.toString());
    }
}
