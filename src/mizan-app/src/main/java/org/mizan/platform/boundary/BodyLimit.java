package org.mizan.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;

import java.util.regex.Pattern;

/**
 * A POST endpoint whose request body {@link RequestSizeLimit} holds to its own limit instead of the API's. A
 * component that takes large bodies offers one as a CDI bean, so the platform's filter needs to know no component.
 */
public abstract class BodyLimit {

    /** The limit of an endpoint that streams its body to disk and enforces its own limit as it writes. */
    public static final long STREAMED = Long.MAX_VALUE;

    private final Pattern path;

    /** {@code path}: the endpoint's path under {@code /api}, as a pre-matching filter sees it (with or without slashes). */
    protected BodyLimit(String path) {
        this.path = Pattern.compile(path);
    }

    public abstract long maxBytes();

    public boolean covers(ContainerRequestContext request) {
        return "POST".equals(request.getMethod()) && path.matcher(request.getUriInfo().getPath()).matches();
    }

    /** An endpoint the filter leaves alone: it streams its body to disk and stops at its own limit. */
    public abstract static class Streamed extends BodyLimit {

        protected Streamed(String path) {
            super(path);
        }

        @Override
        public long maxBytes() {
            return STREAMED;
        }
    }
}
