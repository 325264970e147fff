package org.mizan.evidence.boundary;

import org.mizan.evidence.control.EvidenceContent;

/**
 * How the item page previews an item: only types {@link EvidenceContent} will serve inline get an
 * element; HTML, SVG, scripts and everything else get none (they are downloads, never rendered).
 */
public enum PreviewKind {
    IMAGE, PDF, VIDEO, AUDIO, NONE;

    static PreviewKind of(String detectedType) {
        if (detectedType == null || !EvidenceContent.showableInline(detectedType)) {
            return NONE;
        }
        if (detectedType.startsWith("image/")) {
            return IMAGE;
        }
        if (detectedType.equals("application/pdf")) {
            return PDF;
        }
        return detectedType.startsWith("video/") ? VIDEO : detectedType.startsWith("audio/") ? AUDIO : NONE;
    }
}
