package org.mizan.evidence.control;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The type of a file from its first bytes alone (Tika's magic numbers), never from its name: a PNG
 * named {@code .pdf} is a PNG, an executable named {@code .jpg} is an executable. Inspection later
 * refines this with Tika's container detectors (a DOCX is a ZIP by its magic).
 */
public final class TypeDetector {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private TypeDetector() {
    }

    public static String detect(byte[] head) {
        if (head.length == 0) {
            return "application/x-empty";
        }
        try (TikaInputStream in = TikaInputStream.get(head)) {
            return TYPES.detect(in, new Metadata()).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
