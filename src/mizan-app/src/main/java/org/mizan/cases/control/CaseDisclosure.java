package org.mizan.cases.control;

import org.mizan.cases.entity.ViolationCase;
import org.mizan.security.control.CaseReader;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a reader may read of the cases they can see: everything (investigators, lawyers, administrators) or only
 * what the UN edition of a report would print (advocates). Visibility is decided before — a restricted case is
 * still absent for those outside its team; this decides what a visible case shows.
 *
 * <p>Why an interface here: the one policy is {@code org.mizan.reports.control.Redaction}, and it needs the
 * families' consent from {@code contacts}, which itself depends on {@code cases}. So the policy cannot move down
 * into {@code cases} without a cycle, and {@code cases} may not import {@code reports}. This port is how
 * {@code cases}, {@code evidence} and {@code legal} ask the policy; {@code reports.control} implements it and CDI
 * hands that implementation to them. The rules live only there.
 */
public interface CaseDisclosure {

    /** Whether this reader reads cases redacted — anything short of everything the team itself sees. */
    boolean redacts(CaseReader reader);

    /**
     * Whether this reader may see the team's own traces: usernames (assignees, who recorded, who changed, who
     * collected or received), the sources' descriptions, the evidence files' names and what was read out of them.
     */
    boolean showsStaffDetails(CaseReader reader);

    /** Each case as this reader may read it, in the same order; one consent query for all of them. */
    List<DisclosedCase> disclose(List<ViolationCase> cases, CaseReader reader);

    default DisclosedCase disclose(ViolationCase c, CaseReader reader) {
        return disclose(List.of(c), reader).get(0);
    }

    /**
     * The persons among these whom this reader may see by name: named in at least one case the reader can see
     * (or, for a reader who is not redacted, all of them). A person shown only by initials is not there for them
     * on their own either — a person's page or a name search would otherwise undo the initials.
     */
    Set<Long> nameable(Collection<Long> personIds, CaseReader reader);
}
