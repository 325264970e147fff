package org.mizan.platform.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Messages;

import java.util.List;
import java.util.Locale;

/** Builds problem+json responses in the language of the request (also for resources whose 4xx needs its own detail). */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    static Messages messages(HttpHeaders headers) {
        List<Locale> wanted;
        try {
            wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        } catch (RuntimeException unreadable) {
            // The filter refuses such a header first; should one get here, the error still has to be told.
            wanted = List.of();
        }
        return Messages.in(wanted.isEmpty() ? Locale.ENGLISH : wanted.get(0));
    }

    public static Response of(HttpHeaders headers, int status, String detailKey, Object... arguments) {
        Messages messages = messages(headers);
        return build(status, new Problem("about:blank", messages.get("problem.title." + status), status,
                messages.get(detailKey, arguments), null));
    }

    static Response invalid(HttpHeaders headers, InvalidInput invalid) {
        Messages messages = messages(headers);
        List<Problem.FieldProblem> fields = invalid.errors().stream()
                .map(e -> new Problem.FieldProblem(e.field(), messages.get(e.messageKey(), e.arguments())))
                .toList();
        return build(400, new Problem("about:blank", messages.get("problem.title.400"), 400,
                messages.get("problem.invalidFields"), fields));
    }

    static Response build(int status, Problem problem) {
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"mizan\"");
        }
        return builder.build();
    }
}
