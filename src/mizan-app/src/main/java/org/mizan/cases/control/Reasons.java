package org.mizan.cases.control;

import org.mizan.platform.control.InvalidInput;

/** The reason given for a governed change: required, since the audit trail and the history are only as good as it. */
final class Reasons {

    static final int MAX_LENGTH = 500;

    private Reasons() {
    }

    static String required(String field, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput(field, "case.team.reasonRequired");
        }
        String stripped = reason.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new InvalidInput(field, "validation.tooLong", MAX_LENGTH);
        }
        return stripped;
    }
}
