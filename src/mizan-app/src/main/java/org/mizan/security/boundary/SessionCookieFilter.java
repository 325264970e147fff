package org.mizan.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.mizan.security.control.RequestOrigin;

import java.io.IOException;

/**
 * Pages: the session exists before the page renders, so its cookie can be given its attributes while
 * the headers are still open (see {@link SessionCookies}); redirects name the scheme and host the
 * browser used, not the inner address behind the proxy.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionCookieFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    SessionCookies cookies;
    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (MizanAuthenticationMechanism.isApi(request) || MizanAuthenticationMechanism.isStaticResource(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().endsWith(".xhtml")) {
            request.getSession(true);
            cookies.fix(request, response);
        }
        chain.doFilter(request, new Wrapped(request, response));
    }

    /** Fixes the cookie again at the last moment a page can still set headers: a redirect (e.g. after signing out). */
    private final class Wrapped extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        Wrapped(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            cookies.fix(request, (HttpServletResponse) getResponse());
            super.sendRedirect(origin.absolute(request, location));
        }
    }
}
