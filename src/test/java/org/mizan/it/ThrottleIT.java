package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Five failed sign-ins per account or per address within 15 minutes, and the sixth is refused. */
@ExtendWith(MizanServerExtension.class)
class ThrottleIT {

    private static int nextAddress = 1;
    private final Api api;

    ThrottleIT(Api api) {
        this.api = api;
    }

    private static synchronized String freshAddress() {
        return "192.0.2." + nextAddress++;
    }

    @Test
    void sixthBadLoginForOneAccountIsRefusedEvenWithTheRightPassword() {
        String user = api.createUser("throttled", "LAWYER");
        for (int i = 1; i <= 5; i++) {
            // Each attempt from a different address: the account counter alone must trip.
            assertEquals(401, api.signIn(user, "wrong password " + i, freshAddress()).status(), "attempt " + i);
        }
        Api.Reply sixth = api.signIn(user, "wrong password 6", freshAddress());
        assertEquals(429, sixth.status());
        assertTrue(sixth.contentType().startsWith("application/problem+json"));
        String retryAfter = sixth.header("Retry-After");
        assertNotNull(retryAfter);
        assertTrue(Long.parseLong(retryAfter) > 0 && Long.parseLong(retryAfter) <= 15 * 60, retryAfter);

        assertEquals(429, api.signIn(user, Api.USER_PASSWORD, freshAddress()).status(),
                "while throttled, even the right password is refused");
    }

    @Test
    void unknownAccountsAreThrottledAlikeSoThrottlingRevealsNothing() {
        String nobody = Api.unique("ghost");
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, api.signIn(nobody, "guess " + i, freshAddress()).status());
        }
        assertEquals(429, api.signIn(nobody, "guess 6", freshAddress()).status());
    }

    @Test
    void fiveFailuresFromOneAddressBlockThatAddressButNotOthers() {
        String address = freshAddress();
        String victim = api.createUser("sprayed", "ADVOCATE");
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, api.signIn(Api.unique("spray"), "password spray " + i, address).status());
        }
        assertEquals(429, api.signIn(victim, Api.USER_PASSWORD, address).status());
        assertEquals(200, api.signIn(victim, Api.USER_PASSWORD, freshAddress()).status());
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsEarlierFailures() {
        String user = api.createUser("forgiven", "INVESTIGATOR");
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, api.signIn(user, "typo " + i, freshAddress()).status());
        }
        assertEquals(200, api.signIn(user, Api.USER_PASSWORD, freshAddress()).status());
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, api.signIn(user, "typo again " + i, freshAddress()).status());
        }
        assertEquals(200, api.signIn(user, Api.USER_PASSWORD, freshAddress()).status());
    }
}
