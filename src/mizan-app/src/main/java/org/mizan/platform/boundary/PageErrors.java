package org.mizan.platform.boundary;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers a page request with an HTTP error (and its error page) instead of the page, e.g. from a view action. */
public final class PageErrors {

    private PageErrors() {
    }

    public static void send(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
