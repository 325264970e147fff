package org.mizan.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mizan.platform.control.Messages;

import java.util.Locale;

/**
 * {@code GET /language?to=ar&back=/cases/list.xhtml?q=…}: the language links of every page (and {@code ?digits=arab}, the
 * digit-style links beside them). A plain link rather than a
 * form post, so it works where the page's scripts do not — an error page above all — and never runs a page's
 * validation. It goes back only to an address inside Mizan: {@code back} is someone else's text as much as any
 * parameter, and a switch that led to another site would lend it Mizan's name.
 */
@WebServlet(LanguageSwitch.PATH)
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/language";
    private static final int LONGEST_ADDRESS = 2048;
    private static final int ONE_YEAR = 60 * 60 * 24 * 365;

    @Inject
    transient LocaleView localeView;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        String to = request.getParameter("to");
        if (to != null && !to.isBlank()) {
            Locale locale = Messages.supported(Locale.forLanguageTag(to.strip()));
            localeView.use(locale);
            response.addCookie(remembered(LocaleView.COOKIE, locale.getLanguage()));
        }
        String digits = request.getParameter("digits");
        if (digits != null && LocaleView.DIGIT_STYLES.contains(digits)) {
            localeView.useDigits(digits);
            response.addCookie(remembered(LocaleView.DIGITS_COOKIE, digits));
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + insideMizan(request.getParameter("back")));
    }

    private static Cookie remembered(String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setMaxAge(ONE_YEAR);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }

    /**
     * The address itself when it is a path of this application as a page would write it (percent-encoded, so
     * printable ASCII only); the home page otherwise. {@code //host} and {@code /\host} are other sites to a browser.
     */
    static String insideMizan(String back) {
        if (back == null || back.isEmpty() || back.length() > LONGEST_ADDRESS || back.charAt(0) != '/'
                || back.startsWith("//") || back.indexOf('\\') >= 0) {
            return "/";
        }
        for (int i = 0; i < back.length(); i++) {
            char c = back.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return "/";
            }
        }
        return back;
    }
}
