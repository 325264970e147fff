package org.mizan.security.control;

/**
 * Which web session or API token a request was made with: the one a change of password or roles keeps
 * while it ends all the others of that user.
 */
public record SignInRef(Kind kind, long id) {

    public enum Kind {
        WEB, TOKEN
    }

    /** The id to spare among rows of this kind; -1 (no row has it) when this reference is of the other kind. */
    long idOf(Kind wanted) {
        return kind == wanted ? id : -1;
    }

    static long idOf(SignInRef keep, Kind wanted) {
        return keep == null ? -1 : keep.idOf(wanted);
    }
}
