package org.mizan.legal.control;

import org.mizan.legal.entity.Phase;
import org.mizan.legal.entity.VerdictKind;

import java.time.LocalDate;
import java.util.Map;

/**
 * The aggregate impunity indicators over a set of cases (those the reader may see, within the
 * filter). Shares come as a count and its denominator, never as a percentage: the reader of a chart
 * or a report decides how to round, and a share of a handful of cases should be shown as such.
 *
 * @param asOf             the day (in Iraq) the running clocks were counted to
 * @param cases            the cases counted: every case the reader may see that matches the filter
 * @param withProceeding   of those, the cases with at least one proceeding
 * @param againstUnknown   cases with a proceeding that was at any time registered against unknown perpetrators
 *                         (قيدت ضد مجهول) — even if later reopened; denominator: {@code withProceeding}, since a case
 *                         never brought before a judge cannot be registered at all
 * @param reachedCourt     cases with a proceeding where a trial hearing was held or a verdict passed — the milestone that
 *                         stops the "no trial" clock; a referral alone is not a day in court; denominator: {@code cases}
 * @param finalConviction  cases where a conviction of at least one suspect is final now (upheld in cassation, or no
 *                         longer open to appeal); denominator: {@code cases}
 * @param suspectsReleased suspects free now after having been held (a RELEASE naming them or the whole proceeding, or an
 *                         acquittal or release for insufficient evidence in their presence) and not arrested again since,
 *                         summed over all proceedings of the cases counted; a suspect released twice counts once
 * @param byPhase          cases with a proceeding by where they stand now — the furthest headline stage of their
 *                         proceedings; every phase is present, in procedural order, and the values add up to
 *                         {@code withProceeding}
 * @param byVerdict        of the cases in {@code byPhase}, those whose furthest stage carries a standing verdict, by kind
 * @param noArrest         the clocks "no arrest" of all cases counted (see {@link ImpunityClock})
 * @param noTrial          the clocks "no day in court"
 * @param noFinalVerdict   the clocks "no final verdict"
 */
public record ImpunityFigures(LocalDate asOf, long cases, long withProceeding, Share againstUnknown, Share reachedCourt,
                              Share finalConviction, long suspectsReleased, Map<Phase, Long> byPhase,
                              Map<VerdictKind, Long> byVerdict, Clocks noArrest, Clocks noTrial, Clocks noFinalVerdict) implements java.io.Serializable {

    /** What a share is a share of. */
    public enum Denominator {
        /** All cases counted. */
        CASES,
        /** The cases counted that have at least one proceeding. */
        CASES_WITH_PROCEEDING
    }

    /** {@code count} cases out of {@code of}, which counts the {@code over} cases. */
    public record Share(long count, long of, Denominator over) implements java.io.Serializable {
    }

    /**
     * One clock over all cases counted: how many still run and how many ended, with the median length of
     * each (whole days, the lower middle value for an even number; null when there is none), so that
     * "median days to first arrest" is {@code noArrest.medianDaysEnded}.
     */
    public record Clocks(long running, long ended, Long medianDaysRunning, Long medianDaysEnded) implements java.io.Serializable {
    }
}
