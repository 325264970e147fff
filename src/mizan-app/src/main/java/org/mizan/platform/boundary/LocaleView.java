package org.mizan.platform.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.mizan.platform.control.Messages;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.time.format.TextStyle;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages: English, Arabic or Kurdish (Sorani). Chosen from a cookie, then the
 * browser's preference; the links in the header ({@link LanguageSwitch}) change it and remember it in the cookie.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "mizan-lang";
    static final String DIGITS_COOKIE = "mizan-digits";
    /** Western digits (0-9), what every page writes, and the Arabic-Indic ones (٠-٩), shown instead when chosen. */
    static final List<String> DIGIT_STYLES = List.of("latn", "arab");

    private Locale locale;
    private String digits;

    /**
     * The locale of the pages, as a {@link Locale}: PrimeFaces components that format dates take it as their
     * {@code locale} attribute. Given the language as a string instead, they parse it and refuse the three-letter
     * {@code ckb} ("Invalid locale format"), and every Kurdish page with a calendar answered 500.
     */
    public Locale getLocale() {
        if (locale == null) {
            locale = initial(FacesContext.getCurrentInstance().getExternalContext());
        }
        return locale;
    }

    /**
     * The digits the user reads numbers and dates in: {@code latn} (Western, the default in every language) or
     * {@code arab} (Arabic-Indic). The pages are written in Western digits; {@code digits.js} shows the whole page in
     * the chosen style, so one page never mixes the two. Typed input accepts both.
     */
    public String getDigits() {
        if (digits == null) {
            digits = remembered(FacesContext.getCurrentInstance().getExternalContext(), DIGITS_COOKIE)
                    .filter(DIGIT_STYLES::contains).orElse("latn");
        }
        return digits;
    }

    /** The digit-style link to {@code style}, back to where the user is. */
    public String digitsUrl(String style) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().getRequestContextPath() + LanguageSwitch.PATH + "?digits=" + style + "&back="
                + URLEncoder.encode(here(faces), StandardCharsets.UTF_8);
    }

    void useDigits(String style) {
        digits = style;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** {@code rtl} for Arabic and Kurdish; PrimeFaces reads it through {@code primefaces.DIR}. */
    public String getDirection() {
        return Messages.isRightToLeft(getLocale()) ? "rtl" : "ltr";
    }

    /** The month names for the page's calendars, as a JSON array (see {@link LocaleChoices#monthNames}). */
    public String getMonthNames() {
        return jsonArray(LocaleChoices.monthNames(getLocale(), TextStyle.FULL_STANDALONE));
    }

    public String getShortMonthNames() {
        return jsonArray(LocaleChoices.monthNames(getLocale(), TextStyle.SHORT_STANDALONE));
    }

    private static String jsonArray(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build().toString();
    }

    public List<Locale> getLanguages() {
        return Messages.SUPPORTED;
    }

    /** The language link to {@code language}: a plain address that brings the user back to where they are. */
    public String switchUrl(String language) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().getRequestContextPath() + LanguageSwitch.PATH + "?to=" + language + "&back="
                + URLEncoder.encode(here(faces), StandardCharsets.UTF_8);
    }

    /** The pages' language from now on, for this session ({@link LanguageSwitch} also remembers it in the cookie). */
    void use(Locale chosen) {
        locale = chosen;
    }

    /**
     * Where the user is, inside the application: on an error page the address that failed (so the user can retry it in
     * another language), on a page opened by a link that page's address, after a form post the view with its view
     * parameters (a case's reference, say).
     */
    private static String here(FacesContext faces) {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String address;
        if (failed != null) {
            address = failed.toString();
        } else if ("GET".equals(request.getMethod())) {
            address = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        } else {
            address = faces.getApplication().getViewHandler()
                    .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), Map.of(), true);
        }
        String context = request.getContextPath();
        return address.startsWith(context) ? address.substring(context.length()) : address;
    }

    private static Locale initial(ExternalContext external) {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<String> chosen = remembered(external, COOKIE);
        if (chosen.isPresent()) {
            return Messages.supported(Locale.forLanguageTag(chosen.get()));
        }
        return request.getHeader("Accept-Language") == null ? Locale.ENGLISH : Messages.supported(request.getLocale());
    }

    private static Optional<String> remembered(ExternalContext external, String name) {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (name.equals(cookie.getName())) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
