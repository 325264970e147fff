package org.mizan.legal.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.legal.control.MeasureDraft;
import org.mizan.legal.control.MeasureService;
import org.mizan.legal.entity.MeasureKind;

/** The form that records a measure outside the courts on the case's legal timeline: kind, partial date, authority, what it said, source. */
@Named
@ViewScoped
public class MeasureEditor extends ProceedingsForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "measure";

    @Inject
    MeasureService measures;

    private boolean open;
    private MeasureKind kind;
    private final DateParts date = new DateParts();
    private String authority;
    private String description;
    private String sourceUrl;

    public void openNew() {
        clear();
        open = page.isOnTeam();
    }

    public void save() {
        if (!open) {
            return;
        }
        saveChange(FORM, () -> {
            measures.record(page.getCaseRef(), new MeasureDraft(kind, date.parse("date"), authority, description, sourceUrl), currentUser.reader(),
                    currentUser.actor());
        }, "legal.measure.recorded");
    }

    @Override
    void clear() {
        open = false;
        kind = null;
        date.clear();
        authority = description = sourceUrl = null;
    }

    public MeasureKind[] getKinds() { return MeasureKind.values(); }

    public boolean isOpen() { return open; }
    public MeasureKind getKind() { return kind; }
    public void setKind(MeasureKind kind) { this.kind = kind; }
    public DateParts getDate() { return date; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
}
