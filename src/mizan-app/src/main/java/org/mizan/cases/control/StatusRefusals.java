package org.mizan.cases.control;

import org.mizan.cases.entity.CaseStatus;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Translated;

import java.util.Collection;
import java.util.List;

/**
 * A status the workflow does not allow, refused with what it does allow: the steps possible from where the case is, and
 * the way to the status asked for — in the reader's language, so that the user need not guess the workflow.
 */
final class StatusRefusals {

    private StatusRefusals() {
    }

    /** A case at {@code from} asked to jump to {@code to}. */
    static InvalidInput jump(CaseStatus from, CaseStatus to) {
        return new InvalidInput("status", "case.status.transition", label(from), label(to), labels(from.next()),
                Translated.steps(keys(from.wayTo(to))));
    }

    /** A new case asked to start at {@code given} rather than at the start. */
    static InvalidInput start(CaseStatus given) {
        return new InvalidInput("status", "case.status.startsAtIntake", label(CaseStatus.START), label(given),
                labels(CaseStatus.START.next()), Translated.steps(keys(CaseStatus.START.wayTo(given))));
    }

    private static Translated label(CaseStatus status) {
        return Translated.label(key(status));
    }

    private static Translated labels(Collection<CaseStatus> statuses) {
        return Translated.list(keys(statuses));
    }

    private static List<String> keys(Collection<CaseStatus> statuses) {
        return statuses.stream().map(StatusRefusals::key).toList();
    }

    private static String key(CaseStatus status) {
        return "cases.status." + status.name();
    }
}
