package org.mizan.evidence.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.evidence.control.Custody;
import org.mizan.evidence.control.EvidenceAccess;
import org.mizan.evidence.control.EvidenceQueries;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.platform.boundary.PageErrors;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CaseReader;
import org.mizan.security.control.CurrentUser;

import java.io.Serializable;
import java.util.List;

/**
 * One item ({@code /evidence/item.xhtml?id=…}): what it is, a preview for those who may open it, its
 * provenance beside what inspection found in its metadata, its verification history and its chain of
 * custody. The forms on the page ({@link ProvenanceEditor}, {@link VerificationEditor},
 * {@link ShareEditor}, {@link HandOverEditor}) change it and then {@link #refresh()} it.
 */
@Named
@ViewScoped
public class EvidenceItemView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvidenceQueries queries;
    @Inject
    Custody custody;
    @Inject
    CurrentUser currentUser;
    @Inject
    org.mizan.cases.control.CaseDisclosure disclosure;

    private String idParameter;
    private Long id;
    private String caseReference;
    private long version;
    private EvidenceRow row;
    private ProvenanceForm provenance;
    private InspectionFindings findings;
    private String derivedFromName;
    private List<CustodyRow> custodyRows = List.of();
    private List<VerificationRow> verifications = List.of();
    private boolean mayEdit;
    private boolean mayHandOver;

    /** The view action: an item of a case the reader may not see is as absent as one that does not exist. */
    public void load() {
        try {
            id = parse(idParameter);
            CaseReader reader = currentUser.reader();
            mayEdit = reader.mayEdit();
            // Investigators and lawyers hand evidence on (to a court, a prosecutor); the REST API draws the same line.
            mayHandOver = reader.mayJoinTeams();
            refresh();
        } catch (NotFound e) {
            PageErrors.send(404);
        }
    }

    /** Reads the item, its custody and its verifications again, after a change made here or elsewhere. */
    public void refresh() {
        CaseReader reader = currentUser.reader();
        EvidenceItem item = queries.item(id, reader);
        caseReference = queries.caseReference(item);
        version = item.getVersion();
        // The redaction policy's UN edition for an advocate: what the item is and its status, none of the team's traces
        // (file name, provenance, custody and verification by username) nor what was read out of the file.
        boolean staffDetails = disclosure.showsStaffDetails(reader);
        row = EvidenceRow.of(item, EvidenceAccess.mayOpen(reader, item), queries.sameBytesElsewhere(item, reader), staffDetails);
        provenance = ProvenanceForm.of(staffDetails ? item.provenance() : org.mizan.evidence.entity.Provenance.none());
        findings = staffDetails ? InspectionFindings.of(item) : InspectionFindings.none();
        derivedFromName = item.getDerivedFrom() == null ? null : !staffDetails ? "#" + item.getDerivedFrom()
                : queries.item(item.getDerivedFrom(), reader).getDeclaredName();
        custodyRows = staffDetails ? custody.of(id).stream().map(CustodyRow::of).toList() : List.of();
        verifications = staffDetails ? queries.verifications(id).stream().map(VerificationRow::of).toList() : List.of();
    }

    public String getTitle() {
        return PageMessages.text("evidence.item.title", row == null ? "" : BidiText.isolated(row.getName()));
    }

    private static long parse(String parameter) {
        if (parameter == null || !parameter.strip().matches("\\d{1,18}")) {
            throw new NotFound("evidence " + parameter);
        }
        return Long.parseLong(parameter.strip());
    }

    public Long getId() {
        return id;
    }

    /** The {@code id} parameter as given; anything but a number is simply no item (404), not a conversion error. */
    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public String getCaseReference() {
        return caseReference;
    }

    long version() {
        return version;
    }

    public EvidenceRow getRow() {
        return row;
    }

    /** The provenance as recorded (the editor keeps its own copy while it is being changed). */
    public ProvenanceForm getProvenance() {
        return provenance;
    }

    public InspectionFindings getFindings() {
        return findings;
    }

    public String getDerivedFromName() {
        return derivedFromName;
    }

    public List<CustodyRow> getCustody() {
        return custodyRows;
    }

    public List<VerificationRow> getVerifications() {
        return verifications;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public boolean isMayHandOver() {
        return mayHandOver;
    }
}
