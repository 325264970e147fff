package org.mizan.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health, metrics, OpenAPI, security headers and the friendly error pages. */
@ExtendWith(MizanServerExtension.class)
class PlatformIT {

    private final Api api;

    PlatformIT(Api api) {
        this.api = api;
    }

    @Test
    void readyWhenTheDatabaseAnswersAndMigrationsAreApplied() {
        Api.Reply ready = api.get("/health/ready", null);
        assertEquals(200, ready.status(), ready.body());
        JsonObject health = ready.json();
        assertEquals("UP", health.getString("status"));
        JsonObject check = health.getJsonArray("checks").stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("name").equals("mizan-database")).findFirst().orElseThrow();
        assertEquals("true", check.getJsonObject("data").get("migrations").toString().replace("\"", ""));
        assertEquals(200, api.get("/health/live", null).status());
    }

    @Test
    void metricsAreForAdministrators() {
        assertEquals(401, api.get("/metrics", null).status());
        String investigator = api.newUserToken("metrics", "INVESTIGATOR");
        assertEquals(403, api.get("/metrics", investigator).status());
        Api.Reply metrics = api.get("/metrics", api.adminToken());
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("jvm") || metrics.body().contains("base_"), "JVM metrics present");
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        Api.Reply openapi = api.send(api.builder("/openapi", null).header("Accept", "application/json").GET().build());
        assertEquals(200, openapi.status());
        JsonObject paths = openapi.json().getJsonObject("paths");
        for (String path : new String[]{"/api/auth/token", "/api/me", "/api/me/password", "/api/me/sessions", "/api/users",
                "/api/users/{username}", "/api/users/{username}/password", "/api/users/{username}/tokens",
                "/api/audit", "/api/audit/verify"}) {
            assertTrue(paths.containsKey(path), "OpenAPI lacks " + path + ": " + paths.keySet());
        }
    }

    @Test
    void apiResponsesCarryTheSecurityHeaders() {
        Api.Reply reply = api.get("/api/me", api.adminToken());
        assertEquals("nosniff", reply.header("X-Content-Type-Options"));
        assertTrue(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("no-referrer", reply.header("Referrer-Policy"));
        assertEquals("no-store", reply.header("Cache-Control"));
    }

    @Test
    void pagesCarryAPrimeFacesNonceInTheirPolicy() {
        Api.Reply login = api.get("/login.xhtml", null);
        assertEquals(200, login.status());
        String policy = login.header("Content-Security-Policy");
        assertNotNull(policy);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("'nonce-"), policy);
        assertEquals(1, login.headers().allValues("Content-Security-Policy").size(), "one policy, not two");
        assertEquals("nosniff", login.header("X-Content-Type-Options"));
        assertEquals("no-referrer", login.header("Referrer-Policy"));
    }

    @Test
    void pagesNeedASignedInUser() {
        Api.Reply home = api.get("/index.xhtml", null);
        assertEquals(302, home.status());
        assertTrue(home.header("Location").endsWith("/login.xhtml"), home.header("Location"));
        assertEquals(302, api.get("/admin/users.xhtml", null).status());
    }

    @Test
    void theErrorPagesSpeakTheVisitorsLanguage() {
        Api.Reply arabic = api.send(api.builder("/error/404.xhtml", null).header("Accept-Language", "ar").GET().build());
        assertEquals(200, arabic.status());
        assertTrue(arabic.body().contains("dir=\"rtl\""), "Arabic error page is right-to-left");
        assertTrue(arabic.body().contains("غير موجود") || arabic.body().contains("لا يوجد"), arabic.body());
        assertFalse(arabic.body().contains(".java:"), "no stack trace");
        assertEquals(302, api.get("/no/such/page.xhtml", null).status(), "signed-out visitors learn nothing about what exists");
    }
}
