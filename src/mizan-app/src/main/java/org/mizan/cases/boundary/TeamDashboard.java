package org.mizan.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.cases.control.JoinRequests;
import org.mizan.cases.control.TeamNotices;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.security.control.CurrentUser;

import java.util.List;

/**
 * The dashboard's part about teams: what changed for the user's teams since they last looked (taken off, added,
 * a request answered), and, for a lead, the requests to join waiting for their answer.
 */
@Named
@RequestScoped
public class TeamDashboard {

    /** A notice as the dashboard says it; {@code reference} is null for a case the reader can no longer see. */
    public record NoticeRow(long id, String text, String reason, String reference) {
        public long getId() { return id; }
        public String getText() { return text; }
        public String getReason() { return reason; }
        public String getReference() { return reference; }
    }

    /** An open request to join one of the reader's cases. */
    public record RequestRow(String reference, String name, String reason) {
        public String getReference() { return reference; }
        public String getName() { return name; }
        public String getReason() { return reason; }
    }

    @Inject
    TeamNotices notices;
    @Inject
    JoinRequests requests;
    @Inject
    CurrentUser currentUser;

    private List<NoticeRow> noticeRows;
    private List<RequestRow> requestRows;

    public List<NoticeRow> getNotices() {
        if (noticeRows == null) {
            noticeRows = notices.unseen(currentUser.reader()).stream().map(n -> new NoticeRow(n.id(),
                    PageMessages.text("team.notice." + n.kind().name(), n.reference() == null
                            ? PageMessages.text("team.notice.hiddenCase") : n.reference()), n.reason(), n.reference())).toList();
        }
        return noticeRows;
    }

    public List<RequestRow> getRequests() {
        if (requestRows == null) {
            requestRows = currentUser.reader().mayEdit() || currentUser.reader().administrator()
                    ? requests.awaiting(currentUser.reader()).stream().map(p -> new RequestRow(p.reference(),
                    p.request().getUser().getShownName(), p.request().getReason())).toList()
                    : List.of();
        }
        return requestRows;
    }

    /** The notice is read: it goes from the dashboard. */
    public void dismiss(long id) {
        notices.dismiss(id, currentUser.reader());
        noticeRows = null;
    }
}
