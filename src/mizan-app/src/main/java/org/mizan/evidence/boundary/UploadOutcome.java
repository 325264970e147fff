package org.mizan.evidence.boundary;

import java.io.Serializable;

/**
 * What became of one uploaded file, listed under the uploader. Each file arrives in a request of its
 * own, so the page's messages would show only the last file's; a failure must not scroll out of sight
 * behind the next file's success.
 */
public final class UploadOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean stored;
    private final String text;

    private UploadOutcome(boolean stored, String text) {
        this.stored = stored;
        this.text = text;
    }

    static UploadOutcome stored(String text) {
        return new UploadOutcome(true, text);
    }

    static UploadOutcome refused(String text) {
        return new UploadOutcome(false, text);
    }

    public boolean isStored() {
        return stored;
    }

    public String getText() {
        return text;
    }
}
