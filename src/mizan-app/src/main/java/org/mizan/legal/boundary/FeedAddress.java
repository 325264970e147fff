package org.mizan.legal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The address of a calendar feed, as the REST API and the dashboard show it once: under
 * {@code mizan.public-url} when a reverse proxy makes the request's own address wrong, else under the
 * address the request came to.
 */
@ApplicationScoped
public class FeedAddress {

    /** Where users reach Mizan (e.g. https://mizan.example.org). */
    @Inject
    @ConfigProperty(name = "mizan.public-url")
    Optional<String> publicUrl;

    /** The feed's https address; {@code requestRoot} is the application's root as this request reached it. */
    public String of(String token, String requestRoot) {
        String root = publicUrl.map(String::strip).filter(s -> !s.isEmpty()).orElse(requestRoot);
        return (root.endsWith("/") ? root : root + "/") + "api/" + CalendarResource.PATH + "/" + token + CalendarResource.SUFFIX;
    }

    /** The same for calendar apps that subscribe from webcal: links. */
    public static String webcal(String url) {
        return url.replaceFirst("^https?:", "webcal:");
    }
}
