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
import org.mizan.platform.control.DatabaseOutage;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Messages;
import org.mizan.platform.control.NotFound;
import org.mizan.platform.control.Refusals;
import org.mizan.platform.control.Unavailable;

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
    public Response toResponse(Throwable thrown) {
        Throwable e = Refusals.ours(thrown);
        Response response = answer(e);
        if (response.getStatus() < 500) {
            // A client error is the client's: one line, never a stack trace (a flood of them must not flood the log).
            LOG.info(() -> "Refused with " + response.getStatus() + ": " + e.getClass().getSimpleName()
                    + (e instanceof InvalidInput ? " " + abbreviated(e.getMessage()) : ""));
        }
        return response;
    }

    private static String abbreviated(String message) {
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    private Response answer(Throwable e) {
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
        if (e instanceof Unavailable unavailable) {
            return unavailable(unavailable);
        }
        if (e instanceof JsonbException || e instanceof JsonException || e instanceof ProcessingException) {
            return unreadableBody(e);
        }
        if (e instanceof WebApplicationException web) {
            return webApplication(web);
        }
        if (isRejectedValue(e)) {
            return ProblemResponses.of(headers, 400, "problem.valueRejected");
        }
        if (DatabaseOutage.isCause(e)) {
            return unavailable(new Unavailable(false, "problem.databaseUnavailable", e));
        }
        return incident(e);
    }

    /**
     * Storage full (507) or out of reach (503, with Retry-After): the operator's to fix, so one warning line naming the
     * cause — no stack trace, and never blamed on the request.
     */
    private Response unavailable(Unavailable e) {
        LOG.warning(() -> "Unavailable: " + abbreviated(String.valueOf(e.getMessage())));
        Response response = ProblemResponses.of(headers, e.storageFull() ? 507 : 503, e.messageKey());
        return e.storageFull() ? response : Response.fromResponse(response).header("Retry-After", "60").build();
    }

    /**
     * A value the database refused as data (SQLSTATE class 22: too long, out of range, NUL; 23514: a check;
     * 54000: too large for an index). Rules before the database should catch these first; this is the net
     * under them, so a missed rule is a 400 and not an incident.
     */
    private static boolean isRejectedValue(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().equals("23514")
                    || sql.getSQLState().equals("54000"))) {
                return true;
            }
        }
        return false;
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
        if (isUnreadableQueryParameter(e)) {
            return ProblemResponses.of(headers, 400, "problem.invalidParameter");
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

    /**
     * JAX-RS answers 404 for a query parameter it cannot convert (page=abc), as if the resource did not exist;
     * the resource does exist and the parameter is wrong, which is a 400.
     */
    private static boolean isUnreadableQueryParameter(WebApplicationException e) {
        return e.getResponse().getStatus() == 404 && e.getClass().getSimpleName().equals("QueryParamException");
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
