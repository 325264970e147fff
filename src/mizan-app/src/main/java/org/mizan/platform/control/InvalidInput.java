package org.mizan.platform.control;

import java.util.List;

/**
 * Input that breaks a rule. Carries message keys (resolved in the user's language by the
 * boundary) per field, so a form and a REST client get the same reasons.
 */
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One broken rule: the field, a message key from the bundles, and its arguments. */
    public record FieldError(String field, String messageKey, Object... arguments) {
    }

    private final transient List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super("Invalid input: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldError(field, messageKey, arguments)));
    }

    /** The request's body, when it has one: a request without one is refused naming the body (400, not a 500 later). */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw new InvalidInput("body", "problem.bodyRequired");
        }
        return body;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
