package org.mizan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The scheme and host the user's browser addressed. Behind a trusted reverse proxy that ends TLS, the
 * request reaches Mizan as plain HTTP on an inner address: only the proxy's X-Forwarded-Proto and
 * X-Forwarded-Host say what the browser used, and they are believed only from a trusted proxy.
 */
@ApplicationScoped
public class RequestOrigin {

    private static final Pattern HOST = Pattern.compile("^(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]{1,253})(:[0-9]{1,5})?$");

    @Inject
    ClientAddresses addresses;

    /** Whether the browser's connection was HTTPS, to us or to our proxy. */
    public boolean isHttps(HttpServletRequest request) {
        return "https".equals(scheme(request));
    }

    /** {@code path} (absolute, or relative to the request) as a full URL with the browser's scheme and host. */
    public String absolute(HttpServletRequest request, String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return location;
        }
        URI base = URI.create(scheme(request) + "://" + host(request) + request.getRequestURI());
        return base.resolve(location).toString();
    }

    private String scheme(HttpServletRequest request) {
        String forwarded = forwarded(request, "X-Forwarded-Proto");
        if (forwarded != null) {
            String proto = forwarded.toLowerCase(Locale.ROOT);
            if (proto.equals("https") || proto.equals("http")) {
                return proto;
            }
        }
        return request.isSecure() ? "https" : "http";
    }

    private String host(HttpServletRequest request) {
        String forwarded = forwarded(request, "X-Forwarded-Host");
        if (forwarded != null && HOST.matcher(forwarded).matches()) {
            return forwarded;
        }
        String host = request.getHeader("Host");
        if (host != null && HOST.matcher(host).matches()) {
            return host;
        }
        return request.getServerName() + ":" + request.getServerPort();
    }

    /** A forwarding header, only from a trusted proxy: its right-most value, the one our own proxy added. */
    private String forwarded(HttpServletRequest request, String header) {
        String value = request.getHeader(header);
        if (value == null || value.isBlank() || !addresses.viaTrustedProxy(request)) {
            return null;
        }
        String[] hops = value.split(",");
        return hops[hops.length - 1].strip();
    }
}
