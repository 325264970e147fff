package org.mizan.contacts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.contacts.control.ContactService;
import org.mizan.platform.boundary.PageErrors;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CurrentUser;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The contacts of one case ({@code /contacts/contacts.xhtml?case=MZN-…}), masked, for the
 * investigators and lawyers assigned to it. The dialogs on the page ({@link RevealDialog},
 * {@link ConsentRecorder}, {@link ConversationLogger}) and the add form ({@link ContactCreator}) work on
 * these rows and then {@link #refresh()} them. Nothing here is ever in clear.
 */
@Named
@ViewScoped
public class ContactListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactService contacts;
    @Inject
    CurrentUser currentUser;

    private String caseRef;
    private boolean mayEdit;
    private List<ContactRow> rows = List.of();

    /**
     * The view action. A case the reader cannot see is as absent as one that does not exist (404); a case
     * they see but whose contacts they may not know — an advocate, an administrator, anyone not assigned —
     * is refused (403), like the REST API does.
     */
    public void load() {
        if (caseRef == null || caseRef.isEmpty()) {
            PageErrors.send(404);
            return;
        }
        try {
            mayEdit = currentUser.reader().mayEdit();
            refresh();
        } catch (NotFound e) {
            PageErrors.send(404);
        } catch (Forbidden e) {
            PageErrors.send(403);
        }
    }

    /** Reads the contacts again (masked): after a change made here, or to show what others changed. */
    public void refresh() {
        rows = contacts.ofCase(caseRef, currentUser.reader(), currentUser.actor()).stream().map(ContactRow::of).toList();
    }

    /** The same, for the page's Refresh button: a need-to-know taken away meanwhile becomes a message. */
    public void reread() {
        ContactChange.run("list", this::refresh);
    }

    Optional<ContactRow> row(long id) {
        return rows.stream().filter(row -> row.getId() == id).findFirst();
    }

    public String getTitle() {
        return PageMessages.text("contacts.title", caseRef);
    }

    public String getCaseRef() {
        return caseRef;
    }

    public void setCaseRef(String caseRef) {
        this.caseRef = caseRef == null ? null : caseRef.strip();
    }

    /** Investigators record and change contacts; lawyers of the case read them, record consent and log conversations. */
    public boolean isMayEdit() {
        return mayEdit;
    }

    public List<ContactRow> getRows() {
        return rows;
    }
}
