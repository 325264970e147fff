package org.mizan.reports.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.mizan.platform.boundary.Problem;
import org.mizan.platform.control.Messages;
import org.mizan.reports.control.WgeidRefused;

import java.util.List;
import java.util.Locale;

/**
 * A refused WGEID submission as 422 problem+json: the request was understood, the case is not ready. Each missing
 * item is one entry of {@code errors}, {@code field} its item's letter ("b") or "type" / "consent", with the
 * sentence in the language of the request (Accept-Language), as every problem of the API.
 */
@Provider
public class WgeidRefusedMapper implements ExceptionMapper<WgeidRefused> {

    static final int UNPROCESSABLE = 422;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WgeidRefused refused) {
        List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        Messages messages = Messages.in(wanted.isEmpty() ? Locale.ENGLISH : wanted.get(0));
        List<Problem.FieldProblem> missing = refused.missing().stream()
                .map(item -> new Problem.FieldProblem(item.item(), messages.get(item.messageKey()))).toList();
        return Response.status(UNPROCESSABLE).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", messages.get("wgeid.refused.title"), UNPROCESSABLE, messages.get("wgeid.refused"), missing))
                .build();
    }
}
