package org.mizan.legal.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.mizan.legal.control.CalendarFeeds;
import org.mizan.legal.control.FeedHearing;
import org.mizan.legal.control.HearingCalendar;
import org.mizan.platform.control.Messages;
import org.mizan.platform.control.NotFound;

import java.util.List;
import java.util.Locale;

/**
 * The calendar feed itself, for phone calendars, which cannot sign in: the secret token in the URL is
 * the credential. Anything wrong with it is a plain 404, so the answer reveals nothing (not whether the
 * token ever existed, nor whether its owner was disabled). The token never goes into a log or the audit
 * trail: the {@link NotFound} below names no token, and fetches are not audited (see {@link CalendarFeeds}).
 */
@Path(CalendarResource.PATH)
public class CalendarResource {

    static final String PATH = "calendar";
    static final String SUFFIX = ".ics";
    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    @Inject
    CalendarFeeds feeds;
    @Context
    HttpHeaders headers;

    @GET
    @Path("{token}" + SUFFIX)
    @PermitAll
    @Produces(MEDIA_TYPE)
    public Response feed(@PathParam("token") String token) {
        List<FeedHearing> hearings = feeds.hearings(token).orElseThrow(() -> new NotFound("calendar feed"));
        List<Locale> wanted = headers.getAcceptableLanguages();
        Messages labels = Messages.in(wanted.isEmpty() ? Locale.ENGLISH : wanted.get(0));
        return Response.ok(HearingCalendar.render(hearings, labels), MEDIA_TYPE)
                // Hearings of human-rights cases: no shared cache may keep them, nor the browser.
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("Content-Disposition", "inline; filename=\"mizan-hearings.ics\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
