package org.mizan.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /api/users for automation, and /api/me/password for everyone. */
@ExtendWith(MizanServerExtension.class)
class UserAdministrationIT {

    private final Api api;

    UserAdministrationIT(Api api) {
        this.api = api;
    }

    @Test
    void createReadAndChangeRoles() {
        String user = api.createUser("roles", "INVESTIGATOR");
        JsonObject created = api.get("/api/users/" + user, api.adminToken()).json();
        assertEquals("Test " + user, created.getString("displayName"));
        assertFalse(created.containsKey("password") || created.containsKey("passwordHash")
                || created.toString().contains("pbkdf2"), "no hash, no password");

        Api.Reply changed = api.put("/api/users/" + user, api.adminToken(),
                "{\"roles\":[\"LAWYER\",\"ADVOCATE\"],\"displayName\":\"علي حسن كاظم\"}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals("[\"ADVOCATE\",\"LAWYER\"]", changed.json().getJsonArray("roles").toString());
        assertEquals("علي حسن كاظم", api.get("/api/users/" + user, api.adminToken()).json().getString("displayName"));
        assertTrue(api.get("/api/users", api.adminToken()).body().contains(user));
    }

    @Test
    void aStaleEditIsRefusedWith409() {
        String user = api.createUser("stale", "LAWYER");
        long version = api.get("/api/users/" + user, api.adminToken()).json().getJsonNumber("version").longValue();
        assertEquals(200, api.put("/api/users/" + user, api.adminToken(),
                "{\"displayName\":\"First\",\"version\":" + version + "}").status());
        assertEquals(409, api.put("/api/users/" + user, api.adminToken(),
                "{\"displayName\":\"Second\",\"version\":" + version + "}").status());
        assertEquals("First", api.get("/api/users/" + user, api.adminToken()).json().getString("displayName"));
    }

    @Test
    void theLastAdministratorCannotBeDisabled() {
        // Other tests may have made admins; take the admin role from all of them except 'admin'.
        api.get("/api/users", api.adminToken()).array().stream().map(u -> u.asJsonObject())
                .filter(u -> !u.getString("username").equals("admin") && u.getJsonArray("roles").toString().contains("ADMIN"))
                .forEach(u -> api.put("/api/users/" + u.getString("username"), api.adminToken(), "{\"enabled\":false}"));
        assertEquals(409, api.put("/api/users/admin", api.adminToken(), "{\"enabled\":false}").status());
        assertEquals(409, api.put("/api/users/admin", api.adminToken(), "{\"roles\":[\"LAWYER\"]}").status());
        assertEquals(200, api.get("/api/users", api.adminToken()).status(), "admin still works");
    }

    @Test
    void resetPasswordRevokesTokensAndTheNewPasswordWorks() {
        String user = api.createUser("reset", "ADVOCATE");
        String token = api.token(user, Api.USER_PASSWORD);
        assertEquals(400, api.put("/api/users/" + user + "/password", api.adminToken(), "{\"password\":\"too short\"}").status());
        assertEquals(204, api.put("/api/users/" + user + "/password", api.adminToken(),
                "{\"password\":\"a brand new passphrase\"}").status());
        assertEquals(401, api.get("/api/me", token).status());
        api.token(user, "a brand new passphrase");
    }

    @Test
    void usersChangeTheirOwnPassword() {
        String user = api.createUser("self", "LAWYER");
        String token = api.token(user, Api.USER_PASSWORD);
        Api.Reply wrongCurrent = api.put("/api/me/password", token,
                "{\"currentPassword\":\"not my password\",\"newPassword\":\"another long passphrase\"}");
        assertEquals(400, wrongCurrent.status());
        assertEquals("currentPassword", wrongCurrent.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply tooShort = api.put("/api/me/password", token,
                "{\"currentPassword\":\"" + Api.USER_PASSWORD + "\",\"newPassword\":\"elevenchars\"}");
        assertEquals(400, tooShort.status());
        assertEquals("newPassword", tooShort.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(204, api.put("/api/me/password", token,
                "{\"currentPassword\":\"" + Api.USER_PASSWORD + "\",\"newPassword\":\"another long passphrase\"}").status());
        api.token(user, "another long passphrase");
    }

    /** Length alone once made "aaaaaaaaaaaa" and "passwordpassword" acceptable. */
    @Test
    void guessablePasswordsAndPasswordsMadeOfTheUsersNameAreRefused() {
        String user = api.createUser("strength", "LAWYER");
        for (String weak : new String[]{"aaaaaaaaaaaa", "passwordpassword", "qwertyuiop123", "correct horse battery staple"}) {
            Api.Reply reset = api.put("/api/users/" + user + "/password", api.adminToken(),
                    Api.object().add("password", weak).build().toString());
            assertEquals(400, reset.status(), weak + ": " + reset.body());
            assertEquals("password", reset.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        Api.Reply named = api.post("/api/users", api.adminToken(), Api.object().add("username", Api.unique("named"))
                .add("displayName", "Zainab Kadhim").add("password", "Zainab Kadhim 1990").add("roles", Api.array("LAWYER"))
                .build().toString());
        assertEquals(400, named.status(), named.body());
        assertEquals(204, api.put("/api/users/" + user + "/password", api.adminToken(),
                Api.object().add("password", "a brand new passphrase").build().toString()).status());
    }
}
