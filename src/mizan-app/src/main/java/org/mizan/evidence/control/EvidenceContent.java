package org.mizan.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.evidence.entity.CustodyAction;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Opens an item's bytes for someone allowed to, and records it in the chain of custody: a download,
 * or a view (a preview or a video playing). Only images, PDFs, audio and video may be shown inline;
 * anything else — HTML, SVG, scripts, executables — is always an attachment.
 */
@ApplicationScoped
public class EvidenceContent {

    private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp",
            "application/pdf", "video/mp4", "video/webm", "video/ogg", "video/quicktime", "audio/mpeg", "audio/ogg", "audio/wav",
            "audio/x-wav", "audio/mp4", "audio/webm");

    /** The bytes from {@code offset}, how many, what they are, and whether they may be shown inline. */
    public record Opened(EvidenceItem item, InputStream bytes, long offset, long length, String type, boolean inline) {
    }

    @Inject
    EvidenceQueries queries;
    @Inject
    EvidenceStore store;
    @Inject
    Custody custody;

    public static boolean showableInline(String type) {
        return INLINE.contains(type);
    }

    /**
     * Opens {@code length} bytes from {@code offset} (a range request; the whole file is offset 0 and
     * its size). A video playing asks for many ranges: only the first (from byte 0) is a custody event.
     */
    public Opened open(long id, long offset, long length, boolean inline, CaseReader reader, Actor actor) throws IOException {
        EvidenceItem item = queries.item(id, reader);
        EvidenceAccess.requireOpen(reader, item);
        boolean shown = inline && showableInline(item.getDetectedType());
        if (offset == 0) {
            custody.record(id, shown ? CustodyAction.VIEW : CustodyAction.DOWNLOAD, actor, null);
        }
        return new Opened(item, store.open(item.getSha256(), offset), offset, length, item.getDetectedType(), shown);
    }

    public EvidenceItem item(long id, CaseReader reader) {
        return queries.item(id, reader);
    }
}
