package org.mizan.cases.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Whether two recorded people may be the same person, and why. It only scores: deciding, and
 * merging, is for a person looking at both records (see docs/domain.md, Names).
 *
 * <p>The score is the best {@link NameChain#similarity} over every pair of spellings of the two
 * people (Arabic, Latin, aliases, in any combination), nudged by the other facts: the same birth year
 * (±1) or governorate adds a little; birth years more than five apart take off a lot, because a
 * relative of another generation (father, uncle, a grandson named after his grandfather) is the
 * usual near-miss of a name chain.
 *
 * <p>Reasons are message-key suffixes, in this order: {@value #SAME_NAME_CHAIN} or
 * {@value #SIMILAR_NAME_CHAIN}, {@value #CROSS_SCRIPT} (the names only match through
 * transliteration), {@value #SAME_BIRTH_YEAR}, {@value #SAME_GOVERNORATE}.
 */
public final class DuplicateReasons {

    public static final String SAME_NAME_CHAIN = "sameNameChain";
    public static final String SIMILAR_NAME_CHAIN = "similarNameChain";
    public static final String CROSS_SCRIPT = "crossScript";
    public static final String SAME_BIRTH_YEAR = "sameBirthYear";
    public static final String SAME_GOVERNORATE = "sameGovernorate";

    /** From this {@link #score} on, two people are shown as a possible duplicate. */
    public static final double CANDIDATE_THRESHOLD = NameChain.DUPLICATE_THRESHOLD;

    private static final double AGREEING_FACT_BONUS = 0.05;
    /**
     * An identical chain with distant birth years stays a candidate (more likely a mistyped year than
     * two people with the same father and grandfather); a chain that is merely similar does not.
     */
    private static final double DISTANT_BIRTH_YEAR_PENALTY = 0.2;
    /** Ages are often estimated, and a year given as "about 1980" is recorded either side of it. */
    private static final int SAME_BIRTH_YEAR_TOLERANCE = 1;
    private static final int DISTANT_BIRTH_YEARS = 5;
    private static final double EXACT = 1 - 1e-9;
    /**
     * Below the duplicate threshold on purpose: a short chain ("Ali Hassan") can only become a
     * candidate through agreeing facts, and the name still belongs among the reasons then. Brothers and
     * shifted chains stay far below it.
     */
    private static final double SIMILAR_NAMES = 0.5;

    private DuplicateReasons() {
    }

    /** From 0 (certainly different people) to 1; see the class comment. */
    public static double score(PersonFacts a, PersonFacts b) {
        double score = bestNameMatch(a, b).similarity();
        Integer yearGap = birthYearGap(a, b);
        if (yearGap != null && yearGap <= SAME_BIRTH_YEAR_TOLERANCE) {
            score += AGREEING_FACT_BONUS;
        } else if (yearGap != null && yearGap > DISTANT_BIRTH_YEARS) {
            score -= DISTANT_BIRTH_YEAR_PENALTY;
        }
        if (sameGovernorate(a, b)) {
            score += AGREEING_FACT_BONUS;
        }
        return Math.max(0, Math.min(1, score));
    }

    /** Whether the two should be shown to a person as possibly the same. */
    public static boolean isCandidate(PersonFacts a, PersonFacts b) {
        return score(a, b) >= CANDIDATE_THRESHOLD;
    }

    /** What the two have in common, as message-key suffixes; empty when nothing speaks for a match. */
    public static List<String> reasons(PersonFacts a, PersonFacts b) {
        List<String> reasons = new ArrayList<>();
        NameMatch names = bestNameMatch(a, b);
        if (names.similarity() >= EXACT) {
            reasons.add(SAME_NAME_CHAIN);
        } else if (names.similarity() >= SIMILAR_NAMES) {
            reasons.add(SIMILAR_NAME_CHAIN);
        }
        if (!reasons.isEmpty() && names.crossScript()) {
            reasons.add(CROSS_SCRIPT);
        }
        Integer yearGap = birthYearGap(a, b);
        if (yearGap != null && yearGap <= SAME_BIRTH_YEAR_TOLERANCE) {
            reasons.add(SAME_BIRTH_YEAR);
        }
        if (sameGovernorate(a, b)) {
            reasons.add(SAME_GOVERNORATE);
        }
        return reasons;
    }

    private record Spelling(NameChain chain, boolean arabic) {
    }

    private record NameMatch(double similarity, boolean crossScript) {
    }

    /** The best-matching pair of spellings; between equally good pairs, one in the same script wins. */
    private static NameMatch bestNameMatch(PersonFacts a, PersonFacts b) {
        NameMatch best = new NameMatch(0, false);
        List<Spelling> theirs = spellings(b);
        for (Spelling mine : spellings(a)) {
            for (Spelling other : theirs) {
                NameMatch match = new NameMatch(mine.chain().similarity(other.chain()), mine.arabic() != other.arabic());
                boolean better = match.similarity() > best.similarity()
                        || match.similarity() == best.similarity() && best.crossScript() && !match.crossScript();
                if (better) {
                    best = match;
                }
            }
        }
        return best;
    }

    /** Every name recorded for the person, keyed; the script is read from the text, not from the field it came in. */
    private static List<Spelling> spellings(PersonFacts person) {
        return Stream.concat(Stream.of(person.nameArabic(), person.nameLatin()), person.aliases().stream())
                .filter(Objects::nonNull)
                .distinct()
                .map(name -> new Spelling(NameChain.of(name), ArabicNames.containsArabic(name)))
                .filter(spelling -> !spelling.chain().isEmpty())
                .toList();
    }

    private static Integer birthYearGap(PersonFacts a, PersonFacts b) {
        return a.birthYear() == null || b.birthYear() == null ? null : Math.abs(a.birthYear() - b.birthYear());
    }

    private static boolean sameGovernorate(PersonFacts a, PersonFacts b) {
        return a.governorateCode() != null && !a.governorateCode().isBlank()
                && a.governorateCode().equalsIgnoreCase(b.governorateCode());
    }
}
