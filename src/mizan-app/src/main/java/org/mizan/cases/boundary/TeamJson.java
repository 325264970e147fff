package org.mizan.cases.boundary;

import org.mizan.cases.control.CaseTeamService;
import org.mizan.cases.control.JoinRequests;
import org.mizan.cases.control.TeamChange;
import org.mizan.cases.control.TeamNotices;
import org.mizan.cases.entity.Confidentiality;
import org.mizan.cases.entity.JoinRequest;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.platform.control.Enums;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.AppUser;

import java.time.Instant;
import java.util.List;

/** The wire forms of a case's team, requests to join it and the notices about both. */
public final class TeamJson {

    private TeamJson() {
    }

    /** The team as it is; {@code mayManage} tells the caller whether they may change it (lead or administrator). */
    public record TeamView(String reference, String lead, List<String> members, String confidentiality, boolean mayManage,
                           long version) {
        static TeamView of(ViolationCase c, CaseReader reader) {
            return new TeamView(c.getReference(), c.getLead() == null ? null : c.getLead().getUsername(),
                    c.getAssignees().stream().map(AppUser::getUsername).sorted().toList(), c.getConfidentiality().name(),
                    CaseTeamService.mayManage(c, reader), c.getVersion());
        }
    }

    /** The whole team as it should be, the confidentiality (absent: unchanged) and why. */
    public record TeamInput(List<String> members, String confidentiality, String reason) {
        TeamChange toChange() {
            return new TeamChange(members, Enums.parse(Confidentiality.class, "confidentiality", confidentiality), reason);
        }
    }

    public record LeadInput(String lead, String reason) {
    }

    public record JoinInput(String reason) {
    }

    /** {@code decision} is ACCEPT or DECLINE; {@code note} is optional and goes to the asker. */
    public record AnswerInput(String decision, String note) {
        boolean accepted() {
            Decision parsed = Enums.parse(Decision.class, "decision", decision);
            if (parsed == null) {
                throw new org.mizan.platform.control.InvalidInput("decision", "validation.required");
            }
            return parsed == Decision.ACCEPT;
        }
    }

    public enum Decision { ACCEPT, DECLINE }

    public record JoinRequestView(long id, String reference, String username, String reason, String state, Instant askedAt,
                                  Instant answeredAt, String answeredBy) {
        static JoinRequestView of(String reference, JoinRequest r) {
            return new JoinRequestView(r.getId(), reference, r.getUser().getUsername(), r.getReason(), r.getState().name(),
                    r.getAskedAt(), r.getAnsweredAt(), r.getAnsweredBy());
        }

        static JoinRequestView of(JoinRequests.Pending p) {
            return of(p.reference(), p.request());
        }
    }

    /** {@code reference}, {@code reason} and {@code by} are absent when the case is now out of the reader's sight. */
    public record NoticeView(long id, String kind, String reference, String reason, String by, Instant at) {
        static NoticeView of(TeamNotices.Notice n) {
            return new NoticeView(n.id(), n.kind().name(), n.reference(), n.reason(), n.by(), n.at());
        }
    }
}
