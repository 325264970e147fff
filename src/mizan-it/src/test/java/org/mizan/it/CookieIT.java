package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The session cookie is HttpOnly and SameSite=Strict, Secure whenever the request came
 * over HTTPS (here: through the trusted proxy, loopback, saying so); redirects name the proxy's scheme and
 * host; evidence and reports may not be embedded by other sites (Cross-Origin-Resource-Policy).
 */
@ExtendWith(MizanServerExtension.class)
class CookieIT {

    private static final String PUBLIC_HOST = "mizan.example.org";
    private final Api api;

    CookieIT(Api api) {
        this.api = api;
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrictAndNotSecureOverPlainHttp() {
        PageSession session = new PageSession(api);
        String cookie = PageSession.sessionCookie(session.get("/login.xhtml"));
        assertNotNull(cookie, "the sign-in page starts a session");
        assertAttributes(cookie, true, false);

        String user = api.createUser("cookie", "LAWYER");
        String rotated = PageSession.sessionCookie(session.signIn(user, Api.USER_PASSWORD));
        assertNotNull(rotated, "signing in gives a new session id");
        assertAttributes(rotated, true, false);
    }

    @Test
    void behindATrustedTlsProxyTheCookieIsSecureAndRedirectsUseTheProxysSchemeAndHost() {
        PageSession session = new PageSession(api).withHeader("X-Forwarded-Proto", "https")
                .withHeader("X-Forwarded-Host", PUBLIC_HOST);
        Api.Reply login = session.get("/login.xhtml");
        assertAttributes(PageSession.sessionCookie(login), true, true);

        Api.Reply protectedPage = session.get("/cases/list.xhtml");
        assertEquals(302, protectedPage.status());
        assertTrue(protectedPage.header("Location").startsWith("https://" + PUBLIC_HOST + "/"), protectedPage.header("Location"));

        String user = api.createUser("proxied", "INVESTIGATOR");
        Api.Reply signedIn = session.signIn(user, Api.USER_PASSWORD);
        assertAttributes(PageSession.sessionCookie(signedIn), true, true);
        assertTrue(signedIn.header("Location").startsWith("https://" + PUBLIC_HOST + "/"), signedIn.header("Location"));
    }

    @Test
    void everyResponseForbidsOtherSitesToEmbedIt() {
        PageSession session = new PageSession(api);
        session.signIn(api.createUser("corp", "INVESTIGATOR"), Api.USER_PASSWORD);
        for (Api.Reply reply : new Api.Reply[]{session.get("/evidence/file/999999999"), session.get("/index.xhtml"),
                api.get("/api/me", null), api.get("/api/reports/jobs/999999999", api.adminToken())}) {
            assertEquals("same-origin", reply.header("Cross-Origin-Resource-Policy"), reply.status() + " " + reply.body());
        }
    }

    @Test
    void aSingleNodeSetsOnlyItsSessionCookie() {
        // Distributable, Payara versions sessions in a second cookie without which the session is not found; a node
        // alone turns that off, so a client that keeps only the session cookie keeps its session.
        Api.Reply page = new PageSession(api).get("/login.xhtml");
        assertEquals(List.of(PageSession.COOKIE), page.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf('='))).toList());
    }

    private static void assertAttributes(String cookie, boolean sameSiteStrict, boolean secure) {
        assertNotNull(cookie);
        String lower = cookie.toLowerCase(Locale.ROOT).replace(" ", "");
        assertTrue(lower.contains(";httponly"), cookie);
        assertEquals(sameSiteStrict, lower.contains(";samesite=strict"), cookie);
        assertTrue(lower.split(";samesite=", -1).length <= 2, "one SameSite attribute, not two: " + cookie);
        assertEquals(secure, lower.contains(";secure"), cookie);
    }
}
