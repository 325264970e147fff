package org.mizan.reports.control;

import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.InvalidInput.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * Who submits a case to the Working Group (item (f) of its list), as typed when the submission is made: the organisation,
 * the person, how the Working Group may reach them, and whether their identity must be kept confidential. Never
 * stored and never written to the audit trail: only the confidentiality choice is.
 *
 * <p>Confidentiality is a required yes or no rather than a default: a submitter who forgot to ask for it could be
 * exposed to the government the Working Group writes to, and that cannot be undone.
 */
public record WgeidSubmitter(String organisation, String name, String contact, boolean confidential) {

    static final int MAX_NAME = 200;
    static final int MAX_CONTACT = 500;

    /** The submitter from the typed values, trimmed; {@link InvalidInput} naming every field that breaks a rule. */
    public static WgeidSubmitter of(String organisation, String name, String contact, Boolean confidential) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "organisation", organisation, MAX_NAME);
        text(errors, "submitterName", name, MAX_NAME);
        text(errors, "submitterContact", contact, MAX_CONTACT);
        if (confidential == null) {
            errors.add(new FieldError("confidential", "validation.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new WgeidSubmitter(organisation.strip(), name.strip(), contact.strip(), confidential);
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "validation.required"));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        }
    }

    /** Says nothing about who: a stray log line must not carry the submitter's name or contact. */
    @Override
    public String toString() {
        return "WgeidSubmitter[confidential=" + confidential + "]";
    }
}
