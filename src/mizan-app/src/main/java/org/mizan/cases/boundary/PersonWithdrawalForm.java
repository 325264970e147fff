package org.mizan.cases.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.cases.control.PersonWithdrawals;
import org.mizan.platform.boundary.FormChange;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.security.control.CurrentUser;

import java.io.Serializable;

/**
 * Withdrawing a person entered by mistake, from the case page: the lead of every case naming them (or an administrator)
 * gives a reason, and the person leaves those cases (and Mizan, when no other case names them). Kept in the database and
 * the audit trail, as the REST call does; the page then reopens the case, whose version moved on.
 */
@Named
@ViewScoped
public class PersonWithdrawalForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "personWithdrawal";
    private static final FormChange CHANGE = new FormChange("person.withdrawal.forbidden", "cases.relative.notFound");

    @Inject
    CaseView caseView;
    @Inject
    PersonWithdrawals withdrawals;
    @Inject
    CurrentUser currentUser;

    private Long personId;
    private String personName;
    private String reason;

    public void open(CasePartyRow party) {
        personId = party.getPersonId();
        personName = party.getDisplayName();
        reason = null;
    }

    public String withdraw() {
        if (personId == null || !caseView.isEditable()) {
            return null;
        }
        if (caseView.isUnsaved()) {
            // Reopening the case after the withdrawal would drop what was typed: saved first, nothing is lost.
            PageMessages.error("person.withdrawal.saveFirst");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        long id = personId;
        if (!CHANGE.run(FORM, () -> withdrawals.withdraw(id, reason, currentUser.actor(), currentUser.reader()))) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info("person.withdrawal.done", personName);
        return "/cases/case?faces-redirect=true&ref=" + caseView.getRef();
    }

    public String getPersonName() {
        return personName;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
