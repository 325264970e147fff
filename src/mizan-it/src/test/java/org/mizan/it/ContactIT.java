package org.mizan.it;


import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.contacts.control.DataKey;
import org.mizan.contacts.control.EncryptedColumns;
import org.mizan.contacts.control.FieldCipher;
import org.mizan.contacts.control.StoredKeys;
import org.mizan.launcher.LocalPorts;
import org.mizan.launcher.PayaraProcess;
import org.mizan.launcher.RotateDataKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Victim-family contacts over REST and in the database: need-to-know on every endpoint, masking,
 * audited reveals, consent as history, nothing in clear at rest, key rotation, and a server that
 * refuses to start under the wrong key.
 */
@ExtendWith(MizanServerExtension.class)
class ContactIT {

    private static final Path WAR = Path.of(System.getProperty("mizan.it.war", "target/mizan.war"));
    private static final Path PAYARA = Path.of(System.getProperty("mizan.it.payara", "target/payara-micro.jar"));

    private final Api api;
    private final MizanServer server;
    private final String investigatorName;
    private final String investigator;
    private final String lawyer;

    ContactIT(Api api, MizanServer server) {
        this.api = api;
        this.server = server;
        this.investigatorName = api.createUser("coninv", "INVESTIGATOR");
        this.investigator = api.token(investigatorName, Api.USER_PASSWORD);
        String lawyerName = api.createUser("conlaw", "LAWYER");
        this.lawyer = api.token(lawyerName, Api.USER_PASSWORD);
        this.team = List.of(investigatorName, lawyerName);
    }

    private final List<String> team;

    /** A case assigned to the investigator and the lawyer, with one victim and one witness. */
    private record Scene(String reference, long victim, long witness) {
    }

