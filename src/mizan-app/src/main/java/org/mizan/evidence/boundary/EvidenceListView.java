package org.mizan.evidence.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.evidence.control.EvidenceAccess;
import org.mizan.evidence.control.EvidenceQueries;
import org.mizan.evidence.control.IntegrityCheck;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.platform.boundary.PageErrors;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CaseReader;
import org.mizan.security.control.CurrentUser;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The evidence of one case ({@code /evidence/items.xhtml?ref=MZN-…}): every item with its hash for
 * everyone who may see the case, the upload for investigators (see {@link EvidenceUploadView}), and an
 * alarm naming the items whose bytes failed their last re-hash.
 */
@Named
@ViewScoped
public class EvidenceListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvidenceQueries queries;
    @Inject
    IntegrityCheck integrity;
    @Inject
    CurrentUser currentUser;
    @Inject
    org.mizan.cases.control.CaseDisclosure disclosure;

    private String ref;
    private boolean mayUpload;
    private List<EvidenceRow> rows = List.of();
    private List<EvidenceRow> failing = List.of();

    /** The view action: a case the reader may not see is as absent as one that does not exist. */
    public void load() {
        if (ref == null || ref.isEmpty()) {
            PageErrors.send(404);
            return;
        }
        try {
            mayUpload = currentUser.reader().mayEdit();
            refresh();
        } catch (NotFound e) {
            PageErrors.send(404);
        }
    }

    /** Reads the items again: after an upload, or to show what others changed. */
    public void refresh() {
        CaseReader reader = currentUser.reader();
        long caseId = queries.caseId(ref, reader);
        var elsewhere = queries.sameBytesElsewhere(caseId, reader);
        boolean staffDetails = disclosure.showsStaffDetails(reader);
        rows = queries.ofCase(ref, reader).stream()
                .map(item -> EvidenceRow.of(item, EvidenceAccess.mayOpen(reader, item), elsewhere.getOrDefault(item.getSha256(), List.of()),
                        staffDetails))
                .toList();
        List<Long> failed = integrity.failing().stream().filter(item -> item.getCaseId() == caseId).map(EvidenceItem::getId).toList();
        failing = rows.stream().filter(row -> failed.contains(row.getId())).toList();
    }

    /** The name of an item of this case, for "derived from" links. */
    public String nameOf(Long id) {
        return rows.stream().filter(row -> Objects.equals(row.getId(), id)).map(EvidenceRow::getName).findFirst()
                .orElse(id == null ? "" : "#" + id);
    }

    public String getTitle() {
        return PageMessages.text("evidence.list.title", ref);
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref == null ? null : ref.strip();
    }

    public boolean isMayUpload() {
        return mayUpload;
    }

    public List<EvidenceRow> getRows() {
        return rows;
    }

    public List<EvidenceRow> getFailing() {
        return failing;
    }
}
