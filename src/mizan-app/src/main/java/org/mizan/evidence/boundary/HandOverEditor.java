package org.mizan.evidence.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.mizan.evidence.entity.CustodyAction;

import java.util.List;

/**
 * Records that an item left Mizan — handed to a court, a prosecutor or a UN body (a transfer), or
 * exported — with to whom and why, so the chain of custody does not stop at the download.
 */
@Named
@ViewScoped
public class HandOverEditor extends ItemEditor {

    private static final long serialVersionUID = 1L;
    static final String FORM = "handOver";
    private static final List<CustodyAction> ACTIONS = List.of(CustodyAction.TRANSFER, CustodyAction.EXPORT);

    private CustodyAction action = CustodyAction.TRANSFER;
    private String reason;

    public void record() {
        if (!item.isMayHandOver()) {
            return;
        }
        CustodyAction chosen = action;
        String typed = reason;
        saveChange(FORM, () -> changes.handOver(item.getId(), chosen, typed, currentUser.reader(), currentUser.actor()),
                "evidence.handOver.recorded", () -> reason = null);
    }

    public List<CustodyAction> getActions() {
        return ACTIONS;
    }

    public CustodyAction getAction() { return action; }
    public void setAction(CustodyAction action) { this.action = action; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
