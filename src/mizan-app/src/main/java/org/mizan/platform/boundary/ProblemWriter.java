package org.mizan.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mizan.platform.control.Messages;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes a problem+json body outside JAX-RS (authentication, filters), in the language the client
 * asked for, so every error of the API looks the same wherever it is raised.
 */
@ApplicationScoped
public class ProblemWriter {

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String detailKey)
            throws IOException {
        Messages messages = Messages.in(locale(request));
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", messages.get("problem.title." + status))
                .add("status", status)
                .add("detail", messages.get(detailKey));
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"mizan\"");
        }
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", "60");
        }
        Writer writer = response.getWriter();
        writer.write(body.build().toString());
        writer.flush();
        response.flushBuffer();
    }

    static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Locale.ENGLISH : Messages.supported(request.getLocale());
    }
}
