package org.mizan.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Sha256;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence vault over REST: intake (hash, size, type from the content), the limit, duplicates,
 * cut-off uploads, safe serving with ranges, the chain of custody, verification, and re-hashing that
 * finds a flipped byte.
 */
@ExtendWith(MizanServerExtension.class)
class EvidenceIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

    private final Api api;
    private final String investigator;
    private final String lawyer;
    private final String advocate;

    EvidenceIT(Api api) {
        this.api = api;
        this.investigator = api.newUserToken("evinv", "INVESTIGATOR");
        this.lawyer = api.newUserToken("evlaw", "LAWYER");
        this.advocate = api.newUserToken("evadv", "ADVOCATE");
    }

    private String newCase(String confidentiality) {
        Api.Reply reply = api.post("/api/cases", investigator,
                CaseIT.caseBody("Evidence test").add("confidentiality", confidentiality).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("reference");
    }

    private Api.Reply upload(String reference, String token, String name, String type, byte[] bytes) {
        return api.send(api.builder("/api/cases/" + reference + "/evidence?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&providedBy=" + URLEncoder.encode("شاهد عيان", StandardCharsets.UTF_8), token)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    private HttpResponse<byte[]> content(long id, String token, String... headers) throws Exception {
        HttpRequest.Builder request = api.builder("/api/evidence/" + id + "/content", token).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Path storedFile(String sha256) {
        return api.server().work().resolve("home").resolve("evidence").resolve("objects").resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    @Test
    void intakeRecordsHashSizeAndTheTypeTheContentHasNotTheName() throws Exception {
        String reference = newCase("STANDARD");
        Api.Reply reply = upload(reference, investigator, "تقرير طبي.pdf", "application/pdf", PNG);
        assertEquals(201, reply.status(), reply.body());
        JsonObject item = reply.json();
        assertEquals(Sha256.hex(PNG), item.getString("sha256"));
        assertEquals(PNG.length, item.getInt("size"));
        assertEquals("تقرير طبي.pdf", item.getString("declaredName"));
        assertEquals("application/pdf", item.getString("declaredType"));
        assertEquals("image/png", item.getString("detectedType"), "a PNG named .pdf is a PNG");
        assertEquals("شاهد عيان", item.getString("providedBy"));
        assertTrue(Files.isRegularFile(storedFile(Sha256.hex(PNG))), "the original is in the store under its hash");

        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        JsonObject exe = upload(reference, investigator, "photo.jpg", "image/jpeg", executable).json();
        assertFalse(exe.getString("detectedType").startsWith("image/"), "an executable named .jpg: " + exe.getString("detectedType"));
        HttpResponse<byte[]> served = content(exe.getJsonNumber("id").longValue(), investigator, "Accept", "*/*");
        assertEquals(200, served.statusCode());
        assertTrue(served.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), "never inline");
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));

        JsonObject empty = upload(reference, investigator, "empty.txt", "text/plain", new byte[0]).json();
        assertEquals(0, empty.getInt("size"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", empty.getString("sha256"));

        List<String> names = api.get("/api/cases/" + reference + "/evidence", lawyer).array().stream()
                .map(v -> v.asJsonObject().getString("declaredName")).toList();
        assertEquals(List.of("تقرير طبي.pdf", "photo.jpg", "empty.txt"), names);
        List<String> actions = api.get("/api/evidence/" + item.getJsonNumber("id") + "/custody", lawyer).array().stream()
                .map(v -> v.asJsonObject().getString("action")).toList();
        assertEquals(List.of("INTAKE"), actions);
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsKept() throws Exception {
        String reference = newCase("STANDARD");
        // Evidence has its own limit, far above the API's 1 MiB for other bodies: a 2 MiB video is kept.
        byte[] video = new byte[2 * 1024 * 1024];
        new Random(2).nextBytes(video);
        Api.Reply kept = upload(reference, investigator, "video.mp4", "video/mp4", video);
        assertEquals(201, kept.status(), kept.body());

        byte[] big = new byte[(int) MizanServer.EVIDENCE_MAX_BYTES + 1];
        new Random(1).nextBytes(big);
        Api.Reply reply = upload(reference, investigator, "too big.mp4", "video/mp4", big);
        assertEquals(413, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(1, api.get("/api/cases/" + reference + "/evidence", investigator).array().size());
        assertFalse(Files.exists(storedFile(Sha256.hex(big))));
    }

    @Test
    void theSameBytesAgainAreTheSameItemAndAnotherCaseIsLinked() throws Exception {
        String first = newCase("STANDARD");
        byte[] bytes = ("video frame " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        List<CompletableFuture<Api.Reply>> both = Stream.of(1, 2)
                .map(i -> CompletableFuture.supplyAsync(() -> upload(first, investigator, "clip" + i + ".mp4", "video/mp4", bytes)))
                .toList();
        List<Api.Reply> replies = both.stream().map(CompletableFuture::join).toList();
        replies.forEach(r -> assertTrue(r.status() == 201 || r.status() == 200, r.body()));
        assertEquals(replies.get(0).json().getJsonNumber("id"), replies.get(1).json().getJsonNumber("id"),
                "two concurrent uploads of the same bytes to a case make one item");
        assertEquals(1, api.get("/api/cases/" + first + "/evidence", investigator).array().size());

        String second = newCase("STANDARD");
        JsonObject other = upload(second, investigator, "same clip.mp4", "video/mp4", bytes).json();
        assertEquals(List.of(first), other.getJsonArray("sameBytesIn").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void aCutOffUploadLeavesNothingVisibleAndNothingBehindAfterTheSweep() throws Exception {
        String reference = newCase("STANDARD");
        URI uri = api.server().uri("/api/cases/" + reference + "/evidence?name=cut.bin");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort()); OutputStream out = socket.getOutputStream()) {
            out.write(("POST " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + investigator + "\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: 2000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1_000_000]);
            out.flush();
        }
        Thread.sleep(3000);
        assertEquals(0, api.get("/api/cases/" + reference + "/evidence", investigator).array().size(), "nothing visible");
        assertEquals(200, api.post("/api/evidence/sweep", api.adminToken(), "").status());
        Path incoming = api.server().work().resolve("home").resolve("evidence").resolve("incoming");
        try (Stream<Path> left = Files.list(incoming)) {
            assertEquals(List.of(), left.toList(), "no partial upload left behind");
        }
        assertFalse(Files.exists(storedFile(Sha256.hex(new byte[1_000_000]))), "the half file never became an object");
    }

    @Test
    void contentIsServedByRangeToThoseAllowedAndEveryOpeningIsInTheChain() throws Exception {
        String reference = newCase("STANDARD");
        byte[] bytes = new byte[100_000];
        new Random(7).nextBytes(bytes);
        long id = upload(reference, investigator, "clip.webm", "video/webm", bytes).json().getJsonNumber("id").longValue();

        HttpResponse<byte[]> whole = content(id, lawyer);
        assertEquals(200, whole.statusCode());
        assertArrayEquals(bytes, whole.body());
        HttpResponse<byte[]> part = content(id, lawyer, "Range", "bytes=10-19");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 10-19/100000", part.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(java.util.Arrays.copyOfRange(bytes, 10, 20), part.body());
        assertEquals(416, content(id, lawyer, "Range", "bytes=200000-").statusCode());

        assertEquals(403, content(id, advocate).statusCode(), "advocates see the hash, not the content");
        JsonObject seen = api.get("/api/evidence/" + id, advocate).json();
        assertEquals(Sha256.hex(bytes), seen.getString("sha256"));
        assertFalse(seen.getBoolean("contentAvailable"));
        assertEquals(200, api.put("/api/evidence/" + id + "/shareable", investigator,
                "{\"shareable\":true,\"reason\":\"for the UN submission\"}").status());
        assertEquals(200, content(id, advocate).statusCode(), "a shareable item may be opened by advocates");

        assertEquals(204, api.post("/api/evidence/" + id + "/custody", lawyer,
                "{\"action\":\"TRANSFER\",\"reason\":\"copy handed to the investigative judge, Karkh court\"}").status());
        List<String> actions = api.get("/api/evidence/" + id + "/custody", investigator).array().stream()
                .map(v -> v.asJsonObject().getString("action")).toList();
        assertEquals(List.of("INTAKE", "DOWNLOAD", "TRANSFER", "DOWNLOAD", "TRANSFER"), actions,
                "intake, the lawyer's download (the range from byte 10 is not another event), sharing, the advocate's "
                        + "download, the hand-over");
    }

    @Test
    void restrictedCaseEvidenceIsNotFoundOutsideTheTeam() {
        String reference = newCase("RESTRICTED");
        long id = upload(reference, investigator, "secret.png", "image/png", PNG).json().getJsonNumber("id").longValue();
        String outsider = api.newUserToken("evout", "INVESTIGATOR");
        assertEquals(404, api.get("/api/evidence/" + id, outsider).status());
        assertEquals(404, api.get("/api/cases/" + reference + "/evidence", outsider).status());
        assertEquals(404, upload(reference, outsider, "x.png", "image/png", PNG).status());
        assertEquals(403, upload(reference, lawyer, "x.png", "image/png", PNG).status(), "only investigators upload");
    }

    @Test
    void verificationIsKeptAsHistoryWithTheMethod() {
        String reference = newCase("STANDARD");
        long id = upload(reference, investigator, "photo.png", "image/png", PNG).json().getJsonNumber("id").longValue();
        Api.Reply noMethod = api.post("/api/evidence/" + id + "/verification", investigator, "{\"status\":\"VERIFIED\"}");
        assertEquals(400, noMethod.status());
        assertTrue(noMethod.body().contains("method"), noMethod.body());
        assertEquals(201, api.post("/api/evidence/" + id + "/verification", investigator,
                "{\"status\":\"UNDER_REVIEW\",\"notes\":\"checking the shadows\"}").status());
        assertEquals(201, api.post("/api/evidence/" + id + "/verification", investigator,
                "{\"status\":\"VERIFIED\",\"method\":\"GEOLOCATION\",\"notes\":\"matches Tahrir Square\"}").status());
        assertEquals(403, api.post("/api/evidence/" + id + "/verification", lawyer, "{\"status\":\"DISPUTED\",\"method\":\"METADATA_CHECK\"}").status());
        List<String> statuses = api.get("/api/evidence/" + id + "/verification", lawyer).array().stream()
                .map(v -> v.asJsonObject().getString("status")).toList();
        assertEquals(List.of("UNDER_REVIEW", "VERIFIED"), statuses);
        assertEquals("VERIFIED", api.get("/api/evidence/" + id, lawyer).json().getString("verification"));
    }

    @Test
    void reHashingFindsAByteFlippedInTheStore() throws Exception {
        String reference = newCase("STANDARD");
        byte[] bytes = ("death certificate " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        long id = upload(reference, investigator, "certificate.txt", "text/plain", bytes).json().getJsonNumber("id").longValue();
        String admin = api.adminToken();
        assertEquals("INTACT", api.post("/api/evidence/" + id + "/rehash", admin, "").json().getString("integrity"));

        Path stored = storedFile(Sha256.hex(bytes));
        flipFirstByte(stored);
        try {
            assertEquals("MISMATCH", api.post("/api/evidence/" + id + "/rehash", admin, "").json().getString("integrity"));
            assertEquals("MISMATCH", api.get("/api/evidence/" + id, investigator).json().getString("integrity"));
            JsonObject all = api.post("/api/evidence/rehash", admin, "").json();
            assertTrue(all.getJsonArray("failed").getValuesAs(jakarta.json.JsonNumber.class).stream()
                    .anyMatch(n -> n.longValue() == id), all.toString());
            assertTrue(api.get("/api/audit?action=EVIDENCE_INTEGRITY_MISMATCH", admin).body().contains("evidence:" + id));
        } finally {
            flipFirstByte(stored);
        }
        assertEquals("INTACT", api.post("/api/evidence/" + id + "/rehash", admin, "").json().getString("integrity"));
        assertEquals(403, api.post("/api/evidence/" + id + "/rehash", investigator, "").status());
    }

    @Test
    void aDerivedCopyIsANewItemPointingToItsOriginalWhichStays() throws Exception {
        String reference = newCase("STANDARD");
        long original = upload(reference, investigator, "face.png", "image/png", PNG).json().getJsonNumber("id").longValue();
        byte[] redacted = java.util.Arrays.copyOf(PNG, PNG.length + 1);
        Api.Reply copy = api.send(api.builder("/api/cases/" + reference + "/evidence?name=face-blurred.png&derivedFrom=" + original
                + "&derivation=" + URLEncoder.encode("faces blurred", StandardCharsets.UTF_8), investigator)
                .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(redacted)).build());
        assertEquals(201, copy.status(), copy.body());
        assertEquals(original, copy.json().getJsonNumber("derivedFrom").longValue());
        assertEquals("faces blurred", copy.json().getString("derivation"));
        assertEquals(Sha256.hex(PNG), api.get("/api/evidence/" + original, investigator).json().getString("sha256"), "the original stays");
        assertTrue(api.get("/api/evidence/" + original + "/custody", investigator).body().contains("DERIVATION"));

        String otherCase = newCase("STANDARD");
        Api.Reply elsewhere = api.send(api.builder("/api/cases/" + otherCase + "/evidence?name=x.png&derivedFrom=" + original, investigator)
                .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(redacted)).build());
        assertEquals(400, elsewhere.status(), elsewhere.body());
        assertTrue(elsewhere.body().contains("derivedFrom"), elsewhere.body());
    }

    @Test
    void provenanceChangesAreGuardedAgainstLostUpdates() {
        String reference = newCase("STANDARD");
        Api.Reply created = upload(reference, investigator, "statement.png", "image/png", PNG);
        long id = created.json().getJsonNumber("id").longValue();
        long version = created.json().getJsonNumber("version").longValue();
        String change = "{\"description\":\"إفادة شاهد\",\"collectedAt\":\"2019-10-25T14:00:00Z\",\"version\":" + version + "}";
        Api.Reply first = api.put("/api/evidence/" + id + "/provenance", investigator, change);
        assertEquals(200, first.status(), first.body());
        assertEquals("إفادة شاهد", first.json().getString("description"));
        assertEquals(409, api.put("/api/evidence/" + id + "/provenance", investigator, change).status(), "the same stale version again");
        Api.Reply badDate = api.put("/api/evidence/" + id + "/provenance", investigator, "{\"collectedAt\":\"yesterday\",\"version\":" + (version + 1) + "}");
        assertEquals(400, badDate.status());
        assertTrue(badDate.body().contains("collectedAt"), badDate.body());
        Api.Reply noVersion = api.put("/api/evidence/" + id + "/provenance", investigator, "{\"notes\":\"x\"}");
        assertEquals(400, noVersion.status());
        assertTrue(noVersion.body().contains("version"), noVersion.body());
    }

    private static void flipFirstByte(Path file) throws IOException {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            int b = raw.read();
            raw.seek(0);
            raw.write(b ^ 0x01);
        }
    }

}
