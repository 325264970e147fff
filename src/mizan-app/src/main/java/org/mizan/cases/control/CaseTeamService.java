package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.entity.Confidentiality;
import org.mizan.cases.entity.Revision;
import org.mizan.cases.entity.TeamNotice;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CaseReader;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.Actor;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who works a case. Only its lead or an administrator changes the team or the confidentiality, always with a
 * reason; each change is a line in the case's history (with the reason), an audit entry, and a notice to everyone
 * added or taken off. Nobody adds themselves except an administrator, through this same path. The lead cannot be
 * left off the team.
 */
@ApplicationScoped
public class CaseTeamService {

    public static final String ACTION_TEAM = "CASE_TEAM";
    public static final String ACTION_LEAD = "CASE_LEAD";
    /** The history's field for the reason of a governed change. */
    public static final String REASON_FIELD = "reason";

    @PersistenceContext
    EntityManager em;
    @Inject
    CaseService cases;
    @Inject
    TeamMembers members;
    @Inject
    UserDirectory users;
    @Inject
    RevisionLog revisions;
    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The case, for those who may know its team: investigators, lawyers and administrators who can see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ViolationCase team(String reference, CaseReader reader) {
        ViolationCase found = cases.visible(reference, reader);
        if (!reader.administrator() && !reader.mayJoinTeams()) {
            throw new Forbidden(reader.username() + " may not see teams");
        }
        return found;
    }

    public static boolean mayManage(ViolationCase c, CaseReader reader) {
        return reader.administrator() || c.isLedBy(reader.userId());
    }

    @Transactional
    public ViolationCase change(String reference, TeamChange change, Actor actor, CaseReader reader) {
        ViolationCase existing = cases.visible(reference, reader);
        requireManager(existing, reader, actor);
        String reason = Reasons.required("reason", change.reason());
        if (change.members() == null) {
            throw new InvalidInput("members", "validation.required");
        }
        Set<AppUser> team = members.of("members", change.members());
        if (existing.getLead() != null && !team.contains(existing.getLead())) {
            throw new InvalidInput("members", "case.team.leadStays", existing.getLead().getUsername());
        }
        Confidentiality confidentiality = change.confidentiality() == null ? existing.getConfidentiality() : change.confidentiality();
        return apply(existing, existing.getLead(), team, confidentiality, reason, actor, ACTION_TEAM, true);
    }

    /** An administrator names another lead, who joins the team; the former lead stays on it until taken off. */
    @Transactional
    public ViolationCase nameLead(String reference, String username, String reason, Actor actor, CaseReader reader) {
        ViolationCase existing = cases.visible(reference, reader);
        if (!reader.administrator()) {
            deny(existing, actor, ACTION_LEAD);
            throw new Forbidden(reader.username() + " may not name leads");
        }
        String why = Reasons.required("reason", reason);
        AppUser lead = users.findEnabled(username == null ? "" : username)
                .orElseThrow(() -> new InvalidInput("lead", "case.assignees.unknown", username));
        if (!lead.hasRole(Role.INVESTIGATOR)) {
            throw new InvalidInput("lead", "case.team.leadInvestigator", lead.getUsername());
        }
        Set<AppUser> team = existing.getAssignees();
        team.add(lead);
        return apply(existing, lead, team, existing.getConfidentiality(), why, actor, ACTION_LEAD, true);
    }

    /**
     * Adds one person to the team on the lead's word (an accepted request to join); the caller checked who decides
     * and tells the asker that their request was accepted.
     */
    public ViolationCase admit(ViolationCase existing, AppUser member, String reason, Actor actor) {
        // Roles change and accounts are disabled while a request waits: the team rules apply when it is answered.
        Set<AppUser> team = existing.getAssignees();
        team.addAll(members.of("decision", List.of(member.getUsername())));
        return apply(existing, existing.getLead(), team, existing.getConfidentiality(), reason, actor, ACTION_TEAM, false);
    }

    public void requireManager(ViolationCase existing, CaseReader reader, Actor actor) {
        if (!mayManage(existing, reader)) {
            deny(existing, actor, ACTION_TEAM);
            throw new Forbidden(reader.username() + " does not lead " + existing.getReference());
        }
    }

    private ViolationCase apply(ViolationCase existing, AppUser lead, Set<AppUser> team, Confidentiality confidentiality,
                                String reason, Actor actor, String action, boolean tellAdded) {
        Set<AppUser> before = existing.getAssignees();
        Map<String, String> old = CaseService.snapshot(existing);
        existing.setLead(lead);
        existing.setAssignees(team);
        existing.setConfidentiality(confidentiality);
        Map<String, String> now = CaseService.snapshot(existing);
        if (old.equals(now)) {
            return existing;
        }
        now.put(REASON_FIELD, reason);
        Instant at = clock.instant();
        revisions.record(Revision.CASE, existing.getId(), old, now, actor.username(), at);
        existing.touch(actor.username(), at);
        Set<AppUser> added = new LinkedHashSet<>(team);
        added.removeAll(before);
        Set<AppUser> removed = new LinkedHashSet<>(before);
        removed.removeAll(team);
        if (tellAdded) {
            added.forEach(u -> tell(u, existing, TeamNotice.Kind.ADDED, reason, actor, at));
        }
        removed.forEach(u -> tell(u, existing, TeamNotice.Kind.REMOVED, reason, actor, at));
        em.flush();
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), action, "case:" + existing.getReference(),
                Outcome.SUCCESS, describe(old, now, added, removed, reason)));
        return existing;
    }

    /** A notice to someone else than the one who made the change: an administrator adding themselves knows. */
    private void tell(AppUser user, ViolationCase c, TeamNotice.Kind kind, String reason, Actor actor, Instant at) {
        if (!user.getUsername().equals(actor.username())) {
            em.persist(new TeamNotice(user.getId(), c.getId(), kind, reason, actor.username(), at));
        }
    }

    private static String describe(Map<String, String> old, Map<String, String> now, Set<AppUser> added, Set<AppUser> removed,
                                   String reason) {
        StringBuilder text = new StringBuilder();
        if (!added.isEmpty()) {
            text.append("added: ").append(names(added)).append("; ");
        }
        if (!removed.isEmpty()) {
            text.append("removed: ").append(names(removed)).append("; ");
        }
        for (String field : List.of("lead", "confidentiality")) {
            if (!java.util.Objects.equals(old.get(field), now.get(field))) {
                text.append(field).append(": ").append(old.get(field)).append(" -> ").append(now.get(field)).append("; ");
            }
        }
        return text.append("reason: ").append(reason).toString();
    }

    private static String names(Set<AppUser> users) {
        return users.stream().map(AppUser::getUsername).sorted().collect(Collectors.joining(", "));
    }

    private void deny(ViolationCase c, Actor actor, String action) {
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), action, "case:" + c.getReference(),
                Outcome.DENIED, "not the case's lead"));
    }
}
