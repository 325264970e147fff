package org.mizan.it;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A browser's session on the pages without the browser: the sign-in form posted over plain HTTP and the
 * session cookie carried by hand, so a test can hold several sessions of one user at once, cheaply.
 */
final class PageSession {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    /** The session cookie's name (payara-web.xml). */
    static final String COOKIE = "MIZANSESSION";
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final Api api;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();
    private String sessionId;

    PageSession(Api api) {
        this.api = api;
    }

    /** Every request of this session carries this header, as a reverse proxy would add it. */
    PageSession withHeader(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    /** Signs in through the sign-in form; returns the answer to the form post (a redirect when it worked). */
    Api.Reply signIn(String username, String password) {
        Api.Reply page = get("/login.xhtml");
        assertEquals(200, page.status(), page.body());
        Map<String, String> form = formFields(page.body(), "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        Api.Reply posted = post("/login.xhtml", form);
        assertEquals(302, posted.status(), () -> "sign-in of " + username + ": " + posted.body());
        return posted;
    }

    /** PrimeFaces' CSP nonce of the page, which its script adds to every form post (primefaces.CSP). */
    static String nonce(String html) {
        Matcher nonce = NONCE.matcher(html);
        assertTrue(nonce.find(), "the page has a CSP nonce");
        return nonce.group(1);
    }

    /** A form's hidden fields (view state, form id) and PrimeFaces' nonce, as a browser would post them. */
    static Map<String, String> formFields(String html, String formId) {
        int start = html.indexOf("<form id=\"" + formId + "\"");
        assertTrue(start >= 0, "no form " + formId + " on the page");
        Map<String, String> fields = hiddenFields(html.substring(start, html.indexOf("</form>", start)));
        fields.put("primefaces.nonce", nonce(html));
        return fields;
    }

    private static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(html);
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        return fields;
    }

    /** True when a page that needs a signed-in user is served rather than sending us to sign in. */
    boolean isSignedIn() {
        Api.Reply home = get("/index.xhtml");
        if (home.status() == 200) {
            return true;
        }
        assertEquals(302, home.status(), home.body());
        assertTrue(home.header("Location").contains("/login.xhtml"), home.header("Location"));
        return false;
    }

    Api.Reply get(String path) {
        return send(api.builder(path, null).GET());
    }

    Api.Reply post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(api.builder(path, null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Api.Reply send(HttpRequest.Builder request) {
        extraHeaders.forEach(request::header);
        if (sessionId != null) {
            request.header("Cookie", COOKIE + "=" + sessionId);
        }
        Api.Reply reply = api.send(request.build());
        String cookie = sessionCookie(reply);
        if (cookie != null) {
            sessionId = cookie.substring(COOKIE.length() + 1, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
        }
        return reply;
    }

    /** The Set-Cookie header of the session cookie in this reply, or null. */
    static String sessionCookie(Api.Reply reply) {
        return reply.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(COOKIE + "=")).findFirst().orElse(null);
    }

    String sessionId() {
        assertNotNull(sessionId, "no session yet");
        return sessionId;
    }
}