    private Scene scene(String confidentiality) {
        long victim = CaseIT.person(api, investigator, "صفاء السراي", "Safaa al-Saray");
        long witness = CaseIT.person(api, investigator, "حيدر كاظم", "Haidar Kadhim");
        Api.Reply reply = api.post("/api/cases", investigator, CaseIT.caseBody("Contacts test")
                .add("confidentiality", confidentiality).add("assignees", Api.array(team.toArray(String[]::new)))
                .add("parties", Json.createArrayBuilder()
                        .add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "KILLED"))
                        .add(Api.object().add("role", "WITNESS").add("personId", witness)))
                .build().toString());
        assertEquals(201, reply.status(), reply.body());
        return new Scene(reply.json().getString("reference"), victim, witness);
    }

    private static JsonObjectBuilder contact(long personId, String name, String phone, String risk) {
        return Api.object().add("personId", personId).add("reaches", "FAMILY").add("relationship", "MOTHER")
                .add("riskLevel", risk).add("safeChannel", "SIGNAL").add("language", "ar")
                .add("name", name).add("phones", Api.array(phone)).add("messengers", Api.array("Signal: @umm_safaa"))
                .add("address", "حي الجهاد، شارع ٤٢، بغداد").add("protectiveMeasures", "moved twice since 2020")
                .add("notes", "speaks only to women investigators");
    }

    private JsonObject create(Scene scene, String name, String phone, String risk) {
        Api.Reply reply = api.post("/api/cases/" + scene.reference() + "/contacts", investigator,
                contact(scene.victim(), name, phone, risk).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static String uniquePhone() {
        return "+964 770 " + String.format("%07d", System.nanoTime() % 10_000_000);
    }

    @Test
    void theTeamSeesContactsMaskedWithTheLastFourDigitsOfEachPhone() {
        Scene scene = scene("STANDARD");
        String phone = uniquePhone();
        String name = "أم صفاء " + System.nanoTime();
        JsonObject created = create(scene, name, phone, "MEDIUM");
        String lastFour = phone.substring(phone.length() - 4);
        assertEquals("•••• " + lastFour, created.getJsonArray("phones").getString(0));
        assertEquals("••••", created.getString("name"));
        assertEquals("••••", created.getString("address"));
        assertFalse(created.getBoolean("revealed"));
        assertEquals("صفاء السراي", created.getString("personName"));

        for (String token : List.of(investigator, lawyer)) {
            Api.Reply list = api.get("/api/cases/" + scene.reference() + "/contacts", token);
            assertEquals(200, list.status(), list.body());
            assertEquals(1, list.array().size());
            assertFalse(list.body().contains(name) || list.body().contains(phone.substring(5)), "nothing in clear in the list");
            Api.Reply one = api.get("/api/contacts/" + created.getJsonNumber("id").longValue(), token);
            assertFalse(one.body().contains(name) || one.body().contains(phone.substring(5)), "nothing in clear in the contact");
        }
    }

    @Test
    void onlyTheAssignedInvestigatorsAndLawyersReachContactsOnAnyEndpoint() {
        Scene scene = scene("STANDARD");
        JsonObject created = create(scene, "أم حسين", uniquePhone(), "LOW");
        long id = created.getJsonNumber("id").longValue();
        String contactPath = "/api/contacts/" + id;
        String body = contact(scene.victim(), "أم حسين", "+964 770 000 1111", "LOW")
                .add("version", created.getJsonNumber("version").longValue()).build().toString();
        String consent = Api.object().add("consent", "TO_BE_CONTACTED").add("decision", "GIVEN").add("decidedOn", "2026-01-10")
                .add("method", "VERBAL").add("givenBy", "أم حسين").build().toString();
        String talk = Api.object().add("occurredOn", "2026-02-01").add("channel", "PHONE_CALL").add("participants", "the mother")
                .add("summary", "asked about the hearing").add("followUpNeeded", false).build().toString();
        String reveal = Api.object().add("reason", "access matrix test").build().toString();

        Map<String, String> users = new LinkedHashMap<>();
        users.put("unassigned investigator", api.newUserToken("conout", "INVESTIGATOR"));
        users.put("unassigned lawyer", api.newUserToken("conoutlaw", "LAWYER"));
        users.put("advocate", api.newUserToken("conadv", "ADVOCATE"));
        users.put("administrator", api.adminToken());
        users.put("administrator and investigator, unassigned", api.newUserToken("conadm", "ADMIN", "INVESTIGATOR"));
        users.put("assigned lawyer", lawyer);
        users.put("assigned investigator", investigator);

        record Call(String what, String method, String path, String body) {
        }
        List<Call> calls = List.of(
                new Call("list", "GET", "/api/cases/" + scene.reference() + "/contacts", null),
                new Call("create", "POST", "/api/cases/" + scene.reference() + "/contacts",
                        contact(scene.victim(), "أخت حسين", "+964 770 000 2222", "LOW").build().toString()),
                new Call("read", "GET", contactPath, null),
                new Call("reveal", "POST", contactPath + "/reveal", reveal),
                new Call("consents", "GET", contactPath + "/consents", null),
                new Call("decide", "POST", contactPath + "/consents", consent),
                new Call("communications", "GET", contactPath + "/communications", null),
                new Call("log", "POST", contactPath + "/communications", talk),
                new Call("replace", "PUT", contactPath, body));
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        // by role: advocates and administrators never reach contacts, not even masked
        expected.put("advocate", List.of(403, 403, 403, 403, 403, 403, 403, 403, 403));
        expected.put("administrator", List.of(403, 403, 403, 403, 403, 403, 403, 403, 403));
        // by need-to-know: the case is visible to them, its contacts are not (a contact's existence is not confirmed)
        expected.put("unassigned investigator", List.of(403, 403, 404, 404, 404, 404, 404, 404, 404));
        expected.put("unassigned lawyer", List.of(403, 403, 404, 404, 404, 404, 404, 404, 403));
        expected.put("administrator and investigator, unassigned", List.of(403, 403, 404, 404, 404, 404, 404, 404, 404));
        expected.put("assigned lawyer", List.of(200, 403, 200, 200, 200, 201, 200, 201, 403));
        expected.put("assigned investigator", List.of(200, 201, 200, 200, 200, 201, 200, 201, 200));

        List<String> wrong = new ArrayList<>();
        for (var user : users.entrySet()) {
            for (int i = 0; i < calls.size(); i++) {
                Call call = calls.get(i);
                Api.Reply reply = send(call.method(), call.path(), user.getValue(), call.body());
                int want = expected.get(user.getKey()).get(i);
                if (reply.status() != want) {
                    wrong.add(user.getKey() + " " + call.what() + ": " + reply.status() + " (expected " + want + ") " + reply.body());
                }
                if (want >= 400) {
                    assertFalse(reply.body().contains("أم حسين"), "a refusal says nothing of the contact");
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(401, api.get("/api/cases/" + scene.reference() + "/contacts", null).status());

        JsonObject refusals = api.get("/api/audit?action=CONTACT_ACCESS&outcome=DENIED&size=500", api.adminToken()).json();
        assertTrue(refusals.getJsonArray("entries").stream().anyMatch(e -> e.asJsonObject().getString("target").equals("contact:" + id)),
                "a refused attempt on a contact is in the audit trail");
    }

    @Test
    void aRestrictedCaseHidesItsContactsBehindA404() {
        Scene scene = scene("RESTRICTED");
        String outsider = api.newUserToken("conrestr", "INVESTIGATOR");
        assertEquals(404, api.get("/api/cases/" + scene.reference() + "/contacts", outsider).status());
        assertEquals(200, api.get("/api/cases/" + scene.reference() + "/contacts", lawyer).status());
    }

    private Api.Reply send(String method, String path, String token, String body) {
        return switch (method) {
            case "GET" -> api.get(path, token);
            case "POST" -> api.post(path, token, body);
            case "PUT" -> api.put(path, token, body);
            default -> throw new IllegalArgumentException(method);
        };
    }

    @Test
    void revealingAHighRiskContactNeedsAReasonAndIsAudited() {
        Scene scene = scene("STANDARD");
        String phone = uniquePhone();
        long id = create(scene, "والدة صفاء", phone, "HIGH").getJsonNumber("id").longValue();

        Api.Reply withoutReason = api.post("/api/contacts/" + id + "/reveal", lawyer, "{}");
        assertEquals(400, withoutReason.status(), withoutReason.body());
        assertEquals("reason", withoutReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertFalse(withoutReason.body().contains(phone.substring(5)));

        String reason = "preparing the hearing of " + System.nanoTime();
        Api.Reply revealed = api.post("/api/contacts/" + id + "/reveal", lawyer, Api.object().add("reason", reason).build().toString());
        assertEquals(200, revealed.status(), revealed.body());
        JsonObject details = revealed.json().getJsonObject("contact");
        assertTrue(details.getBoolean("revealed"));
        assertEquals("والدة صفاء", details.getString("name"));
        assertEquals(phone, details.getJsonArray("phones").getString(0));
        assertEquals("حي الجهاد، شارع ٤٢، بغداد", details.getString("address"));
        assertEquals("no-store", revealed.header("Cache-Control").toLowerCase().replace(" ", "").split(",")[0]);

        JsonObject audit = api.get("/api/audit?action=CONTACT_REVEAL&size=500", api.adminToken()).json();
        JsonObject entry = audit.getJsonArray("entries").stream().map(e -> e.asJsonObject())
                .filter(e -> e.getString("target").equals("contact:" + id)).findFirst().orElseThrow();
        assertTrue(entry.getString("details").contains(reason), entry.toString());
        assertFalse(entry.toString().contains(phone.substring(5)), "the audit trail names the reason, not the number");
        assertEquals(1, audit.getJsonArray("entries").stream().filter(e -> e.asJsonObject().getString("target").equals("contact:" + id))
                .count(), "the refused reveal revealed nothing and is not counted as one");
    }

    @Test
    void theLatestConsentDecisionIsTheStateAndTheHistoryIsKept() throws SQLException {
        Scene scene = scene("STANDARD");
        long id = create(scene, "أبو حيدر", uniquePhone(), "LOW").getJsonNumber("id").longValue();
        String path = "/api/contacts/" + id + "/consents";
        decide(path, "UN_SUBMISSION", "GIVEN", "2026-01-10", "WRITTEN");
        decide(path, "PUBLIC_NAMING", "GIVEN", "2026-01-10", "VERBAL");
        assertEquals("GIVEN", api.get("/api/contacts/" + id, investigator).json().getJsonObject("consents")
                .getJsonObject("UN_SUBMISSION").getString("decision"));

        decide(path, "UN_SUBMISSION", "WITHDRAWN", "2026-03-01", "VERBAL");
        // recorded later, but decided earlier than the withdrawal: it does not undo it
        decide(path, "UN_SUBMISSION", "GIVEN", "2026-02-01", "WRITTEN");
        JsonObject consents = api.get("/api/contacts/" + id, lawyer).json().getJsonObject("consents");
        assertEquals("WITHDRAWN", consents.getJsonObject("UN_SUBMISSION").getString("decision"));
        assertEquals("2026-03-01", consents.getJsonObject("UN_SUBMISSION").getString("decidedOn"));
        assertEquals("GIVEN", consents.getJsonObject("PUBLIC_NAMING").getString("decision"));
        assertFalse(consents.containsKey("TO_BE_CONTACTED"), "never decided is not given");

        Api.Reply history = api.get(path, investigator);
        assertEquals(4, history.array().size());
        assertEquals(List.of("2026-01-10", "2026-01-10", "2026-02-01", "2026-03-01"), history.array().stream()
                .map(c -> c.asJsonObject().getString("decidedOn")).toList());
        assertTrue(history.array().stream().allMatch(c -> c.asJsonObject().getString("givenBy").equals("••••")));
        assertTrue(api.post("/api/contacts/" + id + "/reveal", investigator, "{}").json().getJsonArray("consents").stream()
                .allMatch(c -> c.asJsonObject().getString("givenBy").equals("أبو حيدر")));

        Api.Reply future = api.post(path, investigator, Api.object().add("consent", "UN_SUBMISSION").add("decision", "GIVEN")
                .add("decidedOn", "2999-01-01").add("method", "VERBAL").add("givenBy", "x").build().toString());
        assertEquals(400, future.status());
        try (Connection c = server.sql(); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE contact_consent SET decision = 'GIVEN' WHERE contact_id = " + id));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM contact_consent WHERE contact_id = " + id));
        }
    }

    private void decide(String path, String consent, String decision, String on, String method) {
        Api.Reply reply = api.post(path, investigator, Api.object().add("consent", consent).add("decision", decision)
                .add("decidedOn", on).add("method", method).add("givenBy", "أبو حيدر").build().toString());
        assertEquals(201, reply.status(), reply.body());
        assertEquals("••••", reply.json().getString("givenBy"));
    }

    @Test
    void changesNeedTheVersionReadAndTheRealValues() {
        Scene scene = scene("STANDARD");
        JsonObject created = create(scene, "أخو صفاء", uniquePhone(), "MEDIUM");
        String path = "/api/contacts/" + created.getJsonNumber("id").longValue();
        String newPhone = "+964 780 555 0199";
        Api.Reply changed = api.put(path, investigator, contact(scene.victim(), "أخو صفاء", newPhone, "RELOCATED")
                .add("version", created.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, changed.status(), changed.body());
        assertEquals("•••• 0199", changed.json().getJsonArray("phones").getString(0));
        assertEquals("RELOCATED", changed.json().getString("riskLevel"));

        Api.Reply stale = api.put(path, investigator, contact(scene.victim(), "أخو صفاء", newPhone, "LOW")
                .add("version", created.getJsonNumber("version").longValue()).build().toString());
        assertEquals(409, stale.status(), stale.body());

        Api.Reply masked = api.put(path, investigator, contact(scene.victim(), "أخو صفاء", "•••• 0199", "LOW")
                .add("version", changed.json().getJsonNumber("version").longValue()).build().toString());
        assertEquals(400, masked.status(), masked.body());
        assertEquals("phones", masked.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply badPhone = api.post("/api/cases/" + scene.reference() + "/contacts", investigator,
                contact(scene.victim(), "x", "ring 0770 123 9876 after dark", "LOW").build().toString());
        assertEquals(400, badPhone.status());
        assertFalse(badPhone.body().contains("9876"), "an error never repeats the value");
        Api.Reply witnessAsVictim = api.post("/api/cases/" + scene.reference() + "/contacts", investigator,
                contact(scene.witness(), "x", "+964 770 123 9876", "LOW").build().toString());
        assertEquals(400, witnessAsVictim.status());
        assertEquals("personId", witnessAsVictim.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        JsonObject audit = api.get("/api/audit?action=CONTACT_UPDATE&size=500", api.adminToken()).json();
        JsonObject entry = audit.getJsonArray("entries").stream().map(e -> e.asJsonObject())
                .filter(e -> e.getString("target").equals(path.substring(5).replace("contacts/", "contact:"))).findFirst().orElseThrow();
        assertEquals("changed: riskLevel, phones", entry.getString("details"), "field names, never values");
    }

    @Test
    void nothingPersonalIsStoredOrLoggedInClear() throws Exception {
        Scene scene = scene("STANDARD");
        String marker = "زينب" + System.nanoTime();
        String phone = uniquePhone();
        long id = create(scene, "أم " + marker, phone, "HIGH").getJsonNumber("id").longValue();
        assertEquals(201, api.post("/api/contacts/" + id + "/consents", investigator, Api.object().add("consent", "PUBLIC_NAMING")
                .add("decision", "GIVEN").add("decidedOn", "2026-05-05").add("method", "WRITTEN").add("givenBy", "أم " + marker)
                .build().toString()).status());
        assertEquals(201, api.post("/api/contacts/" + id + "/communications", investigator, Api.object().add("occurredOn", "2026-05-06")
                .add("channel", "SIGNAL").add("participants", "أم " + marker).add("summary", "threatened at " + marker)
                .add("followUpNeeded", true).add("followUpBy", "2026-06-01").build().toString()).status());
        assertEquals(200, api.post("/api/contacts/" + id + "/reveal", investigator,
                Api.object().add("reason", "check").build().toString()).status());
        String digits = phone.replace(" ", "").substring(4);

        try (Connection c = server.sql()) {
            List<String> holding = new ArrayList<>();
            try (ResultSet tables = c.getMetaData().getTables(null, "public", "%", new String[]{"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    try (PreparedStatement find = c.prepareStatement("SELECT count(*) FROM " + table + " t WHERE t::text LIKE ?"
                            + " OR replace(t::text, ' ', '') LIKE ?")) {
                        find.setString(1, "%" + marker + "%");
                        find.setString(2, "%" + digits + "%");
                        try (ResultSet found = find.executeQuery()) {
                            found.next();
                            if (found.getLong(1) > 0) {
                                holding.add(table);
                            }
                        }
                    }
                }
            }
            assertEquals(List.of(), holding, "no table holds the name, words or phone number in clear (audit, indexes, history included)");

            FieldCipher cipher = new FieldCipher(MizanServer.DATA_KEY);
            try (PreparedStatement read = c.prepareStatement("SELECT name_enc, phones_enc FROM family_contact WHERE id = ?")) {
                read.setLong(1, id);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    assertTrue(row.getString(1).startsWith("g1:" + MizanServer.DATA_KEY.id() + ":"), "stored with the key id");
                    assertEquals("أم " + marker, cipher.decrypt(row.getString(1), EncryptedColumns.FAMILY_CONTACT.context("name_enc", id)));
                    assertEquals(phone, cipher.decrypt(row.getString(2), EncryptedColumns.FAMILY_CONTACT.context("phones_enc", id)));
                }
            }
        }
        String log = Files.readString(server.work().resolve("payara.log"));
        assertFalse(log.contains(marker) || log.contains(phone), "the server log holds no contact detail");
    }

    @Test
    void rotationReencryptsEverythingUnderANewKeyFile() throws Exception {
        Scene scene = scene("STANDARD");
        String phone = uniquePhone();
        long id = create(scene, "عمة صفاء", phone, "LOW").getJsonNumber("id").longValue();
        assertEquals(201, api.post("/api/contacts/" + id + "/communications", lawyer, Api.object().add("occurredOn", "2026-05-06")
                .add("channel", "IN_PERSON").add("participants", "the aunt").add("summary", "met at the office")
                .add("followUpNeeded", false).build().toString()).status());

        Path home = server.work().resolve("rotation-" + System.nanoTime());
        Path keyFile = home.resolve("data.key");
        MizanServer.DATA_KEY.writeNew(keyFile);
        Map<String, String> env = Map.of("MIZAN_DB_URL", dbUrl(), "MIZAN_DB_USER", server.dbUser(),
                "MIZAN_DB_PASSWORD", server.dbPassword());
        DataKey fresh;
        try {
            RotateDataKey.rotateFile(env, home, keyFile);
            fresh = DataKey.read(keyFile);
            assertNotEquals(MizanServer.DATA_KEY.id(), fresh.id());
            Path retired = home.resolve("data.key.retired-" + MizanServer.DATA_KEY.id());
            assertEquals(MizanServer.DATA_KEY, DataKey.read(retired), "the old key is kept for older backups");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
            assertFalse(Files.exists(home.resolve("data.key.next")));
            try (Connection c = server.sql()) {
                List<StoredKeys.Sample> samples = StoredKeys.oneValuePerKey(c);
                assertEquals(List.of(fresh.id()), samples.stream().map(StoredKeys.Sample::keyId).toList(),
                        "every value, in every table, is under the new key");
                assertTrue(StoredKeys.refusal(samples, new FieldCipher(fresh)).isEmpty());
                assertTrue(StoredKeys.refusal(samples, new FieldCipher(MizanServer.DATA_KEY)).isPresent());
                try (PreparedStatement read = c.prepareStatement("SELECT phones_enc FROM family_contact WHERE id = ?")) {
                    read.setLong(1, id);
                    try (ResultSet row = read.executeQuery()) {
                        row.next();
                        assertEquals(phone, new FieldCipher(fresh).decrypt(row.getString(1),
                                EncryptedColumns.FAMILY_CONTACT.context("phones_enc", id)));
                    }
                }
            }
        } finally {
            // Back under the running server's key, so that the other tests go on.
            try (Connection c = server.sql()) {
                StoredKeys.reencrypt(c, new FieldCipher(MizanServer.DATA_KEY,
                        Files.exists(keyFile) ? List.of(DataKey.read(keyFile)) : List.of()));
            }
        }
        Api.Reply revealed = api.post("/api/contacts/" + id + "/reveal", investigator, "{}");
        assertEquals(200, revealed.status(), revealed.body());
        assertEquals(phone, revealed.json().getJsonObject("contact").getJsonArray("phones").getString(0));
        assertEquals("met at the office", revealed.json().getJsonArray("communications").getJsonObject(0).getString("summary"));
    }

    @Test
    void aWrongDataKeyStopsStartUpWithAClearMessage() throws Exception {
        create(scene("STANDARD"), "خالة صفاء", uniquePhone(), "LOW");
        DataKey wrong = DataKey.generate();
        Path log = server.work().resolve("wrong-key.log");
        // A fresh home: an earlier run's audit checkpoints there belong to another database's trail.
        org.mizan.launcher.Folders.deleteRecursively(server.work().resolve("wrong-key-home"));
        try (PayaraProcess payara = PayaraProcess.start(PAYARA, WAR, LocalPorts.free(), server.work().resolve("wrong-key-root"),
                Map.of("MIZAN_DB_URL", dbUrl(), "MIZAN_DB_USER", server.dbUser(), "MIZAN_DB_PASSWORD", server.dbPassword(),
                        "MIZAN_ADMIN_PASSWORD", "never used password", "MIZAN_DATA_KEY", wrong.encoded(),
                        "MIZAN_AUDIT_KEY", MizanServer.AUDIT_KEY.encoded(), "MIZAN_HOME", server.work().resolve("wrong-key-home").toString()),
                log)) {
            IOException stopped = assertThrows(IOException.class, () -> payara.awaitReady(Duration.ofMinutes(3)));
            assertTrue(stopped.getMessage().contains("stopped during start-up"), stopped.getMessage());
        }
        String output = Files.readString(log);
        assertTrue(output.contains("MIZAN START-UP STOPPED: Encrypted contact data in the database was written under data key "
                + MizanServer.DATA_KEY.id() + ", but the key configured is " + wrong.id()), "clear message in the log");
        assertFalse(output.contains(wrong.encoded()) || output.contains(MizanServer.DATA_KEY.encoded()), "no key in the log");
    }

    private String dbUrl() throws SQLException {
        try (Connection c = server.sql()) {
            return c.getMetaData().getURL();
        }
    }
}
