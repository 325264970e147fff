package org.mizan.platform.control;

/** What was asked for does not exist, or the caller may not know that it exists. */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String what) {
        super(what);
    }
}
