package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Throttling slows whoever keeps guessing without handing attackers a way to lock owners out:
 * failures count per account and address, and per address; an address that failed waits, with
 * a growing delay, while the owner signs in from an address that did not fail. The test server waits
 * {@link #FIRST_DELAY_SECONDS} s after the fifth failure (MIZAN_SECURITY_LOGIN_FIRST_DELAY) instead of 30 s.
 */
@ExtendWith(MizanServerExtension.class)
class ThrottleIT {

    static final int FIRST_DELAY_SECONDS = 5;
    /** Failures from one address, for any accounts, before it is slowed for accounts never signed in from there. */
    private static final int ADDRESS_FAILURES = 20;
    private static int nextAddress = 1;
    private final Api api;

    ThrottleIT(Api api) {
        this.api = api;
    }

    private static synchronized String freshAddress() {
        return "192.0.2." + nextAddress++;
    }

    @Test
    void theSixthAttemptFromAnAddressThatKeepsFailingWaitsEvenWithTheRightPassword() {
        String user = api.createUser("throttled", "LAWYER");
        String attacker = freshAddress();
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, api.signIn(user, "wrong password " + i, attacker).status(), "attempt " + i);
        }
        Api.Reply sixth = api.signIn(user, "wrong password 6", attacker);
        assertEquals(429, sixth.status());
        assertTrue(sixth.contentType().startsWith("application/problem+json"));
        long retryAfter = retryAfter(sixth);
        assertTrue(retryAfter > 0 && retryAfter <= FIRST_DELAY_SECONDS, String.valueOf(retryAfter));
        assertEquals(429, api.signIn(user, Api.USER_PASSWORD, attacker).status(),
                "while slowed, even the right password is refused from that address");
    }

    @Test
    void failuresFromEverywhereDoNotLockTheOwnerOutOfAnAddressThatHasNotFailed() {
        String user = api.createUser("targeted", "ADMIN");
        String[] attackers = new String[6];
        for (int i = 0; i < attackers.length; i++) {
            attackers[i] = freshAddress();
            assertEquals(401, api.signIn(user, "guess " + i, attackers[i]).status(), "attempt " + i);
        }
        assertEquals(429, api.signIn(user, "guess again", attackers[attackers.length - 1]).status(),
                "an account under attack slows every address that failed for it after its first failure");
        assertEquals(200, api.signIn(user, Api.USER_PASSWORD, freshAddress()).status(),
                "the owner, from an address that has not failed, is not locked out");
    }

    @Test
    void administratorsAreToldWhenAnAccountIsUnderAttack() {
        String user = api.createUser("told", "INVESTIGATOR");
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, api.signIn(user, "guess " + i, freshAddress()).status());
        }
        Api.Reply audit = api.get("/api/audit?user=" + user + "&action=LOGIN_SLOWED", api.adminToken());
        assertEquals(200, audit.status(), audit.body());
        assertEquals(1, audit.json().getInt("total"), audit.body());

        PageSession admin = new PageSession(api);
        admin.signIn(MizanServer.ADMIN, api.server().adminPassword());
        Api.Reply usersPage = admin.get("/admin/users.xhtml");
        assertEquals(200, usersPage.status());
        String slowed = usersPage.body().substring(usersPage.body().indexOf("id=\"slowed\""));
        assertTrue(slowed.substring(0, slowed.indexOf("</ul>")).contains(user), "the users page names the account under attack");
    }

    @Test
    void unknownAccountsAreThrottledAlikeSoThrottlingRevealsNothing() {
        String nobody = Api.unique("ghost");
        String address = freshAddress();
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, api.signIn(nobody, "guess " + i, address).status());
        }
        assertEquals(429, api.signIn(nobody, "guess 6", address).status());
    }

    @Test
    void anOfficeBehindOneAddressKeepsSigningInWhileSomeoneThereSprays() {
        String office = freshAddress();
        String colleague = api.createUser("office", "INVESTIGATOR");
        String newcomer = api.createUser("newcomer", "ADVOCATE");
        assertEquals(200, api.signIn(colleague, Api.USER_PASSWORD, office).status());
        for (int i = 1; i <= ADDRESS_FAILURES; i++) {
            assertEquals(401, api.signIn(Api.unique("spray"), "password spray " + i, office).status(), "spray " + i);
        }
        assertEquals(200, api.signIn(colleague, Api.USER_PASSWORD, office).status(),
                "someone who signed in from the office before is not locked out by a sprayer there");
        assertEquals(429, api.signIn(newcomer, Api.USER_PASSWORD, office).status(),
                "accounts never used from the spraying address are slowed there");
        assertEquals(200, api.signIn(newcomer, Api.USER_PASSWORD, freshAddress()).status(), "and only there");
    }

    @Test
    void theDelayGrowsWithEveryFailureAfterIt() throws InterruptedException {
        String user = api.createUser("patient", "LAWYER");
        String attacker = freshAddress();
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, api.signIn(user, "wrong " + i, attacker).status());
        }
        long first = retryAfter(api.signIn(user, "wrong 6", attacker));
        assertTrue(first <= FIRST_DELAY_SECONDS, "a first wait of at most " + FIRST_DELAY_SECONDS + " s, not " + first);
        Thread.sleep(first * 1000 + 300);
        assertEquals(401, api.signIn(user, "wrong 7", attacker).status(), "after the wait, one more try");
        Api.Reply slowed = api.signIn(user, "wrong 8", attacker);
        assertEquals(429, slowed.status());
        long second = retryAfter(slowed);
        assertTrue(second > FIRST_DELAY_SECONDS && second <= 2 * FIRST_DELAY_SECONDS, first + " then " + second);
    }

    @Test
    void aSuccessfulSignInClearsThatAddresssEarlierFailures() {
        String user = api.createUser("forgiven", "INVESTIGATOR");
        String address = freshAddress();
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, api.signIn(user, "typo " + i, address).status());
        }
        assertEquals(200, api.signIn(user, Api.USER_PASSWORD, address).status());
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, api.signIn(user, "typo again " + i, address).status());
        }
        assertEquals(200, api.signIn(user, Api.USER_PASSWORD, address).status());
    }

    @Test
    void guessingTheCurrentPasswordWithAStolenTokenIsThrottledLikeSignIn() {
        String user = api.createUser("stolen", "LAWYER");
        String token = api.token(user, Api.USER_PASSWORD);
        for (int i = 1; i <= 5; i++) {
            Api.Reply wrong = api.put("/api/me/password", token, SessionsIT.passwordChange("guess number " + i, "a brand new passphrase"));
            assertEquals(400, wrong.status(), "guess " + i + ": " + wrong.body());
        }
        Api.Reply slowed = api.put("/api/me/password", token, SessionsIT.passwordChange("guess number 6", "a brand new passphrase"));
        assertEquals(429, slowed.status(), slowed.body());
        assertTrue(slowed.contentType().startsWith("application/problem+json"));
        assertTrue(retryAfter(slowed) > 0);
        assertEquals(429, api.put("/api/me/password", token, SessionsIT.passwordChange(Api.USER_PASSWORD, "a brand new passphrase")).status(),
                "while slowed, even the right current password is refused");
        assertEquals(200, api.signIn(user, Api.USER_PASSWORD, freshAddress()).status(), "the owner still signs in elsewhere");
    }

    private static long retryAfter(Api.Reply reply) {
        assertEquals(429, reply.status(), reply.body());
        String header = reply.header("Retry-After");
        assertNotNull(header);
        return Long.parseLong(header);
    }
}
