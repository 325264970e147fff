package org.mizan.platform.control;

/** The caller's roles do not allow this; services check too, not only the doors in front of them. */
public class Forbidden extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Forbidden(String what) {
        super(what);
    }
}
