package org.mizan.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers every response carries. Pages get their Content-Security-Policy from PrimeFaces (which
 * adds a per-request nonce for its scripts, see web.xml); everything else gets the strictest one.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final java.util.List<String> MACHINE_PATHS = java.util.List.of("/api", "/health", "/metrics", "/openapi");
    static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        // Evidence files, reports and pages may not be embedded or fetched by another site (no-cors reads included).
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isPage(path)) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
        if (!path.startsWith("/jakarta.faces.resource/")) {
            // Case data must not linger in shared or browser caches.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** Pages are rendered by Faces, which sets its own policy; machine endpoints are not pages. */
    private static boolean isPage(String path) {
        boolean machine = MACHINE_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
        return !machine && (path.endsWith(".xhtml") || path.endsWith("/") || !path.contains("."));
    }
}
