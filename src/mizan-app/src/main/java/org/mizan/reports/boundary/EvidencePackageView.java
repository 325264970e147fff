package org.mizan.reports.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.cases.control.CaseTeams;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.reports.control.EvidencePackages;
import org.mizan.reports.entity.Audience;
import org.mizan.security.control.CaseReader;
import org.mizan.security.control.CurrentUser;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The evidence package panel of a case's evidence page, for its team's investigators and lawyers: the items ticked, the
 * audience, purpose and recipient; Make streams the signed zip as the response (a full request, not AJAX: a download),
 * exactly as {@code POST /api/cases/{reference}/evidence-packages} does.
 */
@Named
@ViewScoped
public class EvidencePackageView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "evidencePackage";

    @Inject
    EvidencePackages packages;
    @Inject
    CaseTeams teams;
    @Inject
    CurrentUser currentUser;

    private List<Long> items = new ArrayList<>();
    private Audience audience = Audience.LEGAL;
    private String purpose;
    private String recipient;
    private Boolean mayPack;

    /** On the case's team as an investigator or lawyer; asked once per view. */
    public boolean mayPack(String reference) {
        if (mayPack == null) {
            CaseReader reader = currentUser.reader();
            try {
                mayPack = reader.mayJoinTeams() && teams.membership(reference, reader).onTeam();
            } catch (NotFound e) {
                mayPack = false;
            }
        }
        return mayPack;
    }

    public void make(String reference) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        EvidencePackages.Plan plan;
        try {
            if (items.isEmpty()) {
                throw new InvalidInput("items", "evidence.package.chooseItems");
            }
            plan = packages.prepare(reference, new EvidencePackages.Request(items, audience, purpose, recipient), currentUser.reader(),
                    currentUser.actor());
        } catch (InvalidInput e) {
            PageMessages.show(FORM, e);
            faces.validationFailed();
            return;
        } catch (Forbidden e) {
            PageMessages.error("report.export.forbiddenAudience");
            faces.validationFailed();
            return;
        } catch (NotFound e) {
            PageMessages.error("problem.notFound");
            faces.validationFailed();
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(EvidencePackageResource.ZIP);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + plan.name() + ".zip\"");
        external.setResponseHeader("Cache-Control", "no-store");
        packages.write(plan, PackageSummary.of(plan.caseRow()), external.getResponseOutputStream());
        faces.responseComplete();
    }

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    public List<Long> getItems() { return items; }
    public void setItems(List<Long> items) { this.items = items == null ? new ArrayList<>() : new ArrayList<>(items); }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
}
