package org.mizan.memorial.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.memorial.control.Publications;
import org.mizan.platform.boundary.BaghdadTime;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.Conflict;
import org.mizan.security.control.CurrentUser;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The memorial page: what the next publication would hold and change, publishing it, and the publications so far with
 * their downloads. For administrators and advocates (web.xml); a refusal by the leak check shows as the page's message.
 */
@Named
@ViewScoped
public class MemorialView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Publications publications;
    @Inject
    CurrentUser currentUser;

    private Publications.Preview preview;
    private List<PublicationJson> issued;

    public Publications.Preview getPreview() {
        if (preview == null) {
            preview = publications.preview(currentUser.reader());
        }
        return preview;
    }

    public List<PublicationJson> getIssued() {
        if (issued == null) {
            issued = publications.list().stream().map(PublicationJson::of).toList();
        }
        return issued;
    }

    public String issuedAt(PublicationJson publication) {
        return WHEN.format(BaghdadTime.local(publication.issuedAt()));
    }

    public void publish() {
        try {
            Publications.Issued done = publications.publish(currentUser.reader(), currentUser.actor());
            PageMessages.info("memorial.page.published", done.publication().id(), done.added().size(), done.removed().size());
            preview = null;
            issued = null;
        } catch (Conflict refused) {
            PageMessages.show(refused);
        }
    }
}
