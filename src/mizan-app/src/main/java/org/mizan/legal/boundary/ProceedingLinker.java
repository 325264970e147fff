package org.mizan.legal.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.legal.control.ProceedingService;
import org.mizan.platform.boundary.Choice;

import java.util.List;

/**
 * The form that links an existing proceeding of another case to this one — one trial of two victims — and the button
 * that unlinks one. The other case is named by its reference; its proceedings are offered once it is found. For the
 * team of this case (the service checks the other case's team too) and administrators.
 */
@Named
@ViewScoped
public class ProceedingLinker extends ProceedingsForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "link";

    @Inject
    ProceedingService proceedings;

    private boolean open;
    private String otherCase;
    private Long proceedingId;
    private List<Choice> choices = List.of();

    /** Whether the reader may link and unlink this case's proceedings. */
    public boolean isAllowed() {
        return page.isOnTeam() || currentUser.reader().administrator();
    }

    public void openNew() {
        clear();
        open = isAllowed();
    }

    /** Offers the proceedings of the case named, other than those this case has already. */
    public void find() {
        choices = List.of();
        proceedingId = null;
        if (!open || otherCase == null || otherCase.isBlank()) {
            return;
        }
        List<Long> own = page.getPanels().stream().map(ProceedingPanel::getId).toList();
        ProceedingsView.CHANGE.run(FORM, () -> choices = proceedings.ofCase(otherCase.strip(), currentUser.reader()).stream()
                .filter(view -> !own.contains(view.proceeding().getId()))
                .map(view -> new Choice(view.proceeding().getId(), "#" + view.proceeding().getId() + " · "
                        + (view.freeTextShown() ? view.proceeding().getCourt() : StageText.label(view.derived().stage()))))
                .toList());
    }

    public void save() {
        if (!open || proceedingId == null) {
            return;
        }
        long id = proceedingId;
        saveChange(FORM, () -> proceedings.link(page.getCaseRef(), id, currentUser.reader(), currentUser.actor()),
                "legal.proceeding.linked");
    }

    /** Takes a proceeding off this case; refused for the last case it has. */
    public void unlink(long id) {
        if (isAllowed()) {
            saveChange("proceedings", () -> proceedings.unlink(page.getCaseRef(), id, currentUser.reader(), currentUser.actor()),
                    "legal.proceeding.unlinked");
        }
    }

    @Override
    void clear() {
        open = false;
        otherCase = null;
        proceedingId = null;
        choices = List.of();
    }

    public boolean isOpen() { return open; }
    public String getOtherCase() { return otherCase; }
    public void setOtherCase(String otherCase) { this.otherCase = otherCase; }
    public Long getProceedingId() { return proceedingId; }
    public void setProceedingId(Long proceedingId) { this.proceedingId = proceedingId; }
    public List<Choice> getChoices() { return choices; }
}
