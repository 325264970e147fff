package org.mizan.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.contacts.control.FieldCipher;
import org.mizan.platform.control.Messages;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second factor over REST: enrolment, the code at POST /api/auth/token (missing, wrong,
 * replayed, a recovery code once), throttling of wrong codes, the administrator's reset, and the secret
 * sealed under the data key. The test server requires it of no role, so each test enrols its own advocate
 * (to whom it is offered) and the reset makes one a user who must enrol, as a required role would.
 */
@ExtendWith(MizanServerExtension.class)
class SecondFactorIT {

    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private final Api api;

    SecondFactorIT(Api api) {
        this.api = api;
    }

    /** An advocate who set up an authenticator over REST; its app and its recovery codes. */
    private record Enrolled(String username, AuthenticatorApp app, List<String> recoveryCodes) {
    }

    private static String freshAddress() {
        return "203.0.113." + ADDRESSES.getAndIncrement();
    }

    private Enrolled enrolAdvocate() {
        String username = api.createUser("twofa", "ADVOCATE");
        String token = api.token(username, Api.USER_PASSWORD);
        Api.Reply started = api.post("/api/me/second-factor", token, "");
        assertEquals(200, started.status(), started.body());
        AuthenticatorApp app = new AuthenticatorApp(started.json().getString("secret"));
        Api.Reply confirmed = api.put("/api/me/second-factor", token,
                Api.object().add("code", app.freshCode()).add("password", Api.USER_PASSWORD).build().toString());
        assertEquals(200, confirmed.status(), confirmed.body());
        List<String> codes = confirmed.json().getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        return new Enrolled(username, app, codes);
    }

