package org.mizan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address a request came from. {@code X-Forwarded-For} is believed only when the direct peer
 * is a configured reverse proxy; otherwise anyone could pick an address and dodge throttling.
 */
@ApplicationScoped
public class ClientAddresses {

    private static final Pattern ADDRESS = Pattern.compile("^[0-9A-Fa-f.:]{2,45}$");

    private Set<String> trustedProxies;

    protected ClientAddresses() {
    }

    @Inject
    public ClientAddresses(@ConfigProperty(name = "mizan.security.trusted-proxies", defaultValue = " ") String proxies) {
        this.trustedProxies = Arrays.stream(proxies.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !viaTrustedProxy(request)) {
            return peer;
        }
        // The right-most entry was added by our own proxy; anything left of it the client could forge.
        String[] hops = forwarded.split(",");
        String client = hops[hops.length - 1].strip();
        return ADDRESS.matcher(client).matches() ? client : peer;
    }

    /** Whether the direct peer is one of our reverse proxies, whose X-Forwarded-* headers are believed. */
    public boolean viaTrustedProxy(HttpServletRequest request) {
        return trustedProxies.contains(request.getRemoteAddr());
    }
}
