package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bearer tokens: issue, use, revoke; 401 versus 403 for every role on a signed-in and an admin-only endpoint. */
@ExtendWith(MizanServerExtension.class)
class AuthIT {

    private final Api api;

    AuthIT(Api api) {
        this.api = api;
    }

    @Test
    void tokenIsIssuedForRightCredentialsAndIdentifiesTheUser() {
        Api.Reply reply = api.signIn(MizanServer.ADMIN, api.server().adminPassword(), null);
        assertEquals(200, reply.status(), reply.body());
        String token = reply.json().getString("token");
        assertTrue(token.length() >= 40, "a token with enough entropy");
        assertEquals("Bearer", reply.json().getString("tokenType"));
        assertTrue(reply.json().getJsonArray("roles").toString().contains("ADMIN"));

        Api.Reply me = api.get("/api/me", token);
        assertEquals(200, me.status());
        assertEquals("admin", me.json().getString("username"));
        assertFalse(me.body().contains("pbkdf2"), "the password hash never leaves the server");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        String address = "198.51.100." + (System.nanoTime() % 200 + 1);
        Api.Reply wrongPassword = api.signIn(MizanServer.ADMIN, "not the password at all", address);
        Api.Reply unknownUser = api.signIn(Api.unique("nobody"), "not the password at all", address + "1");
        assertEquals(401, wrongPassword.status());
        assertEquals(401, unknownUser.status());
        assertEquals(wrongPassword.body(), unknownUser.body(), "no user enumeration");
        assertTrue(wrongPassword.contentType().startsWith("application/problem+json"));
    }

    @Test
    void missingOrForgedTokenIsUnauthorized() {
        Api.Reply none = api.get("/api/me", null);
        assertEquals(401, none.status());
        assertTrue(none.contentType().startsWith("application/problem+json"));
        assertEquals("Bearer realm=\"mizan\"", none.header("WWW-Authenticate"));

        Api.Reply forged = api.get("/api/me", "forged-token-value-that-was-never-issued");
        assertEquals(401, forged.status());
        assertTrue(forged.contentType().startsWith("application/problem+json"));
    }

    @Test
    void revokedTokenStopsWorking() {
        String user = api.createUser("revoke", "LAWYER");
        String token = api.token(user, Api.USER_PASSWORD);
        assertEquals(200, api.get("/api/me", token).status());
        assertEquals(204, api.delete("/api/auth/token", token).status());
        assertEquals(401, api.get("/api/me", token).status());
    }

    @Test
    void disablingAUserRevokesTheirTokens() {
        String user = api.createUser("disabled", "INVESTIGATOR");
        String token = api.token(user, Api.USER_PASSWORD);
        assertEquals(200, api.put("/api/users/" + user, api.adminToken(), "{\"enabled\":false}").status());
        assertEquals(401, api.get("/api/me", token).status());
        assertEquals(401, api.signIn(user, Api.USER_PASSWORD, "203.0.113.77").status(), "a disabled user cannot sign in");
    }

    @ParameterizedTest
    @ValueSource(strings = {"INVESTIGATOR", "LAWYER", "ADVOCATE"})
    void nonAdminRolesAreSignedInButForbiddenFromAdministration(String role) {
        String token = api.token(api.createUser(role.toLowerCase(), role), Api.USER_PASSWORD);
        Api.Reply me = api.get("/api/me", token);
        assertEquals(200, me.status());
        assertEquals(role, me.json().getJsonArray("roles").getString(0));
        for (String adminOnly : new String[]{"/api/users", "/api/audit", "/api/audit/verify"}) {
            Api.Reply forbidden = api.get(adminOnly, token);
            assertEquals(403, forbidden.status(), adminOnly);
            assertTrue(forbidden.contentType().startsWith("application/problem+json"), adminOnly);
        }
        assertEquals(403, api.post("/api/users", token, "{}").status());
    }

    @Test
    void adminReachesAdministrationAndEveryoneNeedsAToken() {
        for (String adminOnly : new String[]{"/api/users", "/api/audit", "/api/audit/verify"}) {
            assertEquals(200, api.get(adminOnly, api.adminToken()).status(), adminOnly);
            assertEquals(401, api.get(adminOnly, null).status(), adminOnly);
        }
    }

    @Test
    void aUserHoldingSeveralRolesHasTheRightsOfEach() {
        String token = api.token(api.createUser("multi", "LAWYER", "ADMIN"), Api.USER_PASSWORD);
        assertEquals(200, api.get("/api/users", token).status());
        assertEquals(2, api.get("/api/me", token).json().getJsonArray("roles").size());
    }
}
