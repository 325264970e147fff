package org.mizan.evidence.control;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Whether what a file's bytes turned out to be agrees with what its uploader claimed — the declared
 * type and the type its name suggests. A PNG named {@code .pdf} or an executable named {@code .jpg}
 * disagrees, and the pages flag it. A claim more specific than the detection agrees: detection at
 * intake reads magic numbers only, so a DOCX is detected as the ZIP it is built on. A claim that says
 * nothing ({@code application/octet-stream}, no extension) agrees with anything.
 */
public final class TypeAgreement {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    private TypeAgreement() {
    }

    public static boolean agrees(String declaredName, String declaredType, String detectedType) {
        MediaType detected = normalised(detectedType);
        return detected == null || (agrees(detected, normalised(declaredType)) && agrees(detected, byName(declaredName)));
    }

    /** The type a file name suggests; {@code application/octet-stream} when it suggests none. */
    public static String suggestedBy(String name) {
        MediaType type = byName(name);
        return type == null ? MediaType.OCTET_STREAM.toString() : type.toString();
    }

    private static boolean agrees(MediaType detected, MediaType claimed) {
        if (claimed == null || claimed.equals(MediaType.OCTET_STREAM)) {
            return true;
        }
        // Unrecognised bytes under a specific claim (say, a "JPEG" that is no JPEG) is exactly what to flag.
        return detected.equals(claimed) || (!detected.equals(MediaType.OCTET_STREAM) && REGISTRY.isSpecializationOf(claimed, detected));
    }

    private static MediaType byName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try {
            return REGISTRY.normalize(TYPES.detect(null, metadata));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // no stream is read: cannot happen
        }
    }

    private static MediaType normalised(String type) {
        MediaType parsed = type == null ? null : MediaType.parse(type.strip());
        return parsed == null ? null : REGISTRY.normalize(parsed.getBaseType());
    }
}
