package org.mizan.legal.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.legal.control.CalendarFeeds;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.security.control.CurrentUser;

import java.io.Serializable;
import java.util.Optional;

/**
 * The dashboard's calendar-feed panel, for lawyers: whether they have a private feed of their hearings,
 * a new one (its address shown this once), or none.
 */
@Named
@ViewScoped
public class CalendarFeedPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarFeeds feeds;
    @Inject
    FeedAddress address;
    @Inject
    CurrentUser currentUser;

    private transient String newUrl;
    /** The feed's state, read once per view and again after a change: the page asks for it several times a render. */
    private transient Optional<CalendarFeeds.FeedStatus> status;

    public boolean isAvailable() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(CalendarFeeds.OWNER_ROLE.name());
    }

    public boolean isActive() {
        return status().isPresent();
    }

    public String getCreatedAt() {
        return status().map(s -> CourtTime.text(s.createdAt())).orElse("");
    }

    private Optional<CalendarFeeds.FeedStatus> status() {
        if (status == null) {
            status = feeds.status(currentUser.reader().userId());
        }
        return status;
    }

    public void issue() {
        if (!isAvailable()) {
            return;
        }
        CalendarFeeds.IssuedFeed issued = feeds.issue(currentUser.reader().userId(), currentUser.actor());
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String root = context.getRequestScheme() + "://" + context.getRequestServerName() + ":" + context.getRequestServerPort()
                + context.getRequestContextPath() + "/";
        newUrl = address.of(issued.token(), root);
        status = null;
        PageMessages.info("legal.feed.issued");
    }

    public void revoke() {
        if (isAvailable() && feeds.revoke(currentUser.reader().userId(), currentUser.actor())) {
            newUrl = null;
            status = null;
            PageMessages.info("legal.feed.revoked");
        }
    }

    /** The new feed's address: only right after it was made, never again. */
    public String getNewUrl() {
        return newUrl;
    }

    public String getWebcalUrl() {
        return newUrl == null ? null : FeedAddress.webcal(newUrl);
    }
}
