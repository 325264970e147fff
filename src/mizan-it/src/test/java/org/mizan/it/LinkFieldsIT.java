package org.mizan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Addresses that the pages show as links (a case's sources, an evidence item's original address) are web
 * addresses only: a {@code javascript:} or {@code data:} source would run in the browser of the colleague who
 * clicks it. Refused with a 400 naming the field, and nothing is saved.
 */
@ExtendWith(MizanServerExtension.class)
class LinkFieldsIT {

    private final Api api;
    private final String investigator;

    LinkFieldsIT(Api api) {
        this.api = api;
        this.investigator = api.newUserToken("links", "INVESTIGATOR");
    }

    private static jakarta.json.JsonObjectBuilder withSource(String url) {
        return CaseIT.caseBody("Links").add("sources", Json.createArrayBuilder().add(Api.object()
                .add("description", "Video posted online").add("reliability", "C").add("url", url)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.cookie)", " JavaScript:fetch('//x')", "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:x", "file:///etc/passwd", "//evil.example/x"})
    void aSourceThatIsNotAWebAddressIsRefusedOnCreateAndUpdate(String url) {
        Api.Reply refused = api.post("/api/cases", investigator, withSource(url).build().toString());
        assertProblemNaming(refused, "sources[0].url");

        Api.Reply created = api.post("/api/cases", investigator, withSource("https://example.org/video").build().toString());
        assertEquals(201, created.status(), created.body());
        JsonObject c = created.json();
        Api.Reply update = api.put("/api/cases/" + c.getString("reference"), investigator,
                withSource(url).add("version", c.getJsonNumber("version").longValue()).build().toString());
        assertProblemNaming(update, "sources[0].url");
        String kept = api.get("/api/cases/" + c.getString("reference"), investigator).body();
        assertTrue(kept.contains("https://example.org/video") && !kept.contains(url.strip()), kept);
    }

    @Test
    void aHundredKilobyteSourceAddressIsA400NotA500() {
        Api.Reply refused = api.post("/api/cases", investigator,
                withSource("https://example.org/" + "a".repeat(100_000)).build().toString());
        assertProblemNaming(refused, "sources[0].url");
    }

    @Test
    void anEvidenceItemsOriginalAddressIsAWebAddressAtIntakeAndLater() {
        Api.Reply created = api.post("/api/cases", investigator, CaseIT.caseBody("Evidence links").build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        byte[] bytes = ("a photo's bytes " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);

        Api.Reply refused = upload(reference, bytes, "data:text/html,<script>alert(1)</script>");
        assertProblemNaming(refused, "originalUrl");
        assertEquals("[]", api.get("/api/cases/" + reference + "/evidence", investigator).array().toString(),
                "nothing stored for a refused upload");

        Api.Reply stored = upload(reference, bytes, "https://example.org/post/1");
        assertEquals(201, stored.status(), stored.body());
        long id = stored.json().getJsonNumber("id").longValue();
        Api.Reply changed = api.put("/api/evidence/" + id + "/provenance", investigator, Api.object()
                .add("originalUrl", "javascript:alert(1)").add("version", stored.json().getJsonNumber("version").longValue())
                .build().toString());
        assertProblemNaming(changed, "originalUrl");
        String kept = api.get("/api/evidence/" + id, investigator).body();
        assertTrue(kept.contains("https://example.org/post/1"), kept);
        assertFalse(kept.contains("javascript:"), kept);
    }

    private Api.Reply upload(String reference, byte[] bytes, String originalUrl) {
        return api.send(api.builder("/api/cases/" + reference + "/evidence?name=photo.txt&originalUrl="
                        + URLEncoder.encode(originalUrl, StandardCharsets.UTF_8), investigator)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    private static void assertProblemNaming(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(reply.body().contains("\"" + field + "\""), reply.body());
    }
}
