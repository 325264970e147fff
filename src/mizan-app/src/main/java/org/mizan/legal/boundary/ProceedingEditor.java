package org.mizan.legal.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.legal.control.ProceedingDraft;
import org.mizan.legal.control.ProceedingService;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The form that opens a proceeding or changes one: court, file number, investigative judge, lawyers,
 * suspects (the case's alleged perpetrators, or described in a line each), notes. Suspects once named
 * stay; editing adds.
 */
@Named
@ViewScoped
public class ProceedingEditor extends ProceedingsForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "proceeding";

    @Inject
    ProceedingService proceedings;

    private boolean open;
    private Long editing;
    private long version;
    private String court;
    private String fileNumber;
    private String investigativeJudge;
    private List<String> lawyers = new ArrayList<>();
    private List<Long> suspectPersons = new ArrayList<>();
    private String otherSuspects;
    private String notes;

    public void openNew() {
        clear();
        open = page.isOnTeam();
    }

    public void edit(long id) {
        clear();
        ProceedingPanel panel = page.panel(id);
        editing = id;
        version = panel.getVersion();
        court = panel.getCourt();
        fileNumber = panel.getFileNumber();
        investigativeJudge = panel.getInvestigativeJudge();
        lawyers = new ArrayList<>(panel.getLawyers());
        notes = panel.getNotes();
        open = page.isOnTeam();
    }

    public void save() {
        if (!open) {
            return;
        }
        List<ProceedingDraft.SuspectDraft> suspects = new ArrayList<>();
        suspectPersons.forEach(person -> suspects.add(new ProceedingDraft.SuspectDraft(person, null)));
        Arrays.stream(otherSuspects == null ? new String[0] : otherSuspects.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).forEach(line -> suspects.add(new ProceedingDraft.SuspectDraft(null, line)));
        ProceedingDraft draft = new ProceedingDraft(court, fileNumber, investigativeJudge, lawyers, suspects, notes);
        saveChange(FORM, () -> {
            if (editing == null) {
                proceedings.open(page.getCaseRef(), draft, currentUser.reader(), currentUser.actor());
            } else {
                proceedings.update(editing, draft, version, currentUser.reader(), currentUser.actor());
            }
        }, editing == null ? "legal.proceeding.opened" : "legal.proceeding.saved");
    }

    @Override
    void clear() {
        open = false;
        editing = null;
        court = fileNumber = investigativeJudge = otherSuspects = notes = null;
        lawyers = new ArrayList<>();
        suspectPersons = new ArrayList<>();
    }

    public boolean isOpen() { return open; }
    public boolean isEditing() { return editing != null; }
    public String getCourt() { return court; }
    public void setCourt(String court) { this.court = court; }
    public String getFileNumber() { return fileNumber; }
    public void setFileNumber(String fileNumber) { this.fileNumber = fileNumber; }
    public String getInvestigativeJudge() { return investigativeJudge; }
    public void setInvestigativeJudge(String investigativeJudge) { this.investigativeJudge = investigativeJudge; }
    public List<String> getLawyers() { return lawyers; }
    public void setLawyers(List<String> lawyers) { this.lawyers = lawyers; }
    public List<Long> getSuspectPersons() { return suspectPersons; }
    public void setSuspectPersons(List<Long> suspectPersons) { this.suspectPersons = suspectPersons; }
    public String getOtherSuspects() { return otherSuspects; }
    public void setOtherSuspects(String otherSuspects) { this.otherSuspects = otherSuspects; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
