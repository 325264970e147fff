package org.mizan.legal.entity;

/**
 * Where a prosecution stands: its phase and, once a court has decided, the verdict that stands —
 * whether given in absentia, and whether final (upheld in cassation, or no longer open to appeal).
 * After an annulment the verdict no longer stands: the stage forgets it.
 */
public record Stage(Phase phase, VerdictKind verdict, boolean inAbsentia, boolean finalVerdict) {

    public static final Stage NOT_STARTED = new Stage(Phase.NOT_STARTED, null, false, false);

    public Stage in(Phase next) {
        return new Stage(next, verdict, inAbsentia, finalVerdict);
    }

    public Stage decided(VerdictKind kind, boolean absentia) {
        return new Stage(Phase.VERDICT, kind, absentia, false);
    }

    public Stage madeFinal() {
        return verdict == null ? this : new Stage(phase == Phase.CASSATION ? Phase.VERDICT : phase, verdict, inAbsentia, true);
    }

    public Stage setAside(Phase next) {
        return new Stage(next, null, false, false);
    }

    public boolean finalConviction() {
        return finalVerdict && verdict == VerdictKind.CONVICTION;
    }
}
