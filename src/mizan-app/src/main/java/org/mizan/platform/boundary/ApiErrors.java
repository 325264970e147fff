package org.mizan.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.Set;

/**
 * An error the framework answers for the API without a body of ours (Jersey's own 404, 405, 415, a 416 with
 * no entity, the container's 400) would otherwise become the container's HTML error page; here it becomes
 * problem+json like every other API error.
 */
final class ApiErrors extends HttpServletResponseWrapper {

    private static final Set<Integer> NAMED = Set.of(400, 401, 403, 404, 405, 406, 409, 411, 412, 413, 415, 416, 428, 429);

    private final HttpServletRequest request;
    private final ProblemWriter problems;

    ApiErrors(HttpServletRequest request, HttpServletResponse response, ProblemWriter problems) {
        super(response);
        this.request = request;
        this.problems = problems;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    @Override
    public void sendError(int status) throws IOException {
        sendError(status, null);
    }

    @Override
    public void sendError(int status, String ignored) throws IOException {
        if (isCommitted()) {
            super.sendError(status, ignored);
            return;
        }
        int answered = status >= 500 ? 500 : NAMED.contains(status) ? status : 400;
        problems.write(request, (HttpServletResponse) getResponse(), answered,
                answered == 500 ? "problem.serverError" : "problem.detail." + answered);
    }
}
