package org.mizan.cases.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.cases.control.CaseTeamService;
import org.mizan.cases.control.CaseWithdrawals;
import org.mizan.cases.control.JoinRequests;
import org.mizan.cases.control.TeamChange;
import org.mizan.cases.entity.Confidentiality;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.platform.boundary.Choice;
import org.mizan.platform.boundary.FormChange;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CaseReader;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.AppUser;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;

/**
 * The team panel of a recorded case: who leads and works it; for the lead and administrators, the team and
 * confidentiality to change (with a reason) and the requests to join to answer; for an investigator or lawyer
 * not on the team, a request to join. Each change reopens the case, whose version it moved on. The lead and
 * administrators also withdraw a case entered by mistake here, with a reason, after a confirmation.
 */
@Named
@ViewScoped
public class CaseTeamView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TEAM_FORM = "team";
    private static final String JOIN_FORM = "join";
    private static final String WITHDRAWAL_FORM = "withdrawal";
    private static final FormChange CHANGE = new FormChange("team.forbidden", "cases.notFound");
    private static final FormChange WITHDRAWAL = new FormChange("case.withdrawal.forbidden", "cases.notFound");

    /** One open request as the lead answers it. */
    public record RequestRow(long id, String name, String reason, String askedAt) implements Serializable {
        public long getId() { return id; }
        public String getName() { return name; }
        public String getReason() { return reason; }
        public String getAskedAt() { return askedAt; }
    }

    @Inject
    CaseTeamService teams;
    @Inject
    JoinRequests requests;
    @Inject
    UserDirectory users;
    @Inject
    CurrentUser currentUser;
    @Inject
    CaseView caseView;
    @Inject
    CaseWithdrawals withdrawals;

    private boolean loaded;
    private boolean visible;
    private String reference;
    private String lead;
    private List<String> team = List.of();
    /** The team as the page names its members. */
    private List<String> teamNames = List.of();
    private boolean mayManage;
    private boolean mayWithdraw;
    private boolean onTeam;
    private boolean mayAsk;
    private boolean asked;
    private final List<RequestRow> open = new ArrayList<>();

    // as typed
    private List<String> members = new ArrayList<>();
    private Confidentiality confidentiality;
    private String reason;
    private String askReason;
    private String note;
    private String withdrawalReason;

    private void load() {
        if (loaded || caseView.getRecorded() == null) {
            return;
        }
        loaded = true;
        reference = caseView.getRecorded().getReference();
        CaseReader reader = currentUser.reader();
        try {
            ViolationCase c = teams.team(reference, reader);
            visible = true;
            lead = c.getLead() == null ? null : c.getLead().getUsername();
            team = c.getAssignees().stream().map(AppUser::getUsername).sorted().toList();
            teamNames = c.getAssignees().stream().sorted(Comparator.comparing(AppUser::getUsername))
                    .map(AppUser::getShownName).toList();
            members = new ArrayList<>(team);
            confidentiality = c.getConfidentiality();
            mayManage = CaseTeamService.mayManage(c, reader);
            mayWithdraw = CaseWithdrawals.mayWithdraw(c, reader);
            onTeam = reader.mayJoinTeams() && c.isAssigned(reader.userId());
            mayAsk = reader.mayJoinTeams() && !onTeam;
            if (mayManage) {
                requests.of(reference, reader).forEach(r -> open.add(new RequestRow(r.getId(), r.getUser().getShownName(),
                        r.getReason(), CaseTimestamps.format(r.getAskedAt()))));
            } else if (mayAsk) {
                asked = requests.openRequestOf(c.getId(), reader) != null;
            }
        } catch (Forbidden | NotFound e) {
            // Advocates do not learn who works a case; a case gone meanwhile has no team to show.
            visible = false;
        }
    }

    public String save() {
        return run(TEAM_FORM, "team.saved", () -> teams.change(reference, new TeamChange(List.copyOf(members), confidentiality, reason),
                currentUser.actor(), currentUser.reader()), reference);
    }

    public String ask() {
        return run(JOIN_FORM, "team.asked", () -> requests.ask(reference, askReason, currentUser.actor(), currentUser.reader()), reference);
    }

    public String accept(RequestRow row) {
        return run(TEAM_FORM, "team.accepted", () -> requests.answer(reference, row.id(), true, note, currentUser.actor(), currentUser.reader()),
                row.name());
    }

    public String decline(RequestRow row) {
        return run(TEAM_FORM, "team.declined", () -> requests.answer(reference, row.id(), false, note, currentUser.actor(), currentUser.reader()),
                row.name());
    }

    /**
     * Withdraws the case (those who govern its team decide, as they see the button); once withdrawn it is nowhere to
     * reopen, so the list follows, with the message.
     */
    public String withdraw() {
        if (!WITHDRAWAL.run(WITHDRAWAL_FORM, () -> withdrawals.withdraw(reference, withdrawalReason, currentUser.actor(),
                currentUser.reader()))) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info("case.withdrawal.done", reference);
        return "/cases/list?faces-redirect=true";
    }

    /** Runs the change; when made, reopens the case with the message, since the case's version moved on. */
    private String run(String form, String doneKey, Runnable change, Object argument) {
        if (!CHANGE.run(form, change)) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info(doneKey, argument);
        return "/cases/case?faces-redirect=true&ref=" + reference;
    }

    public List<Choice> getMemberChoices() {
        return TeamChoices.of(users.all(), team);
    }

    public boolean isVisible() {
        load();
        return visible;
    }

    public String getLead() {
        load();
        return lead;
    }

    public List<String> getTeam() {
        load();
        return team;
    }

    public List<String> getTeamNames() {
        load();
        return teamNames;
    }

    public boolean isMayManage() {
        load();
        return mayManage;
    }

    /** Only an investigator who leads the case, or an administrator, sees the withdrawal (not a lead since moved to another role). */
    public boolean isMayWithdraw() {
        load();
        return mayWithdraw;
    }

    public boolean isOnTeam() {
        load();
        return onTeam;
    }

    public boolean isMayAsk() {
        load();
        return mayAsk && !asked;
    }

    public boolean isAsked() {
        load();
        return asked;
    }

    public List<RequestRow> getOpen() {
        load();
        return open;
    }

    public Confidentiality[] getConfidentialities() {
        return Confidentiality.values();
    }

    public List<String> getMembers() { return members; }
    public void setMembers(List<String> members) { this.members = members == null ? new ArrayList<>() : new ArrayList<>(members); }
    public Confidentiality getConfidentiality() { return confidentiality; }
    public void setConfidentiality(Confidentiality confidentiality) { this.confidentiality = confidentiality; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getAskReason() { return askReason; }
    public void setAskReason(String askReason) { this.askReason = askReason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public void setWithdrawalReason(String withdrawalReason) { this.withdrawalReason = withdrawalReason; }
}
