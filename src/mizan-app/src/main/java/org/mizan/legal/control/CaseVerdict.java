package org.mizan.legal.control;

import org.mizan.legal.entity.Stage;
import org.mizan.legal.entity.VerdictKind;

import java.util.Collection;

/**
 * What the courts decided in a case, as a public account tells it: the verdict that stands now in its furthest
 * prosecution ({@code null} before any verdict, and after an annulment until the retrial decides again), and whether a
 * conviction was ever set aside ("acquitted after a death sentence was annulled"). Whether the verdict is final the
 * impunity clocks say.
 */
public record CaseVerdict(VerdictKind standing, boolean convictionSetAside) {

    public static final CaseVerdict NONE = new CaseVerdict(null, false);

    static CaseVerdict of(Collection<StageDerivation.Derived> proceedings) {
        VerdictKind standing = proceedings.stream().map(StageDerivation.Derived::stage).max(StageDerivation.FURTHER)
                .map(Stage::verdict).orElse(null);
        return new CaseVerdict(standing, proceedings.stream().anyMatch(CaseVerdict::setAsideAConviction));
    }

    /** A conviction on the prosecution's path followed by a step where it no longer stands (annulled, retried). */
    private static boolean setAsideAConviction(StageDerivation.Derived proceeding) {
        boolean convicted = false;
        for (StageDerivation.Step step : proceeding.path()) {
            VerdictKind verdict = step.stage().verdict();
            if (convicted && verdict != VerdictKind.CONVICTION) {
                return true;
            }
            convicted = verdict == VerdictKind.CONVICTION;
        }
        return false;
    }
}
