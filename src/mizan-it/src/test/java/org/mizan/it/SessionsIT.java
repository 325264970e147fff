package org.mizan.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever changes what a user may do or proves who they are (a new password, an
 * administrator's reset, revoked tokens, a role taken away) ends every other web session and token of
 * that user at once; the session or token the change was made with goes on.
 */
@ExtendWith(MizanServerExtension.class)
class SessionsIT {

    private static final String NEW_PASSWORD = "a brand new passphrase";
    private final Api api;

    SessionsIT(Api api) {
        this.api = api;
    }

    @Test
    void changingMyPasswordEndsMyOtherTokensAndSessionsButNotTheTokenIUsed() {
        String user = api.createUser("chpw", "INVESTIGATOR");
        String used = api.token(user, Api.USER_PASSWORD);
        String other = api.token(user, Api.USER_PASSWORD);
        PageSession browser = signedIn(user);

        assertEquals(204, api.put("/api/me/password", used, passwordChange(Api.USER_PASSWORD, NEW_PASSWORD)).status());

        assertEquals(200, api.get("/api/me", used).status(), "the token the change was made with goes on");
        assertEquals(401, api.get("/api/me", other).status(), "another token of the same user ends");
        assertFalse(browser.isSignedIn(), "a web session of the same user ends");
        assertEquals(401, api.signIn(user, Api.USER_PASSWORD, null).status(), "the old password no longer signs in");
        assertEquals(200, api.signIn(user, NEW_PASSWORD, null).status(), "the new one was stored");
    }

    @Test
    void anAdministratorsPasswordResetEndsTheUsersWebSessions() {
        String user = api.createUser("rspw", "LAWYER");
        String token = api.token(user, Api.USER_PASSWORD);
        PageSession browser = signedIn(user);

        assertEquals(204, api.put("/api/users/" + user + "/password", api.adminToken(),
                "{\"password\":\"" + NEW_PASSWORD + "\"}").status());

        assertEquals(401, api.get("/api/me", token).status());
        assertFalse(browser.isSignedIn());
        assertTrue(signedIn(user, NEW_PASSWORD).isSignedIn(), "the new password opens a new session");
    }

    @Test
    void revokingAUsersTokensEndsTheirWebSessionsToo() {
        String user = api.createUser("rvk", "ADVOCATE");
        String token = api.token(user, Api.USER_PASSWORD);
        PageSession browser = signedIn(user);

        assertEquals(204, api.delete("/api/users/" + user + "/tokens", api.adminToken()).status());

        assertEquals(401, api.get("/api/me", token).status());
        assertFalse(browser.isSignedIn());
    }

    @Test
    void takingARoleAwayEndsTheUsersSessionsAndTokens() {
        String user = api.createUser("role", "LAWYER", "INVESTIGATOR");
        String token = api.token(user, Api.USER_PASSWORD);
        PageSession browser = signedIn(user);

        Api.Reply renamed = api.put("/api/users/" + user, api.adminToken(), "{\"displayName\":\"Renamed " + user + "\"}");
        assertEquals(200, renamed.status(), renamed.body());
        assertTrue(browser.isSignedIn(), "a new display name changes nothing about who may do what");
        assertEquals(200, api.get("/api/me", token).status());

        assertEquals(200, api.put("/api/users/" + user, api.adminToken(), "{\"roles\":[\"LAWYER\"]}").status());

        assertEquals(401, api.get("/api/me", token).status());
        assertFalse(browser.isSignedIn());
    }

    @Test
    void aUserSeesTheirSessionsAndTokensAndSignsOutEverywhereElse() {
        String user = api.createUser("list", "INVESTIGATOR");
        String mine = api.token(user, Api.USER_PASSWORD);
        String other = api.token(user, Api.USER_PASSWORD);
        PageSession browser = signedIn(user);
        Api.Reply page = browser.get("/account/sessions.xhtml");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("id=\"sessions:signOutEverywhere\""), "the page offers to sign out everywhere else");

        Api.Reply listed = api.get("/api/me/sessions", mine);
        assertEquals(200, listed.status(), listed.body());
        JsonArray sessions = listed.array();
        assertEquals(3, sessions.size(), listed.body());
        assertEquals(1, sessions.stream().filter(s -> s.asJsonObject().getBoolean("current")).count(), listed.body());
        assertEquals(1, sessions.stream().filter(s -> "WEB".equals(s.asJsonObject().getString("kind"))).count(), listed.body());
        for (var session : sessions) {
            JsonObject s = session.asJsonObject();
            assertFalse(s.isNull("createdAt"), listed.body());
            assertFalse(s.isNull("lastUsedAt"), listed.body());
            assertFalse(s.isNull("clientAddress"), listed.body());
        }
        assertFalse(listed.body().contains(mine) || listed.body().contains(browser.sessionId()), "no secret is shown");
        String otherUsersView = api.get("/api/me/sessions", api.adminToken()).body();
        assertFalse(otherUsersView.contains(user), "each user sees only their own");

        assertEquals(204, api.delete("/api/me/sessions", mine).status());

        assertEquals(200, api.get("/api/me", mine).status());
        assertEquals(401, api.get("/api/me", other).status());
        assertFalse(browser.isSignedIn());
        assertEquals(1, api.get("/api/me/sessions", mine).array().size());
    }

    @Test
    void signingOutEverywhereFromThePageKeepsThatPage() {
        String user = api.createUser("pgout", "LAWYER");
        String token = api.token(user, Api.USER_PASSWORD);
        PageSession elsewhere = signedIn(user);
        PageSession here = signedIn(user);
        Api.Reply page = here.get("/account/sessions.xhtml");
        var form = PageSession.formFields(page.body(), "sessions");
        form.put("sessions:signOutEverywhere", "");
        Api.Reply posted = here.post("/account/sessions.xhtml", form);
        assertTrue(posted.status() == 200 || posted.status() == 302, posted.status() + " " + posted.body());

        assertTrue(here.isSignedIn(), "the page the user pressed the button on");
        assertFalse(elsewhere.isSignedIn());
        assertEquals(401, api.get("/api/me", token).status());
    }

    private PageSession signedIn(String user) {
        return signedIn(user, Api.USER_PASSWORD);
    }

    private PageSession signedIn(String user, String password) {
        PageSession session = new PageSession(api);
        session.signIn(user, password);
        assertTrue(session.isSignedIn(), "signed in as " + user);
        return session;
    }

    static String passwordChange(String current, String next) {
        return Api.object().add("currentPassword", current).add("newPassword", next).build().toString();
    }
}
