package org.mizan.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.mizan.security.control.RequestOrigin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives the session cookie the attributes Payara does not: {@code SameSite=Strict} (the web.xml
 * attribute is not sent) and {@code Secure} whenever the browser used HTTPS, also through a trusted
 * proxy that ended TLS (Payara's own rule looks only at the inner, plain connection).
 */
@ApplicationScoped
public class SessionCookies {

    private static final String SET_COOKIE = "Set-Cookie";

    @Inject
    RequestOrigin origin;

    /** Rewrites the session cookie the container put in this response, if any; call before the response commits. */
    public void fix(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        // Known by its value: the name is Payara's to choose (payara-web.xml renames it).
        String value = "=" + session.getId();
        List<String> cookies = new ArrayList<>(response.getHeaders(SET_COOKIE));
        if (cookies.stream().noneMatch(c -> isSessionCookie(c, value))) {
            return;
        }
        boolean secure = origin.isHttps(request);
        List<String> fixed = cookies.stream().map(c -> isSessionCookie(c, value) ? withAttributes(c, secure) : c).toList();
        response.setHeader(SET_COOKIE, fixed.get(0));
        fixed.stream().skip(1).forEach(c -> response.addHeader(SET_COOKIE, c));
    }

    private static boolean isSessionCookie(String cookie, String value) {
        int end = cookie.indexOf(';');
        return (end < 0 ? cookie : cookie.substring(0, end)).strip().endsWith(value);
    }

    static String withAttributes(String cookie, boolean secure) {
        StringBuilder rebuilt = new StringBuilder();
        for (String part : cookie.split(";")) {
            String attribute = part.strip().toLowerCase(Locale.ROOT);
            if (attribute.startsWith("samesite") || attribute.equals("secure") || attribute.equals("httponly") || attribute.isEmpty()) {
                continue;
            }
            rebuilt.append(rebuilt.isEmpty() ? "" : "; ").append(part.strip());
        }
        rebuilt.append("; HttpOnly; SameSite=Strict");
        if (secure) {
            rebuilt.append("; Secure");
        }
        return rebuilt.toString();
    }
}
