package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.evidence.inspector.SampleFiles;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Inspection after intake, through the real server and its worker process: what it finds in real
 * files (a photo's time and place, a document's Arabic text, which the case search then finds, only
 * for those who may see the case), how hostile files end — stored, not inspected, with the reason —
 * while the server stays healthy, and the case list's filter on evidence verification.
 */
@ExtendWith(MizanServerExtension.class)
class InspectionIT {

    /** Long enough for a backlog of other tests' uploads ahead of ours; an inspection itself takes a few seconds. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String ARABIC_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهي";

    private final Api api;
    private final String investigatorName;
    private final String investigator;

    InspectionIT(Api api) {
        this.api = api;
        this.investigatorName = api.createUser("inspinv", "INVESTIGATOR");
        this.investigator = api.token(investigatorName, Api.USER_PASSWORD);
    }

    private String newCase(String narrative, String confidentiality) {
        Api.Reply reply = api.post("/api/cases", investigator, CaseIT.caseBody(narrative).add("confidentiality", confidentiality)
                .add("assignees", Api.array(investigatorName)).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("reference");
    }

    private long upload(String reference, String name, String type, byte[] bytes) {
        Api.Reply reply = api.send(api.builder("/api/cases/" + reference + "/evidence?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), investigator)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    /** The item once inspection is over, INSPECTED or NOT_INSPECTED. */
    private JsonObject inspected(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            JsonObject item = api.get("/api/evidence/" + id, investigator).json();
            if (!"PENDING".equals(item.getString("inspection"))) {
                return item;
            }
            Thread.sleep(200);
        }
        return fail("evidence " + id + " still waits for inspection after " + PATIENCE.toSeconds() + " s");
    }

    private void assertNotInspected(JsonObject item, String reason) {
        assertEquals("NOT_INSPECTED", item.getString("inspection"), item::toString);
        assertEquals(reason, item.getString("inspectionNote", null), item::toString);
        assertEquals(200, api.get("/health/ready", null).status(), "the server is still healthy");
    }

    private static String uniqueArabicWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            word.append(ARABIC_LETTERS.charAt(random.nextInt(ARABIC_LETTERS.length())));
        }
        return word.toString();
    }

    private int found(String query, String token) {
        Api.Reply reply = api.get("/api/cases?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getInt("total");
    }

    @Test
    void aPhotoTellsWhenAndWhereItWasTaken() throws Exception {
        String reference = newCase("Photo of the scene", "STANDARD");
        long id = upload(reference, "scene.jpg", "image/jpeg", SampleFiles.jpegWithGps("2019:10:25 14:30:00", 33.3152, 44.3661));
        JsonObject item = inspected(id);
        assertEquals("INSPECTED", item.getString("inspection"), item::toString);
        assertEquals("image/jpeg", item.getString("detectedType"));
        assertEquals("2019-10-25T14:30:00", item.getString("capturedAt"));
        assertEquals(33.3152, item.getJsonNumber("latitude").doubleValue(), 1e-4);
        assertEquals(44.3661, item.getJsonNumber("longitude").doubleValue(), 1e-4);
        // The rest of what was read is kept as jsonb, and comes back as the same JSON.
        JsonObject metadata = Json.createReader(new StringReader(item.getString("metadata"))).readObject();
        assertFalse(metadata.isEmpty(), item::toString);
        try (Connection db = api.server().sql();
             PreparedStatement stored = db.prepareStatement("SELECT jsonb_typeof(metadata), metadata::text FROM evidence_item WHERE id = ?")) {
            stored.setLong(1, id);
            try (ResultSet row = stored.executeQuery()) {
                assertTrue(row.next());
                assertEquals("object", row.getString(1));
                assertEquals(metadata, Json.createReader(new StringReader(row.getString(2))).readObject());
            }
        }
    }

    @Test
    void theArabicTextOfADocumentIsFoundByTheCaseSearchByThoseWhoMaySeeTheCase() throws Exception {
        String word = uniqueArabicWord();
        String reference = newCase("Statement of a protected witness", "RESTRICTED");
        assertEquals(0, found(word, investigator));
        long id = upload(reference, "إفادة.docx", "application/octet-stream",
                SampleFiles.docx("قال الشاهد إن " + word + " كان في ساحة التحرير", "زهراء علي"));
        JsonObject item = inspected(id);
        assertEquals("INSPECTED", item.getString("inspection"), item::toString);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", item.getString("detectedType"),
                "the container's type, not just zip");
        assertEquals("زهراء علي", item.getString("author"));

        Api.Reply search = api.get("/api/cases?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), investigator);
        assertEquals(1, search.json().getInt("total"), search::body);
        assertEquals(reference, search.json().getJsonArray("items").getJsonObject(0).getString("reference"));
        String outsider = api.newUserToken("inspout", "INVESTIGATOR");
        assertEquals(0, found(word, outsider), "a restricted case is not found through its evidence either");
    }

    /** A zip bomb, an XML bomb and archives nested fifty deep: each made only when its test runs. */
    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                Arguments.of("Archive sent by a source", "archive.zip", "application/zip",
                        (Supplier<byte[]>) () -> SampleFiles.zipBomb(100), "zip bomb suspected"),
                Arguments.of("A feed export", "feed.xml", "application/xml",
                        (Supplier<byte[]>) SampleFiles::billionLaughs, "XML entity expansion or nesting beyond the limits"),
                Arguments.of("Nested archives", "nested.zip", "application/zip",
                        (Supplier<byte[]>) () -> SampleFiles.nestedZips(50), "nested archives deeper than 10"));
    }

    @ParameterizedTest(name = "{1}: {4}")
    @MethodSource("hostileFiles")
    void aHostileFileIsStoredNotInspected(String narrative, String name, String type, Supplier<byte[]> bytes, String reason)
            throws Exception {
        String reference = newCase(narrative, "STANDARD");
        assertNotInspected(inspected(upload(reference, name, type, bytes.get())), reason);
    }

    @Test
    void polyglotsAreStoredNotInspectedAndKeepTheirOuterType() throws Exception {
        String reference = newCase("Pictures from a channel", "STANDARD");
        long picture = upload(reference, "photo.png", "image/png", SampleFiles.pngWithZip());
        long text = upload(reference, "note.txt", "text/plain", SampleFiles.textWithPdfHeader());
        JsonObject withZip = inspected(picture);
        assertNotInspected(withZip, "polyglot: also a ZIP archive");
        assertEquals("image/png", withZip.getString("detectedType"));
        assertNotInspected(inspected(text), "polyglot: also a PDF document");
    }

    @Test
    void caseListsFilterOnTheVerificationOfTheirEvidence() throws Exception {
        String marker = "verifiable" + System.nanoTime();
        String verified = newCase("Footage " + marker, "STANDARD");
        String unverified = newCase("Rumour " + marker, "STANDARD");
        long footage = upload(verified, "clip.txt", "text/plain", ("footage " + marker).getBytes(StandardCharsets.UTF_8));
        upload(unverified, "rumour.txt", "text/plain", ("rumour " + marker).getBytes(StandardCharsets.UTF_8));
        Api.Reply decided = api.post("/api/evidence/" + footage + "/verification", investigator,
                Api.object().add("status", "VERIFIED").add("method", "GEOLOCATION").build().toString());
        assertEquals(201, decided.status(), decided.body());

        assertEquals(List.of(verified), references("q=" + marker + "&evidenceStatus=VERIFIED"));
        assertEquals(List.of(unverified), references("q=" + marker + "&evidenceStatus=UNVERIFIED"));
        assertEquals(List.of(), references("q=" + marker + "&evidenceStatus=DISPUTED"));
        assertEquals(2, references("q=" + marker).size());
        Api.Reply invalid = api.get("/api/cases?evidenceStatus=TRUE", investigator);
        assertEquals(400, invalid.status());
        assertTrue(invalid.body().contains("evidenceStatus"), invalid.body());
    }

    private List<String> references(String query) {
        Api.Reply reply = api.get("/api/cases?" + query, investigator);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getString("reference")).sorted().toList();
    }
}
