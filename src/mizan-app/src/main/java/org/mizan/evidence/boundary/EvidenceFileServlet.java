package org.mizan.evidence.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mizan.evidence.control.EvidenceContent;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CaseReader;
import org.mizan.security.control.CurrentUser;

import java.io.IOException;

/**
 * The bytes of an item for the pages: {@code /evidence/file/{id}} downloads it,
 * {@code ?disposition=inline} previews it (images, PDFs, audio and video only; anything else stays an
 * attachment). The REST API takes bearer tokens only, so pages need this door, which takes the
 * session: web.xml's constraint on {@code /*} lets only signed-in users with a role through, and
 * {@link EvidenceContent} decides who may open what and writes every view and download into the
 * chain of custody.
 */
@WebServlet(EvidenceFileServlet.PATH + "*")
public class EvidenceFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/evidence/file/";

    @Inject
    transient EvidenceContent content;
    @Inject
    transient CurrentUser currentUser;

    /** The address of an item's bytes inside the application, for links and previews. */
    static String pathOf(long id, boolean inline) {
        return PATH + id + (inline ? "?disposition=inline" : "");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            send(itemId(request), "inline".equalsIgnoreCase(request.getParameter("disposition")), request, response);
        } catch (NotFound e) {
            // An item of a case the reader may not see is as absent as one that never existed.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (Forbidden e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private void send(long id, boolean inline, HttpServletRequest request, HttpServletResponse response) throws IOException {
        CaseReader reader = currentUser.reader();
        EvidenceItem item = content.item(id, reader);
        ByteRange range = ByteRange.of(request.getHeader("Range"), item.getSizeBytes());
        if (range == null) {
            response.setHeader("Content-Range", "bytes */" + item.getSizeBytes());
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        EvidenceContent.Opened opened = content.open(id, range.offset(), range.length(), inline, reader, currentUser.actor());
        ContentReply reply = new ContentReply(opened, range);
        response.setStatus(reply.status());
        reply.headers().forEach(response::setHeader);
        if (opened.inline()) {
            // A preview is framed by Mizan's own item page (PDFs); every other site still may not frame it.
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("Content-Security-Policy", reply.headers().get("Content-Security-Policy") + "; frame-ancestors 'self'");
        }
        reply.writeTo(response.getOutputStream());
    }

    private static long itemId(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}")) {
            throw new NotFound("evidence " + path);
        }
        return Long.parseLong(path.substring(1));
    }
}
