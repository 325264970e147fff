package org.mizan.platform.boundary;

import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form post whose view state cannot be trusted — expired, forged, from another session, or without the
 * page's nonce — is the "expired" page (a redirect, so that page renders as a fresh GET), never a 500: the
 * user signs in or reloads, and an attacker learns nothing. One log line, no stack trace.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(ExpiredViews.class.getName());
    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable thrown = events.next().getContext().getException();
                if (isUntrustedView(thrown)) {
                    events.remove();
                    LOG.info(() -> "Untrusted view state, sent to the expired page: " + rootOf(thrown));
                    redirectToExpired();
                    return;
                }
            }
            getWrapped().handle();
        }

        private static void redirectToExpired() {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            try {
                external.redirect(external.getRequestContextPath() + EXPIRED_PAGE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    static boolean isUntrustedView(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ViewExpiredException || cause instanceof ProtectedViewException || cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    private static String rootOf(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root && root instanceof FacesException) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
