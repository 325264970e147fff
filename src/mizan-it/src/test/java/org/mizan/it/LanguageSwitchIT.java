package org.mizan.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The language links are plain links that work without the page's scripts — on the error pages above all, where a
 * user stuck on a page that failed in one language must be able to switch to another and go home — and they bring
 * the user back only to a page of Mizan, never to an address an attacker put into the link.
 */
@ExtendWith(MizanServerExtension.class)
class LanguageSwitchIT {

    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]+)\"");

    private final Api api;

    LanguageSwitchIT(Api api) {
        this.api = api;
    }

    @Test
    void anErrorPageSwitchesLanguageWithoutScriptsAndGoesBackToTheFailedAddress() {
        PageSession session = signedIn();
        String missing = "/cases/no-such-page.xhtml";
        Api.Reply error = session.get(missing);
        assertEquals(404, error.status());
        assertEquals("en", language(error.body()));

        for (String target : List.of("ar", "ckb", "en")) {
            Api.Reply switched = session.get(link(session.get(missing).body(), "lang-" + target));
            assertEquals(303, switched.status(), switched.body());
            assertEquals(missing, URI.create(switched.header("Location")).getPath());
            Api.Reply again = session.get(missing);
            assertEquals(404, again.status());
            assertEquals(target, language(again.body()), "the error page after switching to " + target);
        }
        Api.Reply home = session.get(link(session.get(missing).body(), "home"));
        assertEquals(200, home.status(), "the error page's home link leads to the home page");
    }

    @Test
    void aPageKeepsWhatItWasShowingAcrossTheSwitch() {
        PageSession session = signedIn();
        String page = "/cases/list.xhtml?q=" + URLEncoder.encode("الموسوي", StandardCharsets.UTF_8);
        Api.Reply list = session.get(page);
        assertEquals(200, list.status(), list.body());
        Api.Reply switched = session.get(link(list.body(), "lang-ar"));
        assertEquals(303, switched.status(), switched.body());
        URI back = URI.create(switched.header("Location"));
        assertEquals("/cases/list.xhtml", back.getPath());
        assertEquals("q=الموسوي", back.getQuery());
        assertEquals("ar", language(session.get(back.getRawPath() + "?" + back.getRawQuery()).body()));
    }

    @Test
    void theSignInPageSwitchesLanguageBeforeSigningIn() {
        PageSession anonymous = new PageSession(api);
        Api.Reply login = anonymous.get("/login.xhtml");
        Api.Reply switched = anonymous.get(link(login.body(), "lang-ckb"));
        assertEquals(303, switched.status(), switched.body());
        assertEquals("/login.xhtml", URI.create(switched.header("Location")).getPath());
        assertEquals("ckb", language(anonymous.get("/login.xhtml").body()));
    }

    @Test
    void theLinkNeverLeadsOutOfMizanAndAnUnknownLanguageFallsBack() {
        PageSession session = signedIn();
        String host = api.builder("/", null).build().uri().getHost();
        for (String back : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "\\\\evil.example",
                "evil.example", "/%0d%0aSet-Cookie:x=y", "/ok\r\nX-Injected: 1", "")) {
            Api.Reply switched = session.get("/language?to=ar&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            assertTrue(switched.headers().map().keySet().stream().noneMatch(h -> h.equalsIgnoreCase("X-Injected")));
            if (switched.status() == 400) {
                continue; // control characters are refused before any page sees them
            }
            assertEquals(303, switched.status(), back + ": " + switched.body());
            URI location = URI.create(switched.header("Location"));
            assertTrue(location.getHost() == null || location.getHost().equals(host),
                    back + " led to " + location);
            assertTrue(location.getPath().startsWith("/") && !location.getPath().startsWith("//"), back + " led to " + location);
        }
        Api.Reply unknown = session.get("/language?to=xx-evil&back=/index.xhtml");
        assertEquals(303, unknown.status());
        assertEquals("en", language(session.get("/index.xhtml").body()));
        Api.Reply none = session.get("/language");
        assertEquals(303, none.status(), "no parameters: back home, language unchanged");
    }

    private PageSession signedIn() {
        PageSession session = new PageSession(api);
        session.signIn(api.createUser("lang", "INVESTIGATOR"), Api.USER_PASSWORD);
        return session;
    }

    /** The address a link of the page points at, as a browser without scripts would follow it. */
    private static String link(String html, String idSuffix) {
        Matcher anchor = Pattern.compile("<a\\s[^>]*id=\"(?:[^\"]*:)?" + Pattern.quote(idSuffix) + "\"[^>]*>").matcher(html);
        assertTrue(anchor.find(), "no link " + idSuffix + " on the page");
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(anchor.group());
        assertTrue(href.find(), "the link " + idSuffix + " has no address");
        String address = href.group(1).replace("&amp;", "&");
        assertFalse(address.isEmpty() || address.startsWith("#") || address.startsWith("javascript:"),
                idSuffix + " needs a script: " + address);
        return address;
    }

    private static String language(String html) {
        Matcher lang = HTML_LANG.matcher(html);
        assertTrue(lang.find(), "the page names its language");
        return lang.group(1);
    }
}
