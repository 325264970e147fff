package org.mizan.platform.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one test of an address a user typed that a page will show as a link: http or https with a host, nothing
 * else. A {@code javascript:} or {@code data:} address saved as a source would run in the browser of whoever
 * clicks it on the case page — an insider's way into a colleague's session.
 */
public final class WebLinks {

    /** As long as the database's columns for addresses. */
    public static final int MAX_LENGTH = 2000;

    private WebLinks() {
    }

    /** An absolute http or https address with a host, no white space or control characters, at most {@link #MAX_LENGTH}. */
    public static boolean isWebLink(String address) {
        if (address == null || address.length() > MAX_LENGTH || address.codePoints().anyMatch(c -> c <= ' ' || Character.isISOControl(c)
                || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT)) {
            return false;
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Nothing when the address is blank or a web link; otherwise a 400 naming the field with this message. */
    public static void require(String field, String address, String messageKey) {
        if (address != null && !address.isBlank() && !isWebLink(address.strip())) {
            throw new InvalidInput(field, messageKey, MAX_LENGTH);
        }
    }
}
