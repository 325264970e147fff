package org.mizan.evidence.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;


/**
 * The provenance of an item, changed by an investigator on the item page. If someone else changed the
 * provenance since the form was filled, the save is refused, the typed values stay, and Reload shows
 * the newer record; the save itself names the version it builds on, so a change in between is refused too.
 */
@Named
@ViewScoped
public class ProvenanceEditor extends ItemEditor {

    private static final long serialVersionUID = 1L;
    static final String FORM = "provenance";

    private ProvenanceForm form;
    /** The provenance as recorded when the form was filled, and the item's version then. */
    private ProvenanceForm original;
    private long originalVersion;

    public ProvenanceForm getForm() {
        if (form == null) {
            original = item.getProvenance();
            originalVersion = item.version();
            form = original.copy();
        }
        return form;
    }

    public void save() {
        if (!item.isMayEdit()) {
            return;
        }
        ProvenanceForm typed = getForm();
        saveChange(FORM, () -> {
            item.refresh();
            // The version also moves when the item is verified or shared (on this page, say): only a change
            // to the provenance itself since the form was filled is someone else's change to keep.
            long expected = item.getProvenance().equals(original) ? item.version() : originalVersion;
            changes.describe(item.getId(), typed.toProvenance(), expected, currentUser.reader(), currentUser.actor());
        }, "evidence.provenance.saved", () -> form = null);
    }

    /** Forgets what was typed and shows the item as recorded now. */
    public void reload() {
        item.refresh();
        form = null;
    }
}
