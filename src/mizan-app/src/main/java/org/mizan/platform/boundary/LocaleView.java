package org.mizan.platform.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.mizan.platform.control.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages: English, Arabic or Kurdish (Sorani). Chosen from a cookie, then the
 * browser's preference; the switch in the header changes it and remembers it in the cookie.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "mizan-lang";

    private Locale locale;

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

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** {@code rtl} for Arabic and Kurdish; PrimeFaces reads it through {@code primefaces.DIR}. */
    public String getDirection() {
        return Messages.isRightToLeft(getLocale()) ? "rtl" : "ltr";
    }

    public List<Locale> getLanguages() {
        return Messages.SUPPORTED;
    }

    public String switchTo(String language) {
        locale = Messages.supported(Locale.forLanguageTag(language));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        faces.getExternalContext().addResponseCookie(COOKIE, locale.getLanguage(), Map.of(
                "maxAge", 60 * 60 * 24 * 365, "path", "/", "httpOnly", true, "SameSite", "Strict"));
        // includeViewParams keeps what the page was showing (a case's reference, say) across the switch.
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    private static Locale initial(ExternalContext external) {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return Messages.supported(Locale.forLanguageTag(cookie.getValue()));
                }
            }
        }
        return request.getHeader("Accept-Language") == null ? Locale.ENGLISH : Messages.supported(request.getLocale());
    }
}
