package org.mizan.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.mizan.security.control.SignIns;

import java.util.logging.Logger;

/** A page session that ends (signing out, or idle too long) ends its row too, so its owner's list stays true. */
@WebListener
public class WebSessionEnd implements HttpSessionListener {

    private static final Logger LOG = Logger.getLogger(WebSessionEnd.class.getName());

    @Inject
    SignIns signIns;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object key;
        try {
            key = event.getSession().getAttribute(MizanAuthenticationMechanism.SESSION_KEY);
        } catch (IllegalStateException alreadyInvalid) {
            return;
        }
        if (key instanceof String sessionKey) {
            try {
                signIns.end(sessionKey);
            } catch (RuntimeException e) {
                // The row then shows until it has been idle for the session timeout; nothing is left open by it.
                LOG.warning(() -> "Could not mark an ended web session as ended: " + e);
            }
        }
    }
}
