package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.client.ApiClient;
import org.mizan.client.api.AccountApi;
import org.mizan.client.api.CasesApi;
import org.mizan.client.api.EvidenceApi;
import org.mizan.client.api.PersonsApi;
import org.mizan.client.api.ReportsApi;
import org.mizan.client.model.Audience;
import org.mizan.client.model.CaseDate;
import org.mizan.client.model.CaseInput;
import org.mizan.client.model.CaseParty;
import org.mizan.client.model.CaseSource;
import org.mizan.client.model.CaseStatus;
import org.mizan.client.model.CaseView;
import org.mizan.client.model.Credentials;
import org.mizan.client.model.Fate;
import org.mizan.client.model.Gender;
import org.mizan.client.model.ItemView;
import org.mizan.client.model.Occupation;
import org.mizan.client.model.PartyRole;
import org.mizan.client.model.PersonInput;
import org.mizan.client.model.PersonKind;
import org.mizan.client.model.PersonView;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API driven by a Java client generated from the OpenAPI document alone (see the api-client block of the pom): what a
 * newcomer's client would do on its first day. The client refuses properties and codes the document does not declare
 * (its models check every reply), so a reply that drifted from the document fails here.
 */
@ExtendWith(MizanServerExtension.class)
class ApiClientIT {

    private final Api api;

    ApiClientIT(Api api) {
        this.api = api;
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.setBasePath(api.server().uri("").toString().replaceAll("/$", ""));
        if (token != null) {
            client.setBearerToken(token);
        }
        return client;
    }

    @Test
    void aGeneratedClientRecordsACaseUploadsEvidenceAndFetchesTheDossier(@TempDir Path folder) throws Exception {
        String username = api.createUser("client", "INVESTIGATOR");
        String token = new AccountApi(client(null)).issue(new Credentials().username(username).password(Api.USER_PASSWORD)).getToken();
        ApiClient client = client(token);

        PersonView victim = new PersonsApi(client).createPerson(new PersonInput().kind(PersonKind.INDIVIDUAL)
                .nameArabic("صفاء السراي").nameLatin("Safaa al-Sarai").gender(Gender.MALE).occupation(Occupation.ACTIVIST));
        CaseView recorded = new CasesApi(client).createCase(new CaseInput().addViolationTypesItem("ASSASSINATION")
                .incidentDate(new CaseDate().year(2019).month(10).day(25)).governorate("BG").narrative("Shot near Tahrir Square.")
                .addSourcesItem(new CaseSource().description("Witness interview").reliability("B"))
                .addPartiesItem(new CaseParty().role(PartyRole.VICTIM).personId(victim.getId()).fate(Fate.KILLED).ageAtIncident(26)),
                null);
        assertTrue(recorded.getReference().startsWith("MZN-2019-"), recorded.getReference());
        assertEquals(CaseStatus.INTAKE, recorded.getStatus());
        assertEquals(Fate.KILLED, recorded.getParties().get(0).getFate());

        byte[] statement = "The witness saw the shooting from the bridge.".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(folder.resolve("statement.txt"), statement);
        ItemView item = new EvidenceApi(client).uploadCaseEvidence(recorded.getReference(), "statement.txt", file.toFile(),
                "Statement", null, null, null, null, null, null, null, null);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(statement)), item.getSha256());
        assertEquals(recorded.getReference(), item.getCaseReference());

        byte[] dossier = Files.readAllBytes(new ReportsApi(client).dossier(recorded.getReference(), Audience.INTERNAL, "en").toPath());
        assertEquals("%PDF-", new String(dossier, 0, 5, StandardCharsets.US_ASCII));
    }
}
