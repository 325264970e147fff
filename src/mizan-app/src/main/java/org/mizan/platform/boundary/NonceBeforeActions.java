package org.mizan.platform.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * PrimeFaces checks a post's CSP nonce only when it renders the answer — after the form's action has run.
 * Asking for the nonce as soon as the view is restored makes the check come first, so a forged post
 * (no nonce, or another page's) runs nothing and ends on the expired page (see {@link ExpiredViews}).
 */
public class NonceBeforeActions implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() && faces.getViewRoot() != null && !faces.getResponseComplete()) {
            PrimeFacesContext.getCspState(faces).getNonce();
        }
    }
}
