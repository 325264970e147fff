package org.mizan.platform.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@code mizan.api.max-body-bytes} with 413, whether the client
 * announces the length or streams it in chunks. Endpoints that take larger bodies say so ({@link BodyLimit}).
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "mizan.api.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @Inject
    Instance<BodyLimit> ownLimits;

    /**
     * A client still sending its body when we answer would see the connection cut instead of the
     * 413; up to this much is read and thrown away first. Beyond it, the connection is closed.
     */
    private static final long DRAIN_LIMIT = 32L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitOf(request);
        if (limit == BodyLimit.STREAMED) {
            return;
        }
        if (request.getLength() > limit) {
            throw tooLarge(request.getEntityStream());
        }
        request.setEntityStream(new LimitedStream(request.getEntityStream(), limit));
    }

    /** A 413 for a body over its limit; the rest of it is read and dropped first (up to a point), so the client sees the answer. */
    public static WebApplicationException tooLarge(InputStream rest) {
        boolean drained = drain(rest);
        Response.ResponseBuilder response = Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        if (!drained) {
            response.header("Connection", "close");
        }
        return new WebApplicationException(response.build());
    }

    private long limitOf(ContainerRequestContext request) {
        for (BodyLimit own : ownLimits) {
            if (own.covers(request)) {
                return own.maxBytes();
            }
        }
        return maxBytes;
    }

    private static boolean drain(InputStream rest) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n; (n = rest.read(buffer)) >= 0; ) {
                total += n;
                if (total > DRAIN_LIMIT) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Counts what is read and stops at the limit. */
    private static final class LimitedStream extends FilterInputStream {
        private long remaining;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            remaining -= n;
            if (remaining < 0) {
                throw tooLarge(in);
            }
        }
    }
}
