package org.mizan.reports.entity;

import org.mizan.cases.entity.Community;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Involvement;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorCertainty;
import org.mizan.cases.entity.PerpetratorKind;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One person of a case as an audience may see them. Fields the audience may not see are null: names
 * unless {@link Appearance#NAMED}, initials unless {@link Appearance#INITIALS}, the exact age in PUBLIC.
 * {@code personId} is there so that a UN report can fetch contact details — only when
 * {@code contactDetailsAllowed}; it is null otherwise and never printed. {@code notes} (free text about their part)
 * only where the audience may read the case's free text. {@code certainty} (a perpetrator's: alleged, identified, established
 * by a court) is shown to every audience: it is what keeps an allegation from reading as a finding. {@code community} (the
 * one a victim was targeted for) only in the team's own audiences, INTERNAL and LEGAL: it is sensitive. {@code occupations}
 * (primary first) wherever the exact age is shown, empty in PUBLIC.
 */
public record RedactedParty(PartyRole role, Appearance appearance, String nameArabic, String nameLatin,
                            String initialsArabic, String initialsLatin, Integer age, AgeGroup ageGroup, Fate fate, LocalDate diedOn,
                            Community community, List<Occupation> occupations,
                            PerpetratorKind perpetratorKind, Involvement involvement, PerpetratorCertainty certainty,
                            boolean contactDetailsAllowed,
                            Long personId, String notes) {

    public RedactedParty {
        occupations = occupations == null ? List.of() : List.copyOf(occupations);
    }

    /** The name in both scripts ("صفاء السراي / Safaa al-Saray"), the initials, or null: what a table cell shows. */
    public String shownName() {
        return shownName(UnaryOperator.identity());
    }

    /** {@link #shownName()} with {@code eachPart} applied to each script's part (a report isolates them for bidi). */
    public String shownName(UnaryOperator<String> eachPart) {
        return switch (appearance) {
            case NAMED -> both(nameArabic, nameLatin, eachPart);
            case INITIALS -> both(initialsArabic, initialsLatin, eachPart);
            case UNNAMED, OMITTED -> null;
        };
    }

    private static String both(String arabic, String latin, UnaryOperator<String> eachPart) {
        if (arabic == null || latin == null || arabic.equals(latin)) {
            return eachPart.apply(arabic != null ? arabic : latin);
        }
        return eachPart.apply(arabic) + " / " + eachPart.apply(latin);
    }
}