    private static void assertProblem(Api.Reply reply, int status, String detailKey) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(ENGLISH.get(detailKey), reply.json().getString("detail"));
    }

    @Test
    void enrolmentShowsTheSecretOnceAsAnAuthenticatorAddressAndGivesTenRecoveryCodes() {
        String username = api.createUser("enrolling", "ADVOCATE");
        String token = api.token(username, Api.USER_PASSWORD);
        JsonObject before = api.get("/api/me/second-factor", token).json();
        assertFalse(before.getBoolean("enrolled"));
        assertFalse(before.getBoolean("mustEnrol"), "offered to an advocate, not required");

        Api.Reply started = api.post("/api/me/second-factor", token, "");
        assertEquals(200, started.status(), started.body());
        String secret = started.json().getString("secret");
        assertTrue(secret.matches("[A-Z2-7]{32}"), "160 bits in Base32, as apps read it: " + secret);
        assertEquals("otpauth://totp/Mizan:" + username + "?secret=" + secret
                + "&issuer=Mizan&algorithm=SHA1&digits=6&period=30", started.json().getString("uri"));

        AuthenticatorApp app = new AuthenticatorApp(secret);
        String wrong = app.codeAt(AuthenticatorApp.currentStep() + 5);
        // A stolen token alone sets up nothing: the password is asked too.
        for (String password : new String[]{null, "not the password at all"}) {
            var body = Api.object().add("code", "123456"); // the password is checked first
            if (password != null) {
                body.add("password", password);
            }
            Api.Reply noPassword = api.put("/api/me/second-factor", token, body.build().toString());
            assertEquals(400, noPassword.status(), noPassword.body());
            assertEquals("password", noPassword.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertFalse(api.get("/api/me/second-factor", token).json().getBoolean("enrolled"), "no password, no enrolment");
        Api.Reply refused = api.put("/api/me/second-factor", token, Api.object().add("code", wrong)
                .add("password", Api.USER_PASSWORD).build().toString());
        assertEquals(400, refused.status(), refused.body());
        assertEquals("code", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertFalse(api.get("/api/me/second-factor", token).json().getBoolean("enrolled"), "a wrong code enrols nothing");

        Api.Reply confirmed = api.put("/api/me/second-factor", token,
                Api.object().add("code", app.freshCode()).add("password", Api.USER_PASSWORD).build().toString());
        assertEquals(200, confirmed.status(), confirmed.body());
        List<String> codes = confirmed.json().getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size(), "ten different codes");
        codes.forEach(code -> assertTrue(code.matches("[0-9a-z]{4}(-[0-9a-z]{4}){3}"), code));

        JsonObject after = api.get("/api/me/second-factor", token).json();
        assertTrue(after.getBoolean("enrolled"));
        assertEquals(10, after.getInt("recoveryCodesLeft"));
        assertProblem(api.post("/api/me/second-factor", token, ""), 409, "twoFactor.alreadyEnrolled");
        assertFalse(api.get("/api/me/second-factor", token).body().contains(secret), "the secret is shown once, at enrolment");

        JsonObject audit = api.get("/api/audit?user=" + username + "&action=SECOND_FACTOR_ENROL&outcome=SUCCESS",
                api.adminToken()).json();
        assertEquals(1, audit.getInt("total"), audit.toString());
    }

    @Test
    void aTokenNeedsTheCurrentCodeOnceAndARecoveryCodeOnce() {
        Enrolled user = enrolAdvocate();
        String address = freshAddress();

        assertProblem(api.signIn(user.username(), Api.USER_PASSWORD, null, address), 401, "problem.otpRequired");
        assertProblem(api.signIn(user.username(), Api.USER_PASSWORD, "", address), 401, "problem.otpRequired");
        assertProblem(api.signIn(user.username(), "wrong password", user.app().codeAt(AuthenticatorApp.currentStep()), address), 401,
                "problem.detail.401");

        String code = user.app().freshCode();
        Api.Reply signedIn = api.signIn(user.username(), Api.USER_PASSWORD, code, address);
        assertEquals(200, signedIn.status(), signedIn.body());
        assertEquals(200, api.get("/api/me", signedIn.json().getString("token")).status());
        assertProblem(api.signIn(user.username(), Api.USER_PASSWORD, code, address), 401, "problem.otpWrong");

        String recovery = user.recoveryCodes().get(3);
        Api.Reply recovered = api.signIn(user.username(), Api.USER_PASSWORD, recovery.toUpperCase(Locale.ROOT), address);
        assertEquals(200, recovered.status(), "a recovery code, however it is typed: " + recovered.body());
        assertProblem(api.signIn(user.username(), Api.USER_PASSWORD, recovery, address), 401, "problem.otpWrong");
        assertProblem(api.signIn(user.username(), Api.USER_PASSWORD, enrolAdvocate().recoveryCodes().get(0), address),
                401, "problem.otpWrong");
        assertEquals(9, api.get("/api/me/second-factor", recovered.json().getString("token")).json()
                .getInt("recoveryCodesLeft"));

        JsonObject audit = api.get("/api/audit?user=" + user.username() + "&action=LOGIN&outcome=FAILURE",
                api.adminToken()).json();
        assertTrue(audit.toString().contains("wrong_code"), audit.toString());
    }

    @Test
    void wrongCodesAreThrottledLikeWrongPasswords() {
        Enrolled user = enrolAdvocate();
        java.util.List<String> guessers = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            // Each from another address: the account's own counter must trip.
            guessers.add(freshAddress());
            assertEquals(401, api.signIn(user.username(), Api.USER_PASSWORD, "00000" + i, guessers.get(i - 1)).status());
        }
        // The account is under attack (five failures from addresses other than this one): an address that guessed wrong
        // for it now waits, whatever it sends...
        Api.Reply throttled = api.signIn(user.username(), Api.USER_PASSWORD, "000009", guessers.get(0));
        assertEquals(429, throttled.status(), "wrong codes from elsewhere slow every address that guessed: " + throttled.body());
        assertNotNull(throttled.header("Retry-After"));
        // ...while the owner, from an address that never failed, still signs in: a lockout must not be a weapon.
        Api.Reply owner = api.signIn(user.username(), Api.USER_PASSWORD, user.app().freshCode(), freshAddress());
        assertEquals(200, owner.status(), owner.body());
    }

    @Test
    void anAdministratorResetsALostPhoneAndTheUserMustEnrolAgain() throws SQLException {
        Enrolled user = enrolAdvocate();
        String other = api.newUserToken("notadmin", "INVESTIGATOR");
        assertEquals(403, api.delete("/api/users/" + user.username() + "/second-factor", other).status());
        assertEquals(404, api.delete("/api/users/" + Api.unique("nobody") + "/second-factor", api.adminToken()).status());

        assertEquals(204, api.delete("/api/users/" + user.username() + "/second-factor", api.adminToken()).status());

        JsonObject audit = api.get("/api/audit?user=admin&action=SECOND_FACTOR_RESET&size=500", api.adminToken()).json();
        assertTrue(audit.toString().contains("user:" + user.username()), audit.toString());
        assertProblem(api.signIn(user.username(), Api.USER_PASSWORD, user.recoveryCodes().get(0), freshAddress()), 401,
                "problem.otpEnrolmentRequired");
        assertProblem(api.signIn(user.username(), Api.USER_PASSWORD, null, freshAddress()), 401,
                "problem.otpEnrolmentRequired");
        try (Connection c = api.server().sql(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM user_recovery_code r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?")) {
            s.setString(1, user.username());
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getInt(1), "the old recovery codes are gone");
            }
        }
    }

    @Test
    void theSecretIsSealedUnderTheDataKeyAndTheRecoveryCodesAreKeptOnlyAsHashes() throws SQLException {
        String username = api.createUser("sealed", "ADVOCATE");
        String token = api.token(username, Api.USER_PASSWORD);
        String secret = api.post("/api/me/second-factor", token, "").json().getString("secret");
        List<String> codes = api.put("/api/me/second-factor", token,
                        Api.object().add("code", new AuthenticatorApp(secret).freshCode()).add("password", Api.USER_PASSWORD)
                                .build().toString())
                .json().getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();

        try (Connection c = api.server().sql()) {
            long id;
            String sealed;
            try (PreparedStatement s = c.prepareStatement("SELECT f.id, f.secret_enc, f.pending_secret_enc FROM user_second_factor f "
                    + "JOIN app_user u ON u.id = f.id WHERE u.username = ?")) {
                s.setString(1, username);
                try (ResultSet rows = s.executeQuery()) {
                    assertTrue(rows.next());
                    id = rows.getLong(1);
                    sealed = rows.getString(2);
                    assertEquals(null, rows.getString(3), "nothing left waiting once confirmed");
                }
            }
            assertFalse(sealed.contains(secret));
            FieldCipher cipher = new FieldCipher(MizanServer.DATA_KEY);
            assertEquals(secret, cipher.decrypt(sealed, "user_second_factor.secret_enc#" + id),
                    "AES-GCM under the data key, bound to its row and column");
            List<String> stored = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT code_hash FROM user_recovery_code WHERE user_id = ?")) {
                s.setLong(1, id);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        stored.add(rows.getString(1));
                    }
                }
            }
            assertEquals(10, stored.size());
            for (String code : codes) {
                String plain = code.replace("-", "");
                stored.forEach(hash -> assertNotEquals(plain, hash));
                stored.forEach(hash -> assertFalse(hash.contains(plain)));
            }
        }
    }
}
