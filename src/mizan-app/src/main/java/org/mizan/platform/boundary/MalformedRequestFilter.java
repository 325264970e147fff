package org.mizan.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.mizan.platform.control.ControlCharacters;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The first door every request passes: what no page or endpoint can use is refused here, once, as a client
 * error — control characters in query or form parameters, and an Accept-Language that cannot be read
 * (which the container would otherwise trip over while choosing the page's language). Error pages are
 * still rendered for such a request, in English, with the unreadable header hidden.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class MalformedRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MalformedRequestFilter.class.getName());
    private static final String REFUSED = MalformedRequestFilter.class.getName() + ".refused";

    @Inject
    ProblemWriter problems;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest readable = hasReadableLanguage(request) ? request : new WithoutLanguage(request);
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            // The error page of a refused form post must not take the post's fields (and view state) for its own.
            chain.doFilter(request.getAttribute(REFUSED) != null ? new WithoutParameters(readable) : readable, response);
            return;
        }
        String refusal = readable != request ? "problem.malformedHeader"
                : hasControlCharacters(request) ? "problem.controlCharacters" : null;
        if (refusal != null) {
            LOG.info(() -> "Refused " + request.getMethod() + " " + request.getRequestURI() + ": " + refusal);
            refuse(readable, response, refusal);
            return;
        }
        chain.doFilter(readable, ApiErrors.isApi(request) ? new ApiErrors(request, response, problems) : response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String detailKey) throws IOException {
        request.setAttribute(REFUSED, detailKey);
        if (ApiErrors.isApi(request)) {
            problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, detailKey);
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    static boolean hasReadableLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null) {
            return true;
        }
        try {
            Locale.LanguageRange.parse(header);
            return !ControlCharacters.contains(header);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Query parameters always; form parameters only of url-encoded posts (a multipart upload's fields are
     * left to the page, which checks its own values: reading them here would spool the file twice).
     */
    private static boolean hasControlCharacters(HttpServletRequest request) {
        if (ControlCharacters.contains(decodedQuery(request))) {
            return true;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (ControlCharacters.contains(parameter.getKey())) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (ControlCharacters.contains(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String decodedQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        try {
            return java.net.URLDecoder.decode(query.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return query; // a broken escape is the endpoint's to refuse; only decodable control characters matter here
        }
    }

    /** A refused request as its error page sees it: no parameters, so nothing of it is read or restored. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }

    /** The request as if it had no Accept-Language: English, as for a client that names none. */
    private static final class WithoutLanguage extends HttpServletRequestWrapper {

        WithoutLanguage(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return "Accept-Language".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept-Language".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !"Accept-Language".equalsIgnoreCase(name)).toList());
        }

        @Override
        public Locale getLocale() {
            return Locale.ENGLISH;
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(java.util.List.of(Locale.ENGLISH));
        }
    }
}
