package org.mizan.legal.boundary;

import org.mizan.legal.entity.Phase;
import org.mizan.legal.entity.Stage;
import org.mizan.platform.boundary.PageMessages;

/** A stage in the page's language — "Verdict: conviction (final)" — and the colour of its tag. */
final class StageText {

    private StageText() {
    }

    static String label(Stage stage) {
        if (stage == null) {
            return PageMessages.text("legal.stage.none");
        }
        String phase = PageMessages.text("legal.phase." + stage.phase());
        if (stage.verdict() == null) {
            return phase;
        }
        String verdict = PageMessages.text("legal.verdict." + stage.verdict());
        String qualifiers = (stage.finalVerdict() ? PageMessages.text("legal.stage.final") : "")
                + (stage.finalVerdict() && stage.inAbsentia() ? ", " : "")
                + (stage.inAbsentia() ? PageMessages.text("legal.stage.inAbsentia") : "");
        return PageMessages.text("legal.stage.withVerdict", phase, verdict) + (qualifiers.isEmpty() ? "" : " (" + qualifiers + ")");
    }

    /** Green for a final conviction, red where impunity is most likely (parked against unknown, or nothing begun). */
    static String severity(Stage stage) {
        if (stage == null || stage.phase() == Phase.NOT_STARTED || stage.phase() == Phase.PARKED_AGAINST_UNKNOWN) {
            return "danger";
        }
        if (stage.finalConviction()) {
            return "success";
        }
        return stage.verdict() != null ? "warning" : "info";
    }
}
