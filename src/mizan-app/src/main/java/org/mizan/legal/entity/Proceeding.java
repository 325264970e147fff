package org.mizan.legal.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.mizan.cases.entity.Recorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A legal track of a case: the court, its file number, the investigative judge, the lawyers, the suspects. */
@Entity
@Table(name = "proceeding")
public class Proceeding extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** The home case: the one it was opened in, or, once that was unlinked, the earliest linked case left. */
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(nullable = false)
    private String court;
    @Column(name = "file_number")
    private String fileNumber;
    @Column(name = "investigative_judge")
    private String investigativeJudge;
    /** The lawyers' notes: never shown to advocates. */
    private String notes;
    // For all the proceedings a query read, in one query each, when the first is asked for. Lazy, though every reading
    // derives the stage from the suspects: loaded eagerly, the suspects of the other proceedings of the result would
    // arrive before those proceedings are built, and each would fetch its proceeding again, one query at a time.
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "proceeding_lawyer", joinColumns = @JoinColumn(name = "proceeding_id"))
    @Column(name = "username")
    private Set<String> lawyers = new LinkedHashSet<>();
    @OneToMany(mappedBy = "proceeding", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("position")
    private List<Suspect> suspects = new ArrayList<>();

    protected Proceeding() {
    }

    public Proceeding(long caseId, String by, Instant at) {
        super(by, at);
        this.caseId = caseId;
    }

    public void addSuspect(Long personId, String label) {
        suspects.add(new Suspect(this, suspects.size(), personId, label));
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public void moveHome(long caseId) { this.caseId = caseId; }
    public String getCourt() { return court; }
    public void setCourt(String court) { this.court = court; }
    public String getFileNumber() { return fileNumber; }
    public void setFileNumber(String fileNumber) { this.fileNumber = fileNumber; }
    public String getInvestigativeJudge() { return investigativeJudge; }
    public void setInvestigativeJudge(String investigativeJudge) { this.investigativeJudge = investigativeJudge; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Set<String> getLawyers() { return new LinkedHashSet<>(lawyers); }
    public void setLawyers(Set<String> lawyers) { this.lawyers.clear(); this.lawyers.addAll(lawyers); }
    public List<Suspect> getSuspects() { return List.copyOf(suspects); }
}
