package org.mizan.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.mizan.legal.control.CalendarFeeds;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.time.Instant;

/**
 * The signed-in lawyer's private calendar feed: whether there is one, a new one (its URL shown once),
 * or none. Lawyers only, as {@link CalendarFeeds#OWNER_ROLE} says.
 */
@Path("me/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.LAWYER)
public class CalendarFeedResource {

    /** The feed as it is now; {@code createdAt} and {@code lastFetchedAt} null when there is none. */
    public record FeedState(boolean exists, Instant createdAt, Instant lastFetchedAt) {
    }

    /** A new feed: the only time its URL is shown. {@code webcalUrl} is the same for calendar apps that open webcal: links. */
    public record NewFeed(String url, String webcalUrl, Instant createdAt) {
    }

    @Inject
    CalendarFeeds feeds;
    @Inject
    CurrentUser currentUser;
    @Inject
    FeedAddress address;
    @Context
    UriInfo uri;

    @GET
    public FeedState state() {
        return feeds.status(currentUser.reader().userId())
                .map(s -> new FeedState(true, s.createdAt(), s.lastFetchedAt().orElse(null)))
                .orElse(new FeedState(false, null, null));
    }

    @POST
    public Response create() {
        CalendarFeeds.IssuedFeed issued = feeds.issue(currentUser.reader().userId(), currentUser.actor());
        // The API's base is <root>/api/; its parent is the root.
        String url = address.of(issued.token(), uri.getBaseUri().resolve("..").toString());
        String webcal = FeedAddress.webcal(url);
        return Response.created(uri.getAbsolutePath()).entity(new NewFeed(url, webcal, issued.createdAt())).build();
    }

    @DELETE
    public Response revoke() {
        feeds.revoke(currentUser.reader().userId(), currentUser.actor());
        return Response.noContent().build();
    }
}
