package org.mizan.platform.boundary;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.Forbidden;
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
@Provider
public class ExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof InvalidInput invalid) {
            return ProblemResponses.invalid(headers, invalid);
        }
        if (e instanceof Conflict conflict) {
            return ProblemResponses.of(headers, 409, conflict.messageKey(), conflict.arguments());
        }
        if (e instanceof Forbidden) {
            return ProblemResponses.of(headers, 403, "problem.detail.403");
        }
        if (e instanceof NotFound) {
            return ProblemResponses.of(headers, 404, "problem.notFound");
        }
        if (e instanceof JsonbException || e instanceof JsonException || e instanceof ProcessingException) {
            return unreadableBody(e);
        }
        if (e instanceof WebApplicationException web) {
            return webApplication(web);
        }
        return incident(e);
    }

    /** Errors JAX-RS raises itself (unknown path, wrong method or media type) and our own 401/403/413/429. */
    private Response webApplication(WebApplicationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonbException || cause instanceof JsonException) {
            return unreadableBody(cause);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return incident(e);
        }
        Response.ResponseBuilder builder = Response.fromResponse(ProblemResponses.of(headers, status, "problem.detail." + status));
        for (String name : new String[]{"Retry-After", HttpHeaders.ALLOW, "Connection"}) {
            Object value = e.getResponse().getHeaders().getFirst(name);
            if (value != null) {
                builder.header(name, value);
            }
        }
        return builder.build();
    }

    /** The body could not be read: too large (the size limit fired inside the parser), or not JSON. */
    private Response unreadableBody(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException web && web.getResponse().getStatus() == 413) {
                return webApplication(web);
            }
        }
        return ProblemResponses.of(headers, 400, "problem.malformedJson");
    }

    /** Anything else is our fault: log it with an incident number the user can quote. */
    private Response incident(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, e);
        Messages messages = ProblemResponses.messages(headers);
        return ProblemResponses.build(500, new Problem("about:blank", messages.get("problem.title.500"), 500,
                messages.get("problem.detail.500", incident), null));
    }
}
