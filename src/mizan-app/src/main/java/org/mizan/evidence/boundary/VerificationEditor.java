package org.mizan.evidence.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.mizan.cases.entity.VerificationStatus;
import org.mizan.evidence.entity.VerificationMethod;
import org.mizan.platform.control.Text;

import java.util.List;

/** An investigator's verification decision on the item page: status, how it was reached, and notes; kept as history. */
@Named
@ViewScoped
public class VerificationEditor extends ItemEditor {

    private static final long serialVersionUID = 1L;
    static final String FORM = "verification";

    private VerificationStatus status;
    private VerificationMethod method;
    private String notes;

    public void record() {
        if (!item.isMayEdit()) {
            return;
        }
        String typedNotes = Text.blankToNull(notes);
        saveChange(FORM, () -> changes.verify(item.getId(), status, method, typedNotes, currentUser.reader(), currentUser.actor()),
                "evidence.verification.recorded", () -> {
                    status = null;
                    method = null;
                    notes = null;
                });
    }

    public List<VerificationStatus> getStatuses() {
        return List.of(VerificationStatus.values());
    }

    public List<VerificationMethod> getMethods() {
        return List.of(VerificationMethod.values());
    }

    public VerificationStatus getStatus() { return status; }
    public void setStatus(VerificationStatus status) { this.status = status; }
    public VerificationMethod getMethod() { return method; }
    public void setMethod(VerificationMethod method) { this.method = method; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
