package org.mizan.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Messages;
import org.mizan.platform.control.NotFound;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that leaves a resource into problem+json: the client learns what went
 * wrong in its language, never how the server is built (no stack traces).
 */
public final class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    private ExceptionMappers() {
    }

    @Provider
    public static class InvalidInputMapper implements ExceptionMapper<InvalidInput> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InvalidInput e) {
            return ProblemResponses.invalid(headers, e);
        }
    }

    @Provider
    public static class ConflictMapper implements ExceptionMapper<Conflict> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Conflict e) {
            return ProblemResponses.of(headers, 409, e.messageKey(), e.arguments());
        }
    }

    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFound> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(NotFound e) {
            return ProblemResponses.of(headers, 404, "problem.notFound");
        }
    }

    /** Errors JAX-RS raises itself: unknown path, wrong method or media type, and our own 401/403/413/429. */
    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        WebApplicationMapper withHeaders(HttpHeaders requestHeaders) {
            this.headers = requestHeaders;
            return this;
        }

        @Override
        public Response toResponse(WebApplicationException e) {
            Throwable cause = e.getCause();
            if (cause instanceof JsonbException || cause instanceof jakarta.json.JsonException) {
                return unreadableBody(headers, cause);
            }
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                return ServerErrorMapper.incident(headers, e);
            }
            Response problem = ProblemResponses.of(headers, status, "problem.detail." + status);
            Response.ResponseBuilder builder = Response.fromResponse(problem);
            copy(e.getResponse(), builder, "Retry-After", HttpHeaders.ALLOW, "Connection");
            return builder.build();
        }

        private static void copy(Response from, Response.ResponseBuilder to, String... names) {
            for (String name : names) {
                Object value = from.getHeaders().getFirst(name);
                if (value != null) {
                    to.header(name, value);
                }
            }
        }
    }

    /** The body could not be read: too large (the size limit fired inside the parser), or not JSON. */
    static Response unreadableBody(HttpHeaders headers, Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException web && web.getResponse().getStatus() == 413) {
                return new WebApplicationMapper().withHeaders(headers).toResponse(web);
            }
        }
        return ProblemResponses.of(headers, 400, "problem.malformedJson");
    }

    /** A body that is not JSON, or not the JSON we expect. */
    @Provider
    public static class JsonbMapper implements ExceptionMapper<JsonbException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            return unreadableBody(headers, e);
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return unreadableBody(headers, e);
        }
    }

    /** Anything else is our fault: log it with an incident number the user can quote. */
    @Provider
    public static class ServerErrorMapper implements ExceptionMapper<Throwable> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            return incident(headers, e);
        }

        static Response incident(HttpHeaders headers, Throwable e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident, e);
            Messages messages = ProblemResponses.messages(headers);
            return ProblemResponses.build(500, new Problem("about:blank", messages.get("problem.title.500"), 500,
                    messages.get("problem.detail.500", incident), null));
        }
    }
}
