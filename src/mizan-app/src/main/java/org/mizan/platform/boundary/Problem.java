package org.mizan.platform.boundary;

import java.util.List;

/** An RFC 9457 problem detail, the body of every REST error. */
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A broken rule on one field of the request. */
    public record FieldProblem(String field, String message) {
    }
}
